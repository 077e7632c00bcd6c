"""Management consultant, Lagos: a CAREER SUMMARY table (years | employer | role) followed by the
detailed entries; engagements as 'Client: … | Role: … | Q3 2023 – Q1 2024' lines."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _common import *  # noqa: E402,F403

out = sys.argv[1]
doc = new_document(font="Cambria", size=10, margins_cm=(1.7, 1.7, 1.9, 1.9))
W = text_width(doc)

para(doc, "IFEOLUWA OGUNLEYE", bold=True, size=18, color="0B3954", space_after=0)
para(doc, "Management Consultant — Public Sector & Financial Services", size=11.5, color="087E8B", space_after=3)
para(doc, "Lekki Phase 1, Lagos  |  0803 555 0148  |  ifeoluwa.ogunleye@example.com.ng  |  "
          "linkedin.com/in/ifeoluwaogunleye", size=9, space_after=6)


def heading(text):
    p = para(doc, text, bold=True, size=10.5, color="0B3954", space_before=9, space_after=3)
    bottom_border(p, color="087E8B", size=8)
    p.paragraph_format.keep_with_next = True
    return p


heading("PROFILE")
para(doc, "Management consultant with ten years across strategy, revenue reform and operating-model work for state "
          "governments, regulators and banks. I lead small teams from diagnostic to implementation, build the "
          "financial models myself, and am most useful where a reform has to survive contact with the people who "
          "run it. PMP and Prosci certified; Executive MBA.")

heading("CAREER SUMMARY")
t = doc.add_table(rows=1, cols=3)
table_borders(t, sz=4, color="9FB7C4")
for c, h in zip(t.rows[0].cells, ["Years", "Employer", "Role"]):
    cell_text(c, h, bold=True)
    shade_cell(c, "E4EEF2")
for yrs, emp, role in [
    ("2021 – date", "Savannah Advisory Partners", "Manager, Public Sector Advisory"),
    ("2019 – 2021", "Crestline Consulting (Nigeria) Ltd", "Senior Consultant"),
    ("2017 – 2019", "Crestline Consulting (Nigeria) Ltd", "Consultant"),
    ("2015 – 2017", "First Meridian Bank Plc", "Analyst, Strategy Office"),
    ("2014 – 2015", "Ogun State Ministry of Finance", "Corps Member (NYSC)"),
]:
    cells = t.add_row().cells
    cell_text(cells[0], yrs)
    cell_text(cells[1], emp)
    cell_text(cells[2], role)
col_widths(t, [3.0, 7.0, 7.2])

heading("PROFESSIONAL EXPERIENCE")


def employer(name, place):
    p = para(doc, space_before=6, space_after=0)
    run(p, name, bold=True, size=11)
    run(p, ", " + place)
    p.paragraph_format.keep_with_next = True


def role(title, dates):
    p = para(doc, space_before=1, space_after=2)
    right_tab(p, W)
    run(p, title, italic=True, bold=True)
    run(p, "\t" + dates, italic=True)
    p.paragraph_format.keep_with_next = True


def engagement(title, client, rolename, period, text):
    p = para(doc, space_before=3, space_after=0)
    p.paragraph_format.left_indent = Cm(0.5)
    run(p, title, bold=True)
    p.paragraph_format.keep_with_next = True
    q = para(doc, space_after=0)
    q.paragraph_format.left_indent = Cm(0.5)
    run(q, "Client: ", bold=True, size=9)
    run(q, client + "  |  ", size=9)
    run(q, "Role: ", bold=True, size=9)
    run(q, rolename + "  |  " + period, size=9)
    q.paragraph_format.keep_with_next = True
    r = para(doc, text, space_after=2)
    r.paragraph_format.left_indent = Cm(0.5)


employer("Savannah Advisory Partners", "Lagos")
role("Manager, Public Sector Advisory", "February 2021 – Date")
para(doc, "Lead the firm's state-government revenue and public-finance practice; manage teams of three to eight "
          "consultants and own the client relationship from proposal to close.", space_after=2)
engagement("State revenue-assurance diagnostic",
           "State Internal Revenue Service (South-West)", "Engagement Manager", "Q3 2023 – Q1 2024",
           "Reconciled five years of PAYE and withholding-tax data against employer filings; identified ₦4.2bn "
           "in under-remittances and designed the recovery workflow that the client now runs.")
engagement("Treasury Single Account roll-out, phase 2",
           "State Ministry of Finance (North-Central)", "Engagement Manager", "Q1 2022 – Q2 2023",
           "Moved 212 MDA accounts onto the TSA and trained 140 finance officers; wrote the cash-forecasting "
           "template still used in the weekly cash committee.")
engagement("Regulatory operating-model review",
           "Federal capital-market regulator", "Workstream Lead", "Q2 2021 – Q4 2021",
           "Mapped 38 supervisory processes and proposed a risk-based inspection calendar adopted by the board.")

employer("Crestline Consulting (Nigeria) Ltd", "Lagos")
role("Senior Consultant", "January 2019 – January 2021")
engagement("Branch network optimisation",
           "Tier-2 commercial bank", "Senior Consultant", "Q3 2019 – Q2 2020",
           "Built the branch profitability model; 23 branches closed or converted to agency banking points.")
engagement("Shared-services design",
           "Pan-African insurance group", "Senior Consultant", "Q1 2019 – Q2 2019",
           "Designed the finance shared-services centre for four country subsidiaries.")
role("Consultant", "July 2017 – December 2018")
para(doc, "Analysis and modelling on strategy and cost-reduction engagements for banks and a telecoms operator; "
          "wrote the first drafts of client reports and steering-committee packs.", space_after=2)

employer("First Meridian Bank Plc", "Lagos")
role("Analyst, Strategy Office", "October 2015 – June 2017")
para(doc, "Monthly performance reporting to the executive committee; competitor benchmarking; supported the "
          "bank's 2016 – 2020 strategy refresh.", space_after=2)

employer("Ogun State Ministry of Finance", "Abeokuta")
role("Corps Member (NYSC)", "2014 – 2015")
para(doc, "Primary assignment in the Budget Department: MDA budget returns and the 2015 budget call circular.",
     space_after=2)

heading("EDUCATION")
for deg, inst, yrs, note in [
    ("Executive MBA", "Atlantic Business School, Lagos", "2019 – 2021", ""),
    ("B.Sc. Economics", "Olumo University, Abeokuta", "2009 – 2013", "Second Class Upper"),
]:
    p = para(doc, space_after=1)
    right_tab(p, W)
    run(p, deg, bold=True)
    run(p, ", " + inst)
    if note:
        run(p, " — " + note)
    run(p, "\t" + yrs)

heading("CERTIFICATIONS")
for c in ["Project Management Professional (PMP) — Project Management Institute, 2020",
          "Prosci Certified Change Practitioner — Prosci, 2022"]:
    bullet(doc, c)

heading("SKILLS")
p = para(doc, space_after=1)
run(p, "Consulting: ", bold=True)
run(p, "revenue assurance, public financial management, operating-model design, process mapping, change management")
p = para(doc, space_after=1)
run(p, "Tools: ", bold=True)
run(p, "Excel (financial modelling), Power BI, PowerPoint, Visio, MS Project")

heading("AWARDS & WRITING")
bullet(doc, "Consultant of the Year, Crestline Consulting (Nigeria) Ltd — 2018")
bullet(doc, "“Why state revenue reforms stall at the local-government level”, Savannah Insights, March 2024")

heading("LANGUAGES")
para(doc, "English (fluent), Yoruba (native)")

heading("REFEREES")
t = doc.add_table(rows=1, cols=2)
no_borders(t)
for cell, lines in zip(t.rows[0].cells, [
    ["Mr. Babatunde Adeyemi-Cole", "Partner, Savannah Advisory Partners", "0809 555 0131"],
    ["Mrs. Ngozi Eze", "Director, Crestline Consulting (Nigeria) Ltd", "0802 555 0196"],
]):
    cell_text(cell, lines[0], bold=True)
    for line in lines[1:]:
        q = cell.add_paragraph()
        run(q, line)
        q.paragraph_format.space_after = Pt(0)
col_widths(t, [8.6, 8.6])

doc.save(out)
