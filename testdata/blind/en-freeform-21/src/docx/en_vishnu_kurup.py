"""Indian deck officer (Second Officer, tankers), Kochi: seafarer's CV with personal-details,
competency, STCW-course and sea-service tables; DD.MM.YYYY dates."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _common import *  # noqa: E402,F403

out = sys.argv[1]
doc = new_document(font="Arial", size=9.5, margins_cm=(1.5, 1.5, 1.6, 1.6))
W = text_width(doc)

para(doc, "CURRICULUM VITAE", bold=True, size=13, align="center", space_after=6)


def heading(text):
    p = para(doc, text, bold=True, size=10, color="FFFFFF", space_before=8, space_after=3)
    shade_paragraph(p, "1F3B5C")
    p.paragraph_format.keep_with_next = True
    return p


def grid(headers, rows, widths, size=8.5):
    t = doc.add_table(rows=1, cols=len(headers))
    table_borders(t, sz=4, color="7F8C99")
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True, size=size)
        shade_cell(c, "DCE6F0")
    repeat_header_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=size)
    col_widths(t, widths)
    return t


# name block with "Rank applied for"
t = doc.add_table(rows=1, cols=2)
no_borders(t)
c0, c1 = t.rows[0].cells
cell_text(c0, "VISHNU PRASAD KURUP", bold=True, size=15)
p = c0.add_paragraph()
run(p, "Rank Applied For: ", bold=True)
run(p, "Second Officer (Oil / Chemical Tankers)")
p = c0.add_paragraph()
run(p, "Mobile: ", bold=True)
run(p, "+91 90000 61834")
run(p, "   |   ")
run(p, "E-mail: ", bold=True)
run(p, "vishnu.kurup@example.in")
p = c0.add_paragraph()
run(p, "Address: ", bold=True)
run(p, "Kunnathu House, Eroor North, Tripunithura, Ernakulam, Kerala – 682306")
cell_text(c1, "[Photo]", italic=True, size=8, align="center")
set_cell_border(c1, top={"val": "single", "sz": 4, "color": "999999"}, bottom={"val": "single", "sz": 4, "color": "999999"},
                left={"val": "single", "sz": 4, "color": "999999"}, right={"val": "single", "sz": 4, "color": "999999"})
col_widths(t, [14.8, 3.0])

heading("PROFILE")
para(doc, "Second Officer with 43 months of sea service on product and chemical tankers (MR and Handysize), "
          "including 13 months as Second Officer in charge of passage planning, ECDIS and bridge equipment. "
          "Experienced with Vetting/SIRE inspections, cargo watches on multi-grade loading and STS operations. "
          "Looking for a Second Officer position with a tanker company.")

heading("PERSONAL DETAILS")
t = doc.add_table(rows=0, cols=4)
table_borders(t, sz=2, color="BFC7D0")
pd = [("Date of Birth", "14.02.1995", "Nationality", "Indian"),
      ("Place of Birth", "Ernakulam, Kerala", "Marital Status", "Single"),
      ("INDoS No.", "15EL0000", "CDC No.", "MUM 000000"),
      ("Passport No.", "Z0000000", "Passport Valid Till", "21.08.2031"),
      ("Height / Weight", "176 cm / 72 kg", "Boiler Suit / Shoe", "L / 9 (UK)"),
      ("US C1/D Visa", "Valid till 03.2029", "Nearest Airport", "Cochin International (COK)")]
for a, b, c, d in pd:
    cells = t.add_row().cells
    cell_text(cells[0], a, bold=True, size=8.5)
    cell_text(cells[1], b, size=8.5)
    cell_text(cells[2], c, bold=True, size=8.5)
    cell_text(cells[3], d, size=8.5)
col_widths(t, [3.4, 5.5, 3.6, 5.3])

heading("CERTIFICATE OF COMPETENCY & ENDORSEMENTS")
grid(["Certificate", "Number", "Issued By", "Date of Issue", "Valid Till"], [
    ["Second Mate (FG) CoC – STCW II/1", "DGS/2M/0000", "DG Shipping, MMD Mumbai", "11.05.2021", "10.05.2026"],
    ["GMDSS GOC", "GOC/0000/23", "DG Shipping, WPC", "05.04.2021", "04.04.2026"],
    ["Oil Tanker DCE (Advanced)", "DCE/OT/0000", "DG Shipping, MMD Kochi", "12.01.2022", "11.01.2027"],
    ["Chemical Tanker DCE (Advanced)", "DCE/CT/0000", "DG Shipping, MMD Kochi", "12.01.2022", "11.01.2027"],
], [5.2, 2.9, 4.0, 2.8, 2.9])

heading("STCW & MODULAR COURSES")
grid(["Course", "Institute", "Date"], [
    ["Basic STCW (PST, FPFF, EFA, PSSR)", "Malabar Maritime Academy, Kochi", "11.07.2016"],
    ["Advanced Fire Fighting (AFF)", "Malabar Maritime Academy, Kochi", "02.12.2019"],
    ["Medical First Aid (MFA)", "Malabar Maritime Academy, Kochi", "09.12.2019"],
    ["Proficiency in Survival Craft & Rescue Boats (PSCRB)", "Konkan Institute of Maritime Studies, Mumbai", "20.01.2020"],
    ["Ship Security Officer (SSO)", "Konkan Institute of Maritime Studies, Mumbai", "27.01.2020"],
    ["Advanced Oil Tanker Cargo Operations", "Konkan Institute of Maritime Studies, Mumbai", "24.11.2021"],
    ["Advanced Chemical Tanker Cargo Operations", "Konkan Institute of Maritime Studies, Mumbai", "08.12.2021"],
    ["ECDIS (Generic)", "Malabar Maritime Academy, Kochi", "15.03.2023"],
    ["ECDIS Type Specific – JRC JAN-901B", "JRC ECDIS Training Centre, Mumbai", "22.03.2023"],
    ["Bridge Resource Management (BRM)", "Malabar Maritime Academy, Kochi", "29.03.2023"],
], [8.0, 7.0, 2.8])

heading("SEA SERVICE (latest first)")
grid(["No.", "Vessel", "Type", "DWT", "Flag", "Company", "Rank", "Sign On", "Sign Off"], [
    ["1", "MT Coral Nandini", "Product Tanker (MR)", "49,990", "Marshall Islands", "Konkan Shipmanagement Pvt. Ltd.", "2/O", "02.11.2024", "14.05.2025"],
    ["2", "MT Coral Revati", "Product Tanker (MR)", "50,120", "Marshall Islands", "Konkan Shipmanagement Pvt. Ltd.", "2/O", "06.01.2024", "19.07.2024"],
    ["3", "MT Sagar Lavanya", "Chemical Tanker", "19,860", "Singapore", "Arabian Sea Tankers Pte. Ltd.", "3/O", "14.08.2022", "28.03.2023"],
    ["4", "MT Sagar Lavanya", "Chemical Tanker", "19,860", "Singapore", "Arabian Sea Tankers Pte. Ltd.", "3/O", "03.07.2021", "10.02.2022"],
    ["5", "MT Sagar Mrinalini", "Chemical Tanker", "12,540", "Singapore", "Arabian Sea Tankers Pte. Ltd.", "Deck Cadet", "18.02.2018", "26.05.2019"],
], [0.95, 2.5, 2.2, 1.3, 1.7, 3.35, 1.3, 2.0, 2.0], size=7.5)
para(doc, "Total sea service: 43 months (Second Officer 13 months, Third Officer 15 months, Deck Cadet 15 months)",
     italic=True, size=8.5, space_before=3)

heading("EDUCATIONAL QUALIFICATIONS")
grid(["Qualification", "Institution / Board", "Year", "Result"], [
    ["B.Sc. Nautical Science", "Malabar Maritime Academy, Kochi (Indian Maritime University)", "2014 – 2017", "CGPA 7.8 / 10"],
    ["Higher Secondary (XII) – Science", "Pallimukku English Medium HSS, Kochi (Kerala Board)", "2014", "88%"],
    ["SSLC (X)", "Pallimukku English Medium HSS, Kochi (Kerala Board)", "2012", "94%"],
], [4.6, 8.0, 2.4, 2.8])

heading("KEY SKILLS")
for label, items in [
    ("Navigation: ", "passage planning (berth to berth), ECDIS, paper chart corrections, ENC updates"),
    ("Cargo: ", "multi-grade loading and discharge, tank cleaning, COW, inerting, STS operations"),
    ("Inspections: ", "SIRE 2.0, PSC, OCIMF and ISGOTT checklists"),
    ("Maintenance: ", "LSA, FFA, GMDSS equipment, bridge navigation equipment"),
]:
    bullet(doc, items, bold_prefix=label)

heading("LANGUAGES")
para(doc, "English (fluent), Malayalam (mother tongue), Hindi (good)")

heading("DECLARATION")
para(doc, "I hereby declare that the information furnished above is true and correct to the best of my knowledge and belief.")
p = para(doc, space_before=8)
right_tab(p, W)
run(p, "Place: Kochi")
run(p, "\t(VISHNU PRASAD KURUP)", bold=True)
para(doc, "Date: 02.06.2025")

doc.save(out)
