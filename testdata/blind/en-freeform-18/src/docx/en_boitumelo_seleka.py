"""South-African CV of an underground shift supervisor: every section a borderless two-column table,
dates / years in the narrow left column, entries in the right one."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from _common import *
from docx.shared import Pt, Cm

out = sys.argv[1]
doc = new_doc(font="Calibri", size=10.5, margins_cm=(1.5, 1.5, 1.8, 1.8))

p = doc.add_paragraph()
run(p, "BOITUMELO SELEKA", bold=True, size=22, color="7A3E00")
p = doc.add_paragraph()
run(p, "Shift Supervisor (Underground) – Conventional & Mechanised Mining", size=12, color="444444")
p = doc.add_paragraph()
run(p, "Cell: 071 555 0183  |  E-mail: boitumelo.seleka@example.co.za  |  Tlhabane, Rustenburg, North West", size=10)
bottom_border(p, "7A3E00", 12)
space(p, after=4)


def heading(text):
    p = doc.add_paragraph()
    run(p, text, bold=True, size=12, color="7A3E00", caps=True)
    space(p, before=10, after=3)


def table(rows):
    """rows: list of (left, [paragraph specs]) where a spec is ('b', text) / ('i', text) / ('p', text) / ('-', text)"""
    t = doc.add_table(rows=len(rows), cols=2)
    no_borders(t)
    col_widths(t, [3.4, 14.6])
    for i, (left, specs) in enumerate(rows):
        lc, rc = t.cell(i, 0), t.cell(i, 1)
        lc.paragraphs[0].text = ""
        run(lc.paragraphs[0], left, bold=True, size=10, color="555555")
        first = True
        for kind, text in specs:
            q = rc.paragraphs[0] if first else rc.add_paragraph()
            first = False
            if kind == "-":
                q.paragraph_format.left_indent = Cm(0.4)
                q.paragraph_format.first_line_indent = Cm(-0.3)
                run(q, "• " + text)
            else:
                run(q, text, bold=(kind == "b"), italic=(kind == "i"))
            space(q, after=1)
        space(rc.paragraphs[-1], after=6)
    return t


heading("Career Summary")
doc.add_paragraph(
    "Underground shift supervisor with 14 years in platinum mining on the Western Limb. Holder of a "
    "blasting certificate since 2016. I run a crew of up to 42 on stoping and development ends, and my "
    "shifts have gone more than 900 days without a lost-time injury. I want to move into a mine overseer "
    "role once I complete my certificate of competency.")

heading("Work Experience")
table([
    ("03/2019 – Present", [("b", "Bojanala Platinum Mines (Pty) Ltd – Mothlabe Shaft"),
                           ("i", "Shift Supervisor (Underground)"),
                           ("-", "Supervise two mining crews (up to 42 people) on conventional stoping and a mechanised development section."),
                           ("-", "Plan the shift, issue the line-up and do pre-shift safety talks and entry examinations."),
                           ("-", "Achieved 112% of the planned square metres in FY2023 with no lost-time injuries."),
                           ("-", "Coach two miners preparing for their blasting certificate.")]),
    ("07/2014 – 02/2019", [("b", "Bojanala Platinum Mines (Pty) Ltd – Mothlabe Shaft"),
                           ("i", "Miner (Blasting Certificate from 2016)"),
                           ("-", "Marked off, drilled, charged and blasted panels; barring down and support installation."),
                           ("-", "Kept the panel records and explosives register.")]),
    ("01/2011 – 06/2014", [("b", "Leeuwkop Contract Mining CC, Rustenburg"),
                           ("i", "Team Member / Winch Operator"),
                           ("-", "Winch and scraper operation, installing mine poles and safety nets.")]),
])

heading("Qualifications")
table([
    ("2021", [("p", "Shift Supervisor Development Programme – Rustenburg Mining Academy")]),
    ("2016", [("p", "Blasting Certificate (Underground) – Department of Mineral Resources and Energy")]),
    ("2013", [("p", "National Certificate: Mining Operations, NQF Level 3 – Rustenburg Mining Academy")]),
    ("2010", [("p", "National Senior Certificate (Matric) – Bafokeng Ridge High School")]),
])

heading("Short Courses")
table([
    ("2024", [("p", "First Aid Level 2 – Platinum Belt Safety Training")]),
    ("2022", [("p", "Mine Rescue Brigade (proto team member)")]),
    ("2020", [("p", "Incident Investigation (ICAM)")]),
])

heading("Skills")
table([
    ("Mining", [("p", "stoping, development, support standards, ventilation checks, explosives control, production planning")]),
    ("Computer", [("p", "MS Word, MS Excel, Outlook, shift reporting system")]),
])

heading("Languages")
table([
    ("Setswana", [("p", "Home language")]),
    ("English", [("p", "Read, write, speak – good")]),
    ("isiZulu", [("p", "Speak – good")]),
    ("Fanagalo", [("p", "Speak – fair")]),
])

heading("Personal Details")
table([
    ("Nationality", [("p", "South African")]),
    ("Gender", [("p", "Female")]),
    ("Driver's licence", [("p", "Code 10 (C1)")]),
    ("Health", [("p", "Excellent, COF valid to 04/2026")]),
])

heading("References")
table([
    ("", [("b", "Mr. Kgosi Molefe"), ("p", "Mine Overseer, Mothlabe Shaft – 014 555 0127")]),
    ("", [("b", "Ms. Nomvula Zwane"), ("p", "Training Officer, Rustenburg Mining Academy – 014 555 0190")]),
])

doc.save(out)
