import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Times New Roman", size=11)
para(doc, "CURRICULUM VITAE", bold=True, size=14, align="center", space_after=8)
para(doc, "RAHUL SURESH DESHMUKH", bold=True, size=13, space_after=0)
para(doc, "Flat No. 7, Shivneri Apartments, Karve Nagar, Pune – 411052", space_after=0)
para(doc, "Mobile: +91 90000 00152", space_after=0)
para(doc, "E-mail: rahul.deshmukh@example.com", space_after=6)

def sec(title):
    p = para(doc, title, bold=True, size=11.5, space_before=8, space_after=3)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
    bdr.append(b); pPr.append(bdr)
    shade_p(p)
    return p

def shade_p(p):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "D9D9D9")
    pPr.append(shd)

sec("CAREER OBJECTIVE")
para(doc, "To obtain the position of Junior Accountant in a reputed organisation where I can use my knowledge of "
          "accounting, taxation and Tally to contribute to the growth of the company and of myself.")

sec("ACADEMIC QUALIFICATION")
rows = [
    ("Examination", "Board / University", "Institute", "Year of Passing", "Percentage / CGPA"),
    ("M.Com (Accountancy)", "Savitri Deccan University", "Modern College of Commerce, Pune", "2023", "71.20%"),
    ("B.Com", "Savitri Deccan University", "Modern College of Commerce, Pune", "2021", "CGPA 8.12"),
    ("H.S.C.", "Maharashtra State Board", "Vidya Bharati Junior College, Pune", "2018", "78.46%"),
    ("S.S.C.", "Maharashtra State Board", "Jnana Prabodhini Vidyalaya, Satara", "2016", "86.80%"),
]
t = doc.add_table(rows=len(rows), cols=5)
borders(t, sz=6, color="000000")
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        first_para(t.rows[i].cells[j], v, bold=(i == 0), size=10)
        if i == 0:
            shade(t.rows[i].cells[j], "EDEDED")
col_widths(t, [3.2, 3.6, 4.6, 2.4, 3.0])

sec("WORK EXPERIENCE")
para(doc, [("Accounts Executive", {"bold": True}), (" – Shreeji Textiles Pvt. Ltd., Bhosari, Pune", {})], space_after=0)
para(doc, "Duration: August 2023 to date", italic=True, space_after=1)
for b in ["Day-to-day accounting entries in Tally Prime (sales, purchase, journal, contra).",
          "Preparation of GSTR-1 and GSTR-3B returns and reconciliation with GSTR-2B.",
          "Bank reconciliation of 3 current accounts every month.",
          "Vendor payments, TDS deduction and quarterly TDS returns with the CA firm."]:
    bullet(doc, b)
para(doc, [("Article Assistant (Trainee)", {"bold": True}), (" – M/s. Kulkarni Joshi & Associates, Chartered Accountants, Pune", {})], space_before=4, space_after=0)
para(doc, "Duration: June 2021 to July 2023", italic=True, space_after=1)
for b in ["Assisted in statutory audit of 6 private limited companies and 2 co-operative credit societies.",
          "Vouching, stock verification and preparation of audit working papers."]:
    bullet(doc, b)

sec("TECHNICAL SKILLS")
for lab, val in [("Accounting Software", "Tally Prime, Tally ERP 9, Busy"),
                 ("Taxation", "GST, TDS, Income Tax (basic)"),
                 ("Computer", "MS Excel, MS Word, MS-CIT")]:
    p = para(doc, [(lab, {"bold": True}), ("\t: " + val, {})], space_after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))

sec("CERTIFICATION")
bullet(doc, "Tally Prime Certified Professional (Level 1), Tally Education Pvt. Ltd. – Certificate No. TEPL/2022/0148, dated 12/03/2022")
bullet(doc, "MS-CIT (Maharashtra State Certificate in Information Technology) – 2017, 82%")

sec("STRENGTHS")
for b in ["Honest and hard working", "Quick learner", "Good with numbers and deadlines"]:
    bullet(doc, b)

sec("EXTRA-CURRICULAR ACTIVITIES")
bullet(doc, "Volunteer, National Service Scheme (NSS), Modern College unit, 2018 – 2020 – blood donation camps and tree plantation drives.")
bullet(doc, "Secured 2nd prize in inter-college Commerce Quiz, 2020.")

sec("PERSONAL DETAILS")
for lab, val in [("Father's Name", "Suresh Ramchandra Deshmukh"), ("Date of Birth", "14/08/2000"),
                 ("Gender", "Male"), ("Marital Status", "Unmarried"), ("Nationality", "Indian"),
                 ("Languages Known", "English, Hindi, Marathi"), ("Hobbies", "Reading, Playing cricket")]:
    p = para(doc, lab + "\t: " + val, space_after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))

sec("DECLARATION")
para(doc, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
para(doc, "Place: Pune", space_before=10, space_after=0)
p = para(doc, "Date:\t(RAHUL S. DESHMUKH)", space_after=0)
right_tab(p, 17.0)
doc.save(out_path("en_rahul_deshmukh.docx"))
