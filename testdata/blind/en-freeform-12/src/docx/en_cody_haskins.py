"""US CDL-A tanker driver: ALL-CAPS headings with colons, licence table, dates-first job lines."""
import sys

from docx.shared import Cm

from docxlib import bullet, cell_margins, cell_text, left_tab, new_doc, para, run, table

out = sys.argv[1]
doc = new_doc(font="Liberation Sans", size=10, margins_cm=(1.6, 1.6, 1.9, 1.9))
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)  # US Letter

para(doc, "CODY R. HASKINS", bold=True, size=18, align="center", space_after=0)
para(doc, "Amarillo, TX 79109 | (806) 555-0147 | cody.haskins@example.com", align="center", space_after=8)


def heading(text):
    return para(doc, text, bold=True, size=10.5, space_before=9, space_after=3)


p = heading("OBJECTIVE:")
para(doc, "Local / Regional CDL-A Tanker Driver \u2013 home daily or weekly.")

heading("QUALIFICATIONS SUMMARY:")
for b in ["Class A CDL since 2016, 1.1 million accident-free miles",
          "Hazmat + Tanker (X endorsement) and Doubles/Triples",
          "Clean MVR, no DOT violations, no preventable accidents",
          "TWIC card holder, comfortable at refinery and terminal gates"]:
    bullet(doc, b, glyph="\u2022")

heading("LICENSE & ENDORSEMENTS:")
rows = [("License / Card", "State", "Class / Endorsements", "Expires"),
        ("Commercial Driver License", "TX", "Class A \u2013 H, N, T, X", "08/2028"),
        ("DOT Medical Examiner's Certificate", "\u2013", "2-year card", "03/2026"),
        ("TWIC", "\u2013", "\u2013", "11/2027"),
        ("Hazmat security threat assessment (TSA)", "\u2013", "\u2013", "2028")]
t = table(doc, len(rows), 4, [7.0, 1.6, 5.0, 2.6], borders=True)
cell_margins(t)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)

heading("EXPERIENCE:")


def job(dates, employer, title, bullets):
    p = para(doc, "", space_before=5, space_after=0)
    left_tab(p, 3.6)
    run(p, dates + "\t", bold=False)
    run(p, employer, bold=True)
    q = para(doc, "", space_after=1)
    q.paragraph_format.left_indent = Cm(3.6)
    run(q, title, italic=True)
    for b in bullets:
        bullet(doc, b, glyph="\u2022", indent_cm=4.1, hang_cm=0.4)


job("05/2021-Present", "PANHANDLE FUEL TRANSPORT LLC, Amarillo, TX", "Company Driver \u2013 Tanker (Fuel / Hazmat)",
    ["Deliver gasoline and diesel to 40+ convenience stores and farm accounts across the Texas Panhandle and "
     "eastern New Mexico; 2-3 loads per shift",
     "Top and bottom loading at two terminals, product separation in 4-compartment trailers",
     "Pre/post-trip inspections, ELD logs, bills of lading, spill kit and placarding"])
job("02/2018-04/2021", "LONE MESA FREIGHT INC., Lubbock, TX", "OTR Driver \u2013 Dry Van & Reefer",
    ["48-state OTR, averaged 2,400 miles/week with 98% on-time delivery",
     "Trained 5 new drivers as a driver mentor (2020)"])
job("06/2016-01/2018", "CANYON CO-OP GRAIN, Hereford, TX", "Local Truck Driver (CDL-A), seasonal",
    ["Grain hauling in hopper bottoms from farms to elevators during wheat and corn harvest"])
job("2010-2016", "HASKINS FAMILY FARM, Dimmitt, TX", "Farm Hand",
    ["Equipment operation, irrigation, cattle; drove farm trucks on ag permits"])

heading("TRAINING & EDUCATION:")
para(doc, "CDL-A Training Program (160 hrs) \u2013 Llano Estacado Truck Driving School, Amarillo, TX \u2013 05/2016")
para(doc, "High School Diploma \u2013 Tierra Blanca High School, Hereford, TX \u2013 2010")

heading("EQUIPMENT:")
para(doc, "Peterbilt 389, Kenworth T680, Freightliner Cascadia; MC-306/DOT-406 tankers, pneumatic tanks, hopper "
          "bottoms, 53' dry vans and reefers; 13-speed & 18-speed manual, automatic")
heading("SYSTEMS:")
para(doc, "Omnitracs ELD, PeopleNet, Samsara")

heading("AWARDS:")
for b in ["Driver of the Quarter, Panhandle Fuel Transport \u2013 Q3 2023",
          "Safe Driver Award, Lone Mesa Freight \u2013 2019, 2020"]:
    bullet(doc, b, glyph="-")

heading("REFERENCES:")
para(doc, "Available upon request.")

doc.save(out)
