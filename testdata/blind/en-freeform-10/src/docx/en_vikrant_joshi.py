"""Vikrant Joshi - Indian pharma sales CV (Career Graph table, KRAs, Achievements, Declaration)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = new_doc(font="Calibri", size=11, margins_cm=1.8)

# footer with page field "Page X"
ft = d.sections[0].footer.paragraphs[0]
ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = ft.add_run("Vikrant Joshi \u2013 Resume \u2013 Page ")
r.font.size = Pt(8)
fr = ft.add_run()
for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
    if kind:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); fr._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; fr._r.append(e)
fr.font.size = Pt(8)

para(d, "RESUME", bold=True, size=14, align="center", after=6)
p = para(d, "", after=0)
run(p, "VIKRANT JOSHI", bold=True, size=15, color="1F4E79")
p = para(d, "", after=0); run(p, "Mobile: ", bold=True); run(p, "+91 90000 00162 / 90000 00178")
p = para(d, "", after=0); run(p, "E-mail: ", bold=True); run(p, "vikrant.joshi.pharma@example.com")
p = para(d, "", after=4); run(p, "Address: ", bold=True); run(p, "B-17, Shanti Vihar Colony, Indore \u2013 452010 (M.P.)")
border(p, "bottom", sz=12, color="1F4E79", space=4)

def heading(text):
    p = para(d, "", before=8, after=3)
    run(p, text, bold=True, size=11.5, color="1F4E79")
    shade(p, "DEEAF6")

heading("CAREER OBJECTIVE")
para(d, "To be associated with a progressive pharmaceutical organisation as Regional Business Manager, where I can "
        "utilise my field sales and team handling experience for the growth of the organisation as well as myself.")

heading("PROFESSIONAL SNAPSHOT")
for b in ["9+ years of experience in pharmaceutical sales in Cardio-Diabetic and Gastro segments.",
          "Presently handling a team of 6 Medical Representatives across Indore, Dewas and Ujjain HQs.",
          "Strong rapport with KOLs, chemists and stockists in Malwa region."]:
    bullet(d, b, char="\u27a2")

heading("CAREER GRAPH")
t = d.add_table(rows=1, cols=4)
table_borders(t, sz=4, color="1F4E79")
for i, h in enumerate(("Organisation", "Designation", "Headquarter", "Duration")):
    cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "DEEAF6")
for row in [("Aarogya Remedies Pvt. Ltd.", "Area Business Manager", "Indore", "Apr\u20192021 \u2013 Till date"),
            ("Aarogya Remedies Pvt. Ltd.", "Sr. Medical Representative", "Ujjain", "Jun\u20192019 \u2013 Mar\u20192021"),
            ("Medisure Healthcare Ltd.", "Medical Representative", "Dewas", "Aug\u20192015 \u2013 May\u20192019"),
            ("Kalyani Pharma Distributors", "Sales Trainee", "Indore", "Jan\u20192015 \u2013 Jul\u20192015")]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(c[i], v)
col_widths(t, [5.4, 4.6, 2.8, 4.6])

heading("KEY RESULT AREAS (Present Assignment)")
for b in ["Achieving monthly and annual primary/secondary sales targets of the area.",
          "Recruiting, training and field-coaching MRs; joint working 15 days a month.",
          "Planning doctor coverage, CME programmes and camp activities for new launches.",
          "Stockist and chemist management, expiry and credit control."]:
    bullet(d, b, char="\u27a2")

heading("ACHIEVEMENTS")
for b in ["Achieved 118% of annual target in FY 2022-23 (\u20b94.6 Cr secondary sales).",
          "Awarded \u2018Star Performer\u2019 at National Sales Meet, Goa, 2023.",
          "Member of Aarogya Elite Club for FY 2020-21.",
          "Successfully launched Glimora-M in Dewas HQ; ranked No. 2 in the zone in 2017."]:
    bullet(d, b, char="\u27a2")

heading("ACADEMIC QUALIFICATION")
t = d.add_table(rows=1, cols=5)
table_borders(t, sz=4, color="1F4E79")
for i, h in enumerate(("Qualification", "Board / University", "Institute", "Year", "Percentage")):
    cell_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "DEEAF6")
for row in [("B.Pharm", "Malwa Technical University", "Shree Ahilya College of Pharmacy, Indore", "2014", "68.4%"),
            ("H.S.C. (PCB)", "M.P. Board", "Navjyoti Higher Secondary School, Dewas", "2010", "72.2%"),
            ("S.S.C.", "M.P. Board", "Navjyoti Higher Secondary School, Dewas", "2008", "78.5%")]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(c[i], v)
col_widths(t, [3.0, 3.6, 6.0, 1.6, 2.2])
para(d, "Pursuing MBA (Marketing) through distance mode from Narmada Open University (2024 \u2013 2026).", before=4)

heading("COMPUTER PROFICIENCY")
para(d, "MS Office (Excel, PowerPoint), SFA reporting app, Internet & e-mail.")

heading("PERSONAL DETAILS")
t = d.add_table(rows=0, cols=2)
no_borders(t)
for a, b in [("Father\u2019s Name", ": Shri Ramesh Chandra Joshi"), ("Date of Birth", ": 21/07/1992"),
             ("Marital Status", ": Married"), ("Languages Known", ": Hindi, English, Marathi"),
             ("Hobbies", ": Cricket, listening to music, travelling")]:
    c = t.add_row().cells
    cell_text(c[0], a, bold=True); cell_text(c[1], b)
col_widths(t, [4.5, 12.5])

heading("DECLARATION")
para(d, "I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.")
p = para(d, "", before=10, after=0); tab_right(p, 17.4)
run(p, "Place: Indore\t(VIKRANT JOSHI)")
para(d, "Date:", after=0)

save(d, "en_vikrant_joshi.docx")
