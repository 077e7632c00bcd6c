# Jamaican new-graduate CV: every section heading is a one-cell table shaded teal with white
# bold caps (a "heading bar" made with a table), title line with a right-tab date over an
# employer line, CSEC grades in a small bordered 4-column table, CAPE units on one line,
# referees side by side in a borderless 2-column table.
import sys
from docxlib import *

doc = new_doc(font="Carlito", size=10.5, margins=(1.5, 1.5, 1.9, 1.9))
W = text_width(doc)

para(doc, [("SHANIQUE A. WHYTE", {"bold": True, "size": 20, "color": "0B5563"})], align="center", after=0)
para(doc, "7 Mona Crescent, Kingston 6, Jamaica W.I.  |  (876) 555-0139  |  shanique.whyte@example.com  |  "
     "linkedin.com/in/shaniquewhyte", align="center", after=6)


def bar(title):
    t = table(doc, 1, 1, [W], borders=False)
    c = t.cell(0, 0)
    shade(c, "0B5563")
    first_para(c, [(title, {"bold": True, "color": "FFFFFF", "size": 10.5, "spacing": 1})], before=1, after=1, left=0.1)
    para(doc, "", after=0).paragraph_format.line_spacing = 0.6


def job(title, dates, org, bullets):
    para(doc, [(title, {"bold": True}), "\t" + dates], tabs=[(W, "right")], before=4, after=0)
    para(doc, [(org, {"italic": True})], after=1)
    for b in bullets:
        bullet(doc, b, left=0.6, hang=0.4)


bar("CAREER OBJECTIVE")
para(doc, "To obtain an entry-level Credit Analyst position in a progressive financial institution where I can apply "
     "my training in credit analysis and my experience in SME banking, while continuing to grow professionally.",
     align="justify", after=4)

bar("EDUCATION")
para(doc, [("Blue Mountain University", {"bold": True}), ", Mona, Kingston\tSept 2019 \u2013 July 2023"], tabs=[(W, "right")], after=0)
para(doc, "B.Sc. Banking and Finance \u2014 Upper Second Class Honours (GPA 3.52)", after=0)
para(doc, [("Relevant courses: ", {"italic": True}),
           "Credit Analysis and Lending; Corporate Finance; Financial Econometrics; Caribbean Financial Systems"], after=4)
para(doc, [("Hope Valley High School", {"bold": True}), ", Kingston\t2012 \u2013 2019"], tabs=[(W, "right")], after=0)
para(doc, "CAPE (2018 \u2013 2019): Accounting Units 1 & 2, Economics Units 1 & 2, Management of Business Unit 1, Caribbean Studies",
     after=2)
para(doc, "CSEC (2017): 9 subjects", after=2)
CSEC = [("Mathematics", "I"), ("English A", "I"), ("Principles of Accounts", "I"), ("Principles of Business", "I"),
        ("Economics", "II"), ("Spanish", "II"), ("Information Technology", "I"), ("Biology", "II"), ("Social Studies", "I")]
rows = (len(CSEC) + 1) // 2
t = table(doc, rows + 1, 4, [5.0, 1.6, 5.0, 1.6], size=4, border_color="7A9CA3", indent=0.6)
for i, h in enumerate(["Subject", "Grade", "Subject", "Grade"]):
    first_para(t.cell(0, i), [(h, {"bold": True, "size": 9.5})], align="center" if i % 2 else "left")
for k, (s, g) in enumerate(CSEC):
    r, c0 = 1 + k % rows, 2 * (k // rows)
    first_para(t.cell(r, c0), [(s, {"size": 9.5})])
    first_para(t.cell(r, c0 + 1), [(g, {"size": 9.5})], align="center")
para(doc, "", after=2)

bar("WORK EXPERIENCE")
job("Relationship Officer I, SME Banking", "Feb 2024 \u2013 Present",
    "Blue Mahoe Bank Jamaica Limited, Half Way Tree Branch",
    ["Manage a portfolio of 85 small-business clients (J$1.2 billion in loans and deposits).",
     "Prepare credit memoranda for facilities up to J$40 million, including cash-flow analysis and security valuation.",
     "Achieved 118% of the 2024 deposit mobilisation target."])
job("Graduate Management Trainee", "Sept 2023 \u2013 Jan 2024",
    "Blue Mahoe Bank Jamaica Limited, Head Office, New Kingston",
    ["Rotations in Retail Credit, Collections and SME Banking."])
job("Summer Intern, Credit Risk Department", "June \u2013 Aug 2022",
    "Port Royal Merchant Bank Limited, Kingston",
    ["Spread financial statements for 30 corporate borrowers and updated risk ratings.",
     "Built an Excel tracker for covenant breaches used by the department."])
job("Customer Service Representative (part-time)", "Sept 2020 \u2013 June 2022",
    "Liguanea Mart Supermarket, Kingston", [])

bar("LEADERSHIP & VOLUNTEER WORK")
bullet(doc, "Treasurer, Banking & Finance Students\u2019 Association, Blue Mountain University (2021 \u2013 2022)")
bullet(doc, "Volunteer tutor (Mathematics, CSEC level), Hope Valley Homework Centre (2019 \u2013 2021)")

bar("AWARDS")
bullet(doc, "Dean\u2019s List \u2014 2020/21, 2021/22")
bullet(doc, "Blue Mahoe Bank Foundation Scholarship \u2014 2020")

bar("CERTIFICATIONS")
bullet(doc, "Bloomberg Market Concepts (BMC) \u2014 2022")
bullet(doc, "Anti-Money Laundering & Counter-Financing of Terrorism, Caribbean Institute of Financial Services \u2014 2023")

bar("SKILLS")
para(doc, [("Computer: ", {"bold": True}), "Microsoft Excel (advanced), Power BI, QuickBooks, Bloomberg Terminal (basic)"], after=1)
para(doc, [("Languages: ", {"bold": True}), "English, Spanish (intermediate)"], after=4)

bar("REFEREES")
t = table(doc, 1, 2, [W / 2, W / 2], borders=False)
cell_text(t.cell(0, 0), [[("Mr. Dwight Chambers", {"bold": True})], "Branch Manager, Half Way Tree Branch",
                         "Blue Mahoe Bank Jamaica Limited", "Tel: (876) 555-0161"], after=0)
cell_text(t.cell(0, 1), [[("Dr. Marcia Allen-Grant", {"bold": True})], "Lecturer, Department of Economics",
                         "Blue Mountain University", "Email: marcia.allengrant@example.edu.jm"], after=0)

save(doc, sys.argv[1])
