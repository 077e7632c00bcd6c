"""Tom Becker: experienced FP&A manager, a hybrid (functional + chronological) Word résumé: name with
credentials, a `Selected Achievements` list in Word's own numbering (List Number style), roles as one
bold line `Title | Employer | City | Years`, education with the degree line above the school line, core
skills in a borderless two-column table, certifications with years in parentheses."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10.5)
d.styles["Normal"].font.name = "Liberation Sans"
para(d, "THOMAS J. BECKER, CFA", bold=True, size=18, align="center")
para(d, "Denver, CO  •  (303) 555-0119  •  tom.becker.fpa@example.com", align="center", after=8)

def head(t):
    p = para(d, before=10, after=3)
    run(p, t.upper(), bold=True, size=11, color="1F4E79")
    bottom_rule(p, color="1F4E79", sz=6)

head("Profile")
para(d, "Finance leader with 11 years in FP&A and corporate finance at consumer and manufacturing companies. "
        "Builds driver-based models that operators trust, and turns them into decisions.")

head("Selected Achievements")
for x in ["Rebuilt the annual operating plan process, cutting the planning cycle from 14 to 8 weeks.",
          "Identified $6.2M in freight and packaging savings through SKU-level margin analysis.",
          "Led finance workstream for a $45M acquisition, from model to post-close integration."]:
    d.add_paragraph(x, style="List Number")

head("Professional Experience")
def role(line):
    para(d, line, bold=True, before=6, after=2)
role("FP&A Manager | Northwind Outdoor Co. | Denver, CO | 2019 – Present")
for x in ["Lead a team of four analysts supporting a $780M revenue business across three channels.",
          "Own the monthly forecast and board reporting package; forecast accuracy within 2%.",
          "Introduced Adaptive Planning and retired 40 linked spreadsheets."]:
    d.add_paragraph(x, style="List Bullet")
role("Senior Financial Analyst | Ironbridge Manufacturing | Pueblo, CO | 2015 – 2019")
for x in ["Built plant-level cost models for 6 factories; supported capex reviews up to $20M.",
          "Partnered with operations on a scrap-reduction program that saved $1.1M a year."]:
    d.add_paragraph(x, style="List Bullet")
role("Financial Analyst | Clearwater Bank | Omaha, NE | 2012 – 2015")
d.add_paragraph("Branch profitability reporting and variance analysis for 60 branches.", style="List Bullet")

head("Education")
para(d, "Master of Science in Finance, 2014", bold=True, before=4)
para(d, "Ridgeview University, Boulder, CO")
para(d, "Bachelor of Business Administration, Accounting, 2012", bold=True, before=4)
para(d, "Plainsview State University, Lincoln, NE")

head("Core Skills")
t = d.add_table(rows=3, cols=2)
borders(t, val="nil")
for i, (a, b) in enumerate([("Financial modeling & forecasting", "Adaptive Planning, Anaplan"),
                            ("Budgeting & variance analysis", "Excel (advanced), Power BI, SQL"),
                            ("M&A due diligence", "NetSuite, SAP S/4HANA")]):
    cell_text(t.cell(i, 0), "▪ " + a); cell_text(t.cell(i, 1), "▪ " + b)
widths(t, [8.5, 8.5])

head("Certifications")
para(d, "CFA Charterholder (2018)")
para(d, "Certified Management Accountant, CMA (2016)")
d.save(sys.argv[1])
