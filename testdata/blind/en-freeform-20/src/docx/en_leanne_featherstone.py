"""UK CV of a probation services officer: running header (name · Curriculum Vitae) and a
'Page X of Y' footer on every page, key skills as a two-column borderless table."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _common import *

out = sys.argv[1]
doc = new_doc("Calibri", 11, margins_cm=2.2)
W = text_width(doc)
core(doc, "CV - Leanne Featherstone", "Leanne Featherstone")

sec = doc.sections[0]
sec.header_distance = Cm(1.0)
sec.footer_distance = Cm(1.0)
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
run(hp, "Leanne Featherstone  \u00b7  Curriculum Vitae", size=8.5, color="7F7F7F")
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "Page ", size=8.5, color="7F7F7F")
add_field(fp, "PAGE", size=8.5)
run(fp, " of ", size=8.5, color="7F7F7F")
add_field(fp, "NUMPAGES", size=8.5)

ACC = "2E4057"


def heading(t):
    p = para(doc, t, bold=True, size=12.5, color=ACC, before=12, after=4)
    bottom_border(p, sz=4, color="A0A0A0")


def job(title, employer, dates, place=None):
    p = doc.add_paragraph()
    right_tab(p, W)
    run(p, title, bold=True)
    run(p, "\t" + dates)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(0)
    q = para(doc, employer + (", " + place if place else ""), italic=True, after=2)


para(doc, "Leanne Featherstone", bold=True, size=22, color=ACC, after=0)
para(doc, "14 Hawthorn Rise, Mapperley, Nottingham NG3 5QT", size=10, after=0)
para(doc, "Mobile: 07700 900418   |   Email: leanne.featherstone@example.co.uk", size=10, after=6)

heading("Personal Statement")
para(doc, "Probation Services Officer with four years in the Nottingham City Probation Delivery "
     "Unit, managing a caseload of low and medium risk-of-harm people on community orders and "
     "licence. Before joining probation I spent three years as a support worker in an approved "
     "premises-style hostel, so I know what the first weeks after release look like from the "
     "other side of the desk. I have completed the Level 5 Diploma in Probation Practice and am "
     "now looking for a trainee Probation Officer place through the PQiP route.", after=4)

heading("Key Skills")
skills = [
    "Risk assessment and risk management planning (OASys)",
    "Pre-sentence reports for magistrates' courts",
    "Motivational interviewing",
    "Safeguarding adults and children",
    "Multi-agency work (police, housing, drug and alcohol services)",
    "Enforcement and breach proceedings",
    "nDelius case recording",
    "Calm, clear communication with people in crisis",
]
t = doc.add_table(rows=4, cols=2)
table_borders(t, val="none")
col_widths(t, [W // 2, W - W // 2])
for i, s in enumerate(skills):
    c = t.cell(i % 4, i // 4)
    c.paragraphs[0].text = ""
    bullet_p = c.paragraphs[0]
    pf = bullet_p.paragraph_format
    pf.left_indent, pf.first_line_indent = Cm(0.45), Cm(-0.45)
    pf.space_after = Pt(1)
    pf.tab_stops.add_tab_stop(Cm(0.45))
    run(bullet_p, "\u25aa\t" + s, size=10.5)

heading("Employment History")
job("Probation Services Officer (PSO)", "HM Prison & Probation Service \u2013 Nottingham City Probation Delivery Unit",
    "Mar 2021 \u2013 Present")
for b in [
    "Manage a caseload of around 45 people on community orders, suspended sentence orders and post-sentence supervision",
    "Write short-format pre-sentence reports on the day for Nottingham Magistrates' Court (about 12 a month)",
    "Complete OASys assessments and sentence plans and review them at each key stage",
    "Lead on enforcement: warning letters, breach reports and giving evidence at breach hearings",
    "Co-facilitate the Building Better Relationships programme one evening a week",
]:
    bullet(doc, b)
job("Case Administrator", "HM Prison & Probation Service \u2013 Nottingham City Probation Delivery Unit",
    "Jun 2019 \u2013 Mar 2021")
for b in [
    "Prepared court packs and case records in nDelius for the duty team",
    "Booked interpreters and arranged video-link appointments during the 2020 lockdowns",
    "Covered reception and duty phone, handling up to 60 calls a day",
]:
    bullet(doc, b)
job("Support Worker", "Trentside Housing Trust \u2013 Carrington Lodge (supported hostel)", "Sep 2016 \u2013 May 2019")
for b in [
    "Key worker for eight residents released from custody, most with substance misuse needs",
    "Completed support plans, room checks and incident logs; worked closely with offender managers",
    "Sleep-in and waking night shifts on a rota",
]:
    bullet(doc, b)
job("Sales Assistant (part-time)", "Bramley's Books, Nottingham", "2013 \u2013 2016")

heading("Education and Training")
rows = [
    ("2021 \u2013 2023", "Level 5 Diploma in Probation Practice", "HM Prison & Probation Service"),
    ("2013 \u2013 2016", "BA (Hons) Criminology and Sociology, 2:1", "Trent Valley University, Nottingham"),
    ("2011 \u2013 2013", "A Levels: Sociology (A), Psychology (B), English Language (B)", "Gedling Park Academy"),
]
for d, q, where in rows:
    p = doc.add_paragraph()
    left_tab(p, Cm(3.2))
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent = Cm(3.2), Cm(-3.2)
    pf.space_after = Pt(3)
    run(p, d + "\t")
    run(p, q, bold=True)
    run(p, "\n" + where, italic=True)

para(doc, "Short courses:", bold=True, before=6, after=1)
for b in [
    "OASys risk assessment (full) \u2013 HMPPS, 2021",
    "Safeguarding Adults and Children, Level 2 \u2013 2022",
    "Motivational Interviewing: foundation and skills practice \u2013 2022",
]:
    bullet(doc, b)

heading("Volunteering")
p = doc.add_paragraph()
right_tab(p, W)
run(p, "Appropriate Adult volunteer", bold=True)
run(p, "\t2017 \u2013 2019")
para(doc, "Nottinghamshire Appropriate Adult Scheme \u2013 supported vulnerable adults and young people "
     "during police interviews at Bridewell custody suite.", after=3)

heading("Additional Information")
for b in [
    "Full UK driving licence",
    "Enhanced DBS check (2021)",
    "Member of the Probation Institute",
    "Interests: parkrun (most Saturdays at Colwick), cold-water swimming, true-crime podcasts",
]:
    bullet(doc, b)

heading("References")
t = doc.add_table(rows=1, cols=2)
table_borders(t, val="none")
col_widths(t, [W // 2, W - W // 2])
refs = [
    ["Claire Addison", "Senior Probation Officer", "HM Prison & Probation Service", "claire.addison@justice.example"],
    ["Martin Oyelowo", "Hostel Manager, Carrington Lodge", "Trentside Housing Trust", "0115 496 0732"],
]
for i, r in enumerate(refs):
    c = t.cell(0, i)
    cell_text(c, r[0], bold=True)
    for line in r[1:]:
        q = c.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
doc.save(out)
