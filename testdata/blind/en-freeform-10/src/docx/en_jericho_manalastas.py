"""Jericho D. Manalastas - Filipino seafarer CV in the manning-agency form style (tables everywhere)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="Arial", size=9, margins_cm=1.5)
NAVY = "1F3864"

para(d, "JERICHO D. MANALASTAS", bold=True, size=16, align="center", after=0)
para(d, "CURRICULUM VITAE", size=10, align="center", after=4, color="444444")
p = para(d, "", align="center", after=6)
run(p, "POSITION APPLIED FOR:  ", bold=True, size=10)
run(p, "SECOND ENGINEER", bold=True, size=11, color="C00000")
shade(p, "DDEBF7")

def bar(text):
    p = para(d, "", before=8, after=2)
    run(p, text, bold=True, color="FFFFFF", size=9.5)
    shade(p, NAVY)

def grid(rows, widths, header=None, size=8, bold_first=False):
    t = d.add_table(rows=0, cols=len(widths))
    table_borders(t, sz=4, color="7F7F7F")
    if header:
        r = t.add_row().cells
        for i, h in enumerate(header):
            cell_text(r[i], h, bold=True, size=size)
            shade(r[i], "D9D9D9")
    for row in rows:
        r = t.add_row().cells
        if isinstance(row, str):  # a spanning group row
            m = r[0].merge(r[-1])
            cell_text(m, row, bold=True, italic=True, size=size)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            cell_text(r[i], v, size=size, bold=(bold_first and i == 0))
    col_widths(t, widths)
    return t

bar("PERSONAL DATA")
t = d.add_table(rows=6, cols=5)
table_borders(t, sz=4, color="7F7F7F")
cells = [
    ("Surname:", "MANALASTAS", "First Name:", "JERICHO"),
    ("Middle Name:", "DELA CRUZ", "Date of Birth:", "17-Sep-1991"),
    ("Place of Birth:", "Iloilo City", "Civil Status:", "Married"),
    ("Nationality:", "Filipino", "Height / Weight:", "172 cm / 70 kg"),
    ("Mobile No.:", "+63 917 555 0142", "E-mail:", "jdmanalastas@example.com"),
    ("Address:", "Blk 12 Lot 8, Brgy. San Rafael, Mandurriao, Iloilo City 5000", "Nearest Airport:", "Iloilo (ILO)"),
]
for i, (a, b, c, e) in enumerate(cells):
    r = t.rows[i].cells
    cell_text(r[0], a, bold=True, size=8); shade(r[0], "F2F2F2")
    cell_text(r[1], b, size=8)
    cell_text(r[2], c, bold=True, size=8); shade(r[2], "F2F2F2")
    cell_text(r[3], e, size=8)
photo = t.rows[0].cells[4].merge(t.rows[5].cells[4])
cell_text(photo, "2x2 PHOTO", align="center", size=8, color="999999")
col_widths(t, [2.4, 5.0, 2.6, 4.2, 3.8])

bar("TRAVEL DOCUMENTS & LICENSES")
grid([
    ("Passport", "P5550142B", "Feb. 04, 2022", "Feb. 03, 2032", "DFA Iloilo"),
    ("Seaman's Book (SIRB)", "D5550187", "Jan. 11, 2021", "Jan. 10, 2031", "MARINA"),
    ("US C1/D Visa", "\u2014", "Jun. 20, 2022", "Jun. 19, 2027", "US Embassy Manila"),
    ("COC III/2 - Second Engineer Officer", "SE-5550456", "Oct. 22, 2024", "Oct. 21, 2029", "MARINA"),
    ("COC III/1 - Officer in Charge of an Engineering Watch", "EW-5550123", "Aug. 15, 2017", "Aug. 14, 2022", "MARINA"),
], [6.2, 2.6, 2.7, 2.7, 3.8], header=("Document", "Number", "Date Issued", "Valid Until", "Issued by"))

bar("STCW TRAINING CERTIFICATES")
grid([
    ("Basic Training (BT)", "2021-555-0481", "18-Nov-2021", "Visayas Maritime Training Center"),
    ("Advanced Training in Fire Fighting (AFF)", "2021-555-0502", "25-Nov-2021", "Visayas Maritime Training Center"),
    ("Proficiency in Survival Craft and Rescue Boats (PSCRB)", "2021-555-0519", "02-Dec-2021", "Visayas Maritime Training Center"),
    ("Medical First Aid (MEFA)", "2017-555-0133", "10-Jul-2017", "Iloilo Seafarers Training Institute"),
    ("Ship Security Awareness Training (SSAT)", "2017-555-0140", "12-Jul-2017", "Iloilo Seafarers Training Institute"),
    ("Engine Room Resource Management (ERRM)", "2022-555-0077", "20-Nov-2022", "Manila Marine Simulation Centre"),
    ("MAN B&W ME-C Engine Operation", "HTC-555-2209", "05-Dec-2022", "Halvorsen Training Centre Manila"),
    ("High Voltage - Management Level", "2024-555-0311", "14-Sep-2024", "Manila Marine Simulation Centre"),
], [7.2, 2.8, 2.4, 5.6], header=("Course", "Cert. No.", "Date Issued", "Training Center"))

bar("SEA SERVICE")
grid([
    "Through: BAYSIDE CREW MANAGEMENT INC. (Manila)",
    ("MV CERULEAN TIDE", "Liberia", "Bulk Carrier", "43,012", "MAN B&W 6S60ME-C8 / 11,060 kW", "3/E", "Halvorsen Bulk Shipping AS", "09-Jan-2024", "30-Jul-2024"),
    ("MV CERULEAN WAVE", "Liberia", "Bulk Carrier", "43,012", "MAN B&W 6S60ME-C8 / 11,060 kW", "3/E", "Halvorsen Bulk Shipping AS", "02-Feb-2023", "15-Oct-2023"),
    "Through: PACIFIC ANCHOR MARITIME SERVICES, INC. (Iloilo)",
    ("MV ANDAMAN PEARL", "Panama", "Container 2,500 TEU", "28,372", "Wartsila 7RT-flex50 / 12,000 kW", "3/E", "Kaiyo Line Management Pte. Ltd.", "20-Apr-2021", "28-Feb-2022"),
    ("MV ANDAMAN PEARL", "Panama", "Container 2,500 TEU", "28,372", "Wartsila 7RT-flex50 / 12,000 kW", "4/E", "Kaiyo Line Management Pte. Ltd.", "03-Jun-2019", "12-Jun-2020"),
    ("MV ANDAMAN PEARL", "Panama", "Container 2,500 TEU", "28,372", "Wartsila 7RT-flex50 / 12,000 kW", "4/E", "Kaiyo Line Management Pte. Ltd.", "15-Mar-2018", "02-Dec-2018"),
    ("MT SULU SPIRIT", "Philippines", "Product Tanker", "11,250", "Hanshin 6LH46 / 4,400 kW", "Oiler", "Visayan Coastal Tankers Corp.", "05-Jan-2016", "20-Dec-2016"),
    ("MV KAIYO BREEZE", "Panama", "Container 1,700 TEU", "17,980", "MAN B&W 7S50MC-C / 10,010 kW", "Engine Cadet", "Kaiyo Line Management Pte. Ltd.", "14-May-2014", "20-May-2015"),
], [2.2, 1.65, 1.7, 1.35, 2.55, 1.4, 2.55, 1.95, 1.95],
   header=("Vessel", "Flag", "Type", "GRT", "Main Engine / kW", "Rank", "Company / Principal", "Sign On", "Sign Off"),
   size=6.5, bold_first=True)
para(d, "Total sea service: 6 yrs 1 mo (as 3/E: 2 yrs 3 mos)", italic=True, size=8, before=2)

bar("EDUCATIONAL ATTAINMENT")
grid([
    ("Tertiary", "St. Nicolas Maritime Academy, Iloilo City", "BS Marine Engineering", "2010 - 2015"),
    ("Secondary", "Iloilo Bayfront High School", "", "2006 - 2010"),
], [2.4, 7.4, 5.0, 3.2], header=("Level", "School", "Course", "Inclusive Years"))

bar("MACHINERY EXPERIENCE")
for lab, v in [("Main Engine", "MAN B&W 6S60ME-C8, Wartsila 7RT-flex50, Hanshin 6LH46"),
               ("Aux. Engine", "Yanmar 6EY18ALW, Daihatsu 6DE-18"),
               ("Purifier", "Alfa Laval S-series, Mitsubishi SJ-H"),
               ("Boiler", "Aalborg OS-TCi, Miura VWK")]:
    p = para(d, "", after=0)
    tab_left(p, 3.0)
    run(p, lab + ":", bold=True)
    run(p, "\t" + v)

bar("NEXT OF KIN")
para(d, "MANALASTAS, KRISTINE A.  (Wife)  -  same address  -  +63 918 555 0177", after=0)

para(d, "I hereby certify that all information given above is true and correct.", italic=True, before=12)
para(d, "", before=14)
para(d, "______________________________", align="right", after=0)
para(d, "JERICHO D. MANALASTAS", bold=True, align="right", after=0)
para(d, "Date: 05 March 2025", align="right", size=8)

save(d, "en_jericho_manalastas.docx")
