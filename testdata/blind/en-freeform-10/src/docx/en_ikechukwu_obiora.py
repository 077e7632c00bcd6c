"""Ikechukwu Obiora - Nigerian quantity surveyor CV (Times New Roman, caps headings, projects table, personal data)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="Times New Roman", size=11, margins_cm=2.0)

para(d, "IKECHUKWU OBIORA, MNIQS, RQS", bold=True, size=16, align="center", after=0)
para(d, "Quantity Surveyor / Cost Manager", italic=True, size=11, align="center", after=0)
para(d, "Plot 1147, Cadastral Zone B06, Mabushi, Abuja, FCT", size=10, align="center", after=0)
para(d, "Tel: +234 803 555 0172, +234 909 555 0108   E-mail: ikeobiora.qs@example.com", size=10, align="center", after=6)

def heading(text):
    p = para(d, "", before=10, after=4)
    run(p, text, bold=True, size=11.5)
    border(p, "bottom", sz=6)

heading("PROFILE SUMMARY")
para(d, "A registered Quantity Surveyor with over ten (10) years post-NYSC experience in cost planning, "
        "procurement and contract administration of building and civil engineering projects worth over "
        "\u20a615 billion, in both consultancy and contracting organisations. Proficient in CostX and "
        "WinQS; member of the Nigerian Institute of Quantity Surveyors.")

heading("WORK EXPERIENCE")
p = para(d, "", before=4, after=0); tab_right(p, 17.0)
run(p, "CASTLEBRIDGE COST CONSULTANTS LTD, ABUJA", bold=True); run(p, "\t2016 \u2013 Date", bold=True)
para(d, "Quantity surveying and cost management consultancy, 35 staff.", italic=True, size=10)
for title, dates, bl in [
    ("Senior Quantity Surveyor", "January 2021 \u2013 Date", [
        "Lead QS on healthcare and commercial projects; supervise two QS and one trainee.",
        "Prepare elemental cost plans, bills of quantities and pre-tender estimates.",
        "Interim valuations, variation accounts and final accounts; agreed the Kubwa hospital final account within 0.8% of the cost plan.",
        "Represent the firm at site meetings and tender openings."]),
    ("Quantity Surveyor", "March 2016 \u2013 December 2020", [
        "Took off quantities and priced BOQs in CostX for residential and commercial schemes.",
        "Prepared tender reports and contract documents (PPA/JCT forms)."]),
]:
    p = para(d, "", before=3, after=1)
    run(p, "Position held: ", italic=True); run(p, title, bold=True); run(p, f"  ({dates})")
    for b in bl:
        bullet(d, b, char="\u2022")

p = para(d, "", before=6, after=0); tab_right(p, 17.0)
run(p, "ZENTEC CONSTRUCTION NIG. LTD, PORT HARCOURT", bold=True); run(p, "\tAug. 2014 \u2013 Feb. 2016", bold=True)
p = para(d, "", after=1); run(p, "Position held: ", italic=True); run(p, "Site Quantity Surveyor", bold=True)
for b in ["Measured works on site, prepared monthly valuations and subcontractor payments.",
          "Material reconciliation and cost-value reports for the road and estate projects."]:
    bullet(d, b)

p = para(d, "", before=6, after=0); tab_right(p, 17.0)
run(p, "NATIONAL YOUTH SERVICE CORPS (NYSC)", bold=True); run(p, "\t2013 \u2013 2014", bold=True)
p = para(d, "", after=1)
run(p, "Assistant Quantity Surveyor, Ministry of Works and Housing, Akure, Ondo State")

heading("PROJECTS HANDLED")
rows = [
    ("1", "120-Bed General Hospital, Kubwa", "Kubwa Medical Foundation", "\u20a64.2bn", "Lead QS \u2013 cost plan, BOQ, final account", "2022 \u2013 2024"),
    ("2", "3-Storey Shopping Mall, Wuse II", "Emerald Court Properties Ltd", "\u20a62.8bn", "Post-contract QS", "2019 \u2013 2021"),
    ("3", "48 Units 3-Bedroom Terrace Duplexes, Lokogoma", "Greenfield Homes Cooperative", "\u20a61.6bn", "Tender documents, valuations", "2017 \u2013 2018"),
    ("4", "Rehabilitation of 6.4 km Estate Link Road, Trans-Amadi", "Trans-Amadi Estate Developers Ltd", "\u20a6780m", "Site QS", "2015"),
]
t = d.add_table(rows=1, cols=6)
table_borders(t, sz=4)
for i, h in enumerate(("S/N", "Project", "Client", "Contract Sum", "Role", "Year")):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
    shade(t.rows[0].cells[i], "E7E6E6")
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        cell_text(c[i], v, size=9.5)
col_widths(t, [1.1, 4.5, 3.4, 2.1, 3.5, 2.4])

heading("EDUCATIONAL QUALIFICATIONS WITH DATES")
for yrs, txt in [("2008 \u2013 2013", "B.Tech. Quantity Surveying (Second Class Upper Division), Imo Valley University of Technology, Owerri"),
                 ("2001 \u2013 2007", "Senior School Certificate (WAEC), Okpuno-Egbu Comprehensive Secondary School, Nnewi"),
                 ("1995 \u2013 2001", "First School Leaving Certificate, Umudim Hilltop Primary School, Nnewi")]:
    p = para(d, "", after=2); tab_left(p, 3.2); indent(p, 3.2, 3.2)
    run(p, yrs + "\t" + txt)

heading("PROFESSIONAL QUALIFICATIONS")
for txt in ["Registered Quantity Surveyor (RQS) \u2013 Quantity Surveyors Registration Board of Nigeria (QSRBN), Reg. No. QS/5550/2019 \u2013 2019",
            "Member, Nigerian Institute of Quantity Surveyors (MNIQS) \u2013 2018",
            "Project Management Professional (PMP) \u2013 Project Management Institute \u2013 2022"]:
    bullet(d, txt)

heading("COMPUTER SKILLS")
para(d, "CostX, WinQS, MS Project, AutoCAD (viewing and measurement), Microsoft Excel (advanced)")

heading("PERSONAL DATA")
t = d.add_table(rows=0, cols=2)
no_borders(t)
for a, b in [("Date of Birth:", "2nd November, 1989"), ("Sex:", "Male"), ("Marital Status:", "Married"),
             ("State of Origin:", "Anambra State"), ("L.G.A.:", "Nnewi North"), ("Nationality:", "Nigerian"),
             ("Languages Spoken:", "English, Igbo, Hausa (fair)"), ("Hobbies:", "Reading, football, chess")]:
    c = t.add_row().cells
    cell_text(c[0], a, bold=True); cell_text(c[1], b)
col_widths(t, [4.0, 13.0])

heading("REFEREES")
for lines in [["QS. (Dr.) Chinedu Okafor, FNIQS", "Managing Partner, Castlebridge Cost Consultants Ltd, Abuja", "0803 555 0119"],
              ["Engr. Bashir Lawal", "Project Director, Zentec Construction Nig. Ltd, Port Harcourt", "0805 555 0150"]]:
    para(d, lines[0], bold=True, after=0, before=3)
    for l in lines[1:]:
        para(d, l, after=0)

save(d, "en_ikechukwu_obiora.docx")
