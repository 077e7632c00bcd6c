"""Indian biodata-style CV of a CNC VMC operator, Hosur (A4, Times New Roman).
Label : value rows in borderless tables, an education grid, Personal Details and a Declaration."""
import sys
from common import *  # noqa: F401,F403

out = sys.argv[1]
doc = new_doc("Times New Roman", 10.5, letter=False, margins=0.7)


def heading(text):
    p = para(doc, text, bold=True, size=11.5, before=9, after=3)
    shade_par(p)
    return p


def shade_par(p):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9E2F3")
    ppr.append(shd)


def kv_table(rows, widths=(2.1, 0.25, 4.45), bold_values=False):
    t = doc.add_table(rows=len(rows), cols=3)
    no_borders(t)
    for r, (k, v) in enumerate(rows):
        cell_text(t.cell(r, 0), k, size=10.5)
        cell_text(t.cell(r, 1), ":", size=10.5)
        cell_text(t.cell(r, 2), v, size=10.5, bold=bold_values and r == 0)
    col_widths(t, widths)
    return t


p = para(doc, "BIODATA", bold=True, size=16, align="center", after=8)
p.runs[0].underline = True

kv_table([
    ("Name", "S. MANIKANDAN"),
    ("Post Applied For", "CNC VMC Operator / Setter"),
    ("Mobile", "+91 90000 61428"),
    ("E-mail", "manikandan.cnc98@example.in"),
    ("Address for Communication", "No. 7, 2nd Cross, Mathigiri Road, Hosur – 635110, Krishnagiri Dt., Tamil Nadu."),
], bold_values=True)

heading("CAREER OBJECTIVE")
para(doc, "To work in a reputed manufacturing organisation as a CNC VMC Setter where I can use my skills in machining, "
          "setting and quality inspection, and grow along with the company.")

heading("EDUCATIONAL QUALIFICATION")
rows = [
    ("S.No", "Qualification", "Institution", "Board / University", "Year of Passing", "Percentage"),
    ("1", "ITI – Fitter", "Sri Murugan Private Industrial Training Institute, Krishnagiri", "NCVT", "2017", "84%"),
    ("2", "HSC", "Sri Vinayaga Matriculation Higher Secondary School, Kaveripattinam", "State Board", "2015", "68%"),
    ("3", "SSLC", "Sri Vinayaga Matriculation Higher Secondary School, Kaveripattinam", "State Board", "2013", "78%"),
]
t = doc.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, txt in enumerate(row):
        cell_text(t.cell(r, c), txt, bold=(r == 0), size=10, align="center" if c in (0, 4, 5) else None)
col_widths(t, [0.5, 1.05, 2.75, 1.05, 0.8, 0.85])

heading("TECHNICAL QUALIFICATION")
for tq in [
    "National Trade Certificate (NTC) in Fitter – NCVT, 2017",
    "National Apprenticeship Certificate (NAC) in Fitter – NCVT, 2018",
    "Certificate Course in CNC Programming (Fanuc), 3 months – Kaveri CAD/CAM Centre, Hosur, 2019",
]:
    bullet(doc, tq)

heading("WORK EXPERIENCE  (Total: 7 years)")
jobs = [
    ("Shree Valli Precision Components Pvt. Ltd., SIPCOT Phase II, Hosur", "CNC VMC Operator cum Setter",
     "05.08.2021 to till date",
     "Two-wheeler brake calipers and gearbox housings (aluminium die-cast)",
     [
         "Setting of fixtures, tool offsets and work offsets (G54–G59) on 3-axis VMCs for new batches.",
         "Editing of Fanuc part programs at the machine for feed, speed and depth-of-cut changes.",
         "First-piece inspection and in-process checking as per control plan; recording in SPC sheets.",
         "Tool life monitoring and insert changes; reduced setting time for caliper fixture from 90 to 45 minutes.",
         "Following 5S, TPM daily check sheets and safety rules in the shop floor.",
     ]),
    ("Annamalai Auto Parts Pvt. Ltd., Bagalur Road, Hosur", "CNC Turning Operator", "02.07.2018 to 31.07.2021",
     "Shafts, bushes and flanges for commercial vehicles", [
         "Operating 2-axis CNC turning centres (Fanuc 0i-TF) in two shifts; loading and unloading of components.",
         "Checking of dimensions with micrometer, bore gauge and thread gauges; maintaining inspection reports.",
     ]),
    ("Ragam Gears Ltd., Hosur", "Apprentice Trainee (Fitter)", "01.08.2017 to 31.07.2018", None, [
         "Assisted in assembly and fitting of gearboxes; learned conventional lathe, milling and drilling.",
     ]),
]
for i, (company, desig, period, products, resp) in enumerate(jobs, 1):
    p = para(doc, f"{i})", bold=True, before=5, after=0)
    rows = [("Company", company), ("Designation", desig), ("Period", period)]
    if products:
        rows.append(("Products", products))
    kv_table(rows, widths=(1.3, 0.25, 5.25))
    para(doc, "Roles & Responsibilities:", bold=True, italic=True, before=2, after=1)
    for b in resp:
        bullet(doc, b)

heading("MACHINES HANDLED")
for lab, val in [
    ("VMC : ", "Haas VF-2, LMW JV 55, BFW Arjun"),
    ("CNC Turning : ", "Ace Micromatic Jobber XL, LMW Smarturn"),
    ("Controls : ", "Fanuc 0i-MF, Fanuc 0i-TF, Haas NGC"),
]:
    p = bullet(doc, "")
    run(p, lab, bold=True)
    run(p, val)

heading("MEASURING INSTRUMENTS KNOWN")
para(doc, "Vernier caliper, outside micrometer, bore gauge, height gauge, thread plug and ring gauges, "
          "dial indicator, CMM (basic).")

heading("STRENGTHS")
for s in ["Hard working and punctual", "Willing to work in shifts", "Quick learner of new machines"]:
    bullet(doc, s)

heading("PERSONAL DETAILS")
kv_table([
    ("Father's Name", "K. Selvaraj"),
    ("Date of Birth", "14.03.1998"),
    ("Gender", "Male"),
    ("Marital Status", "Single"),
    ("Nationality", "Indian"),
    ("Religion", "Hindu"),
    ("Languages Known", "Tamil, English, Kannada, Hindi (speak only)"),
    ("Permanent Address", "No. 3/112, Pillaiyar Koil Street, Kaveripattinam – 635112, Krishnagiri District."),
])

heading("DECLARATION")
para(doc, "I hereby declare that the above information furnished by me is true to the best of my knowledge and belief.",
     after=14)
t = doc.add_table(rows=2, cols=2)
no_borders(t)
cell_text(t.cell(0, 0), "Place : Hosur")
cell_text(t.cell(1, 0), "Date  :")
cell_text(t.cell(1, 1), "(S. MANIKANDAN)", align="right", bold=True)
col_widths(t, [3.2, 3.3])

doc.save(out)
