"""Public health nurse: typed in Apple Pages (Helvetica Neue, two-column table: dates left, entries right),
exported as Word. LibreOffice prints it with a substitute font."""
import sys
from common import *
from docx.shared import Pt, Cm
d = new_doc("Helvetica Neue", 10, a4=True, margins=1.9)
d.core_properties.title = "CV Siobhan Kiely"
para(d, "Siobhán Kiely", bold=True, size=24, after=0, color="1B3A57")
para(d, "Registered Public Health Nurse  ·  RGN, RPHN", size=12, color="1B3A57", after=2)
para(d, "14 Ashgrove Terrace, Tralee, Co. Kerry V92 XXXX   |   087 000 0142   |   siobhan.kiely@example.ie", size=9, color="666666", after=10)

def section(title):
    p = para(d, title.upper(), bold=True, size=10.5, color="1B3A57", before=10, after=4)
    bottom_border(p, "1B3A57", 8)

def grid(rows):
    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    for left, right in rows:
        c = t.add_row().cells
        cell_text(c[0], left, size=9, color="666666")
        first = True
        for kind, text in right:
            if first:
                p = c[1].paragraphs[0]; first = False
                if kind == "b":
                    run(p, text, bold=True)
                elif kind == "i":
                    run(p, text, italic=True, color="555555")
                else:
                    run(p, text)
                continue
            if kind == "b": cell_para(c[1], text, bold=True)
            elif kind == "i": cell_para(c[1], text, italic=True, color="555555")
            elif kind == "-": cell_bullet(c[1], text)
            else: cell_para(c[1], text)
    col_widths(t, [3.6, 13.6])
    return t

section("Profile")
para(d, "Public health nurse with ten years' nursing in acute and community settings in Ireland and London. I run child health clinics, visit new mothers and older people at home across a rural North Kerry caseload, and I am a Category 1 nurse prescriber.")

section("Registration")
grid([("NMBI PIN", [("t", "000000 — Registered General Nurse (2012); Registered Public Health Nurse (2020); Registered Nurse Prescriber (2022)")]),
      ("NMC (UK)", [("t", "00A0000E — lapsed 2017")])])

section("Experience")
grid([
 ("since March 2020", [("b", "Public Health Nurse"), ("i", "HSE Community Services Kerry — Ballyroe Health Centre, Tralee"),
     ("-", "Caseload of about 2,400 people across six rural district electoral divisions"),
     ("-", "Primary visits to new mothers within 72 hours of discharge; developmental checks at 3, 9 and 21 months"),
     ("-", "Set up a weekly drop-in breastfeeding clinic (2021) with the local lactation group"),
     ("-", "Leg ulcer and palliative home care with the GP practices and the hospice team")]),
 ("Sept. 2016 – Feb 2020", [("b", "Staff Nurse, Acute Medical Unit"), ("i", "Oakpark Regional Hospital, Tralee"),
     ("t", "Twenty-eight-bed unit; nurse in charge on nights from 2018.")]),
 ("2013/09 – 2016/07", [("b", "Staff Nurse (agency)"), ("i", "Thamesbridge Hospital, London, via Carelink Nursing"),
     ("t", "Rolling three-month contracts on respiratory and elderly-care wards.")]),
])

section("Education")
grid([
 ("2019 – 2020", [("b", "Higher Diploma in Public Health Nursing"), ("i", "Lee Valley University, Cork"), ("t", "First Class Honours")]),
 ("2008 – 2012", [("b", "BSc (Hons) General Nursing"), ("i", "Lee Valley University, Cork"), ("t", "Second Class Honours, Grade 1 (2.1) — 68%")]),
 ("2008", [("b", "Leaving Certificate"), ("i", "Presentation Secondary School, Listowel"), ("t", "525 points")]),
])

section("Certificates")
grid([
 ("2022", [("t", "Certificate in Nurse Prescribing (Category 1) — Lee Valley University")]),
 ("2024", [("t", "Basic Life Support for Healthcare Providers — Irish Heart Foundation")]),
 ("2023", [("t", "Children First e-learning — Tusla")]),
])

section("Skills")
para(d, "", after=1)
p = d.paragraphs[-1]; run(p, "Expert: ", bold=True); run(p, "child health surveillance; breastfeeding support; wound and leg ulcer care; home visiting")
p = para(d, "", after=1); run(p, "Working: ", bold=True); run(p, "Irish Sign Language; nurse prescribing; SNOMED coding; Excel")

section("Languages")
t = d.add_table(rows=1, cols=4)
t.style = d.styles["Table Grid"]
for i, h in enumerate(["Language", "Listening", "Speaking", "Writing"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
for row in [("English", "C2", "C2", "C2"), ("Irish", "B2", "B2", "B1"), ("French", "A2", "A2", "A1")]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(c[i], v, size=9)
col_widths(t, [4.0, 3.0, 3.0, 3.0])

section("Volunteering")
grid([("2017 – 2021", [("b", "Committee member"), ("i", "North Kerry Breastfeeding Circle")])])

section("Outside work")
para(d, "I play camogie with a junior club, walk the Kerry Way when the weather allows and I'm learning the concertina.")
para(d, "References available on request.", italic=True, before=8)
d.save(sys.argv[1])
