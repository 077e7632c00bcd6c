"""Sheet metal apprentice, Edmonton: Word twin of the hand-typed text (Letter, Arial).
Title Case headings with trailing colons; each job's dates on their own line after its bullets."""
import sys
from common import *  # noqa: F401,F403

out = sys.argv[1]
doc = new_doc("Arial", 10, letter=True, margins=0.75)


def heading(text):
    return para(doc, text, bold=True, size=11.5, before=10, after=3)


para(doc, "BRAYDEN KUZYK", bold=True, size=18, after=0)
para(doc, "Edmonton, Alberta  T6L 0A0", after=0)
para(doc, "780-555-0164 | brayden.kuzyk@example.ca", after=4)

heading("Career Objective:")
para(doc, "Third-period sheet metal apprentice looking to finish my hours with a commercial HVAC contractor and "
          "challenge the Red Seal exam in 2026.")

heading("Apprenticeship Record:")
for lab, val in [
    ("Trade: ", "Sheet Metal Worker (Alberta Apprenticeship and Industry Training)"),
    ("Apprentice ID: ", "000000"),
    ("Current period: ", "3rd of 4"),
    ("On-the-job hours logged: ", "4,120 of 6,000 (logbook signed to Jan 31, 2025)"),
]:
    p = para(doc, after=0)
    run(p, lab, bold=True)
    run(p, val)
rows = [
    ("Period", "Technical training", "Mark", "OJT hours"),
    ("1st", "Jan – Feb 2022", "86%", "1,500"),
    ("2nd", "Feb – Mar 2023", "81%", "1,500"),
    ("3rd", "Mar – Apr 2024", "88%", "1,120 (in progress)"),
    ("4th", "booked for Feb 2026", "–", "–"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, txt in enumerate(row):
        cell_text(t.cell(r, c), txt, bold=(r == 0), size=9.5)
        if r == 0:
            shade(t.cell(r, c), "D9D9D9")
col_widths(t, [0.8, 2.2, 0.8, 1.8])

heading("Work History:")
jobs = [
    ("Sheet Metal Apprentice (3rd Period)", "Northgate Mechanical Ltd. – Edmonton, AB", [
        "Fabricate rectangular and round duct, fittings and flashings in the shop from shop drawings "
        "(brake, shear, Pittsburgh machine, plasma table).",
        "Install supply, return and exhaust ductwork, VAV boxes and rooftop-unit curbs on commercial jobs up to "
        "six storeys.",
        "Lay out fittings by triangulation and parallel-line development; read mechanical drawings and coordinate "
        "with the other trades on site.",
        "Seal and insulate duct to the specified leakage class; help the balancer with start-up.",
    ], "March 2022 – Present"),
    ("Shop Helper / Labourer", "Prairie Ductworks Inc. – Sherwood Park, AB", [
        "Cut, notched and formed galvanized sheet on the brake and roll former; kept the shop and material racks "
        "organized.",
        "Loaded trucks and delivered fittings to residential job sites.",
    ], "June 2020 – February 2022"),
    ("Stock Clerk (part-time)", "Save-Rite Foods – Edmonton, AB", [
        "Stocked shelves, received deliveries and ran the cardboard baler after school.",
    ], "2018 – 2020"),
]
for title, emp, bullets, dates in jobs:
    para(doc, title, bold=True, before=6, after=0)
    para(doc, emp, after=1)
    for b in bullets:
        bullet(doc, b)
    para(doc, dates, italic=True, after=2)

heading("Education:")
for title, school, dates in [
    ("Sheet Metal Worker Apprenticeship – Technical Training, Periods 1–3", "Capital Region Polytechnic, Edmonton",
     "2022 – 2024"),
    ("High School Diploma", "Tawa Ridge High School, Edmonton", "June 2020"),
]:
    para(doc, title, bold=True, before=4, after=0)
    para(doc, school, after=0)
    para(doc, dates, italic=True, after=2)

heading("Tickets & Safety Training:")
for tk in [
    "WHMIS 2015 (2024)",
    "Fall Protection (expires Oct 2026)",
    "Elevating Work Platform, scissor and boom (2023)",
    "Construction Safety Training System, CSTS-2020 (2021)",
    "Standard First Aid with CPR/AED Level C (expires May 2026)",
    "Confined Space Entry (2023)",
    "Powder-Actuated Tool Operator (2022)",
    "Class 5 driver's licence, own truck and tools",
]:
    bullet(doc, tk)

heading("Skills:")
para(doc, "Sheet metal layout (triangulation, parallel line, radial line), TIG and MIG welding (basic), spot welding, "
          "Pittsburgh and button-lock seams, reading shop drawings, Autodesk Fabrication CAMduct.")

heading("References:")
para(doc, "Darcy Lemieux, Foreman, Northgate Mechanical Ltd. – 780-555-0117", after=0)
para(doc, "Rick Halvorsen, Owner, Prairie Ductworks Inc. – 780-555-0152", after=0)

doc.save(out)
