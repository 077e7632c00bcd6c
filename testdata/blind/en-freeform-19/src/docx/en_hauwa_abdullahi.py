"""Nigerian microfinance credit officer, Kaduna: centred caps name, PERSONAL DATA block, entries that open
with the town in capitals before the employer, title and dates on the next line, referees with phones."""
import sys
from _common import *

doc = new_doc(font="Times New Roman", size=11, margins=(2.2, 2.2, 1.8, 1.8))
W = text_width(doc)

para(doc, "CURRICULUM VITAE", bold=True, size=12, align="center", after=2)
para(doc, "HAUWA BELLO ABDULLAHI", bold=True, size=16, align="center", after=0)
para(doc, "No. 7 Gwari Avenue, Barnawa, Kaduna, Kaduna State", align="center", size=10.5, after=0)
para(doc, "0803 555 0158, 0809 555 0163", align="center", size=10.5, after=0)
para(doc, "hauwa.abdullahi@example.com.ng", align="center", size=10.5, after=8)


def heading(t):
    p = para(doc, t, bold=True, size=11.5, before=8, after=3)
    run(p, "")
    bottom_border(p, color="000000", sz=8)


heading("CAREER OBJECTIVE")
para(doc, "To secure the position of Branch Credit Supervisor in a reputable microfinance bank, where I can use my "
          "eight years of group and individual lending experience to grow a healthy loan portfolio and support "
          "small businesses and farmers in Northern Nigeria.", after=2)

heading("PERSONAL DATA")
rows = [("Date of Birth", "21st March, 1990"), ("Sex", "Female"), ("Marital Status", "Married"),
        ("State of Origin", "Kaduna"), ("L.G.A.", "Zaria"), ("Nationality", "Nigerian")]
t = table(doc, len(rows), 2, widths=[Cm(4.5), Cm(10)])
for i, (k, v) in enumerate(rows):
    cell_text(t.rows[i].cells[0], k + ":", bold=True)
    cell_text(t.rows[i].cells[1], v)

heading("WORKING EXPERIENCE")


def job(town, org, title, dates, bullets):
    p = para(doc, "", before=5, after=0)
    run(p, town + "  —  ", bold=True)
    run(p, org, bold=True)
    p = para(doc, "", after=1)
    run(p, title, italic=True)
    run(p, "  (" + dates + ")")
    for b in bullets:
        bullet(doc, b)


job("KADUNA", "Zazzau Microfinance Bank Ltd., Head Office", "Senior Credit Officer", "March 2020 – Date", [
    "Manage a portfolio of 1,150 active borrowers (₦214 million outstanding) across four market clusters.",
    "Appraise individual SME loans up to ₦5 million: cash-flow analysis, business visits and guarantor checks.",
    "Supervise five credit officers; review loan files before they go to the credit committee.",
    "Kept portfolio at risk (PAR 30) below 3.5% through weekly recovery meetings and early follow-up.",
])
job("ZARIA", "Zazzau Microfinance Bank Ltd., Sabon Gari Branch", "Credit Officer", "January 2017 – February 2020", [
    "Formed and trained 48 women's solidarity groups for group loans; weekly collection meetings.",
    "Introduced an input-loan product for maize and soybean farmers with a seed company partner.",
])
job("ZARIA", "Kwarbai Cooperative Thrift & Credit Society", "Loan Recovery Assistant", "2015 – 2016", [
    "Followed up overdue members, updated ledgers and prepared the monthly recovery report.",
])
job("LOKOJA", "Kogi State Ministry of Agriculture (NYSC Primary Assignment)", "Corps Member, Agricultural Credit Unit",
    "2014 – 2015", [
    "Assisted with registration of farmers for the state input-credit scheme and data entry.",
])

heading("EDUCATIONAL QUALIFICATIONS")
rows = [
    ("Northern Savannah University, Zaria", "B.Sc. Banking and Finance (Second Class Upper Division)", "2009 – 2013"),
    ("Barau Dikko Model Girls' College, Kaduna", "Senior School Certificate Examination (WAEC)", "2002 – 2008"),
    ("LEA Primary School, Barnawa", "First School Leaving Certificate", "1996 – 2002"),
]
t = table(doc, len(rows), 3, widths=[Cm(6.2), Cm(6.8), Cm(3.6)])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, size=10.5)

heading("PROFESSIONAL CERTIFICATION")
for b in [
    "Microfinance Certification Programme (MCP) – Chartered Institute of Bankers of Nigeria (CIBN), 2018",
    "Credit Risk Management for MFBs – Lagos Business Clinic (5-day workshop), 2021",
    "NYSC Certificate of National Service, 2015",
]:
    bullet(doc, b)

heading("COMPUTER SKILLS")
para(doc, "Microsoft Excel, Word and PowerPoint; Temenos T24 (loan origination); BankOne core banking; KoboCollect.", after=2)

heading("LANGUAGES")
para(doc, "Hausa (native), English (fluent), Arabic (reading).", after=2)

heading("HOBBIES")
para(doc, "Reading, cooking and mentoring secondary school girls.", after=2)

heading("REFEREES")
refs = [
    ["Alhaji Musa Garba Danjuma", "Branch Manager, Zazzau Microfinance Bank Ltd., Zaria", "0803 555 0104"],
    ["Dr. (Mrs.) Rakiya Idris", "Senior Lecturer, Dept. of Banking and Finance, Northern Savannah University", "0806 555 0121"],
    ["Mr. Samuel Yakubu", "Secretary, Kwarbai Cooperative Thrift & Credit Society, Zaria", "0705 555 0139"],
]
for k, r in enumerate(refs, 1):
    p = para(doc, "", after=0, before=3)
    run(p, "%d.  %s" % (k, r[0]), bold=True)
    para(doc, r[1], after=0)
    para(doc, r[2], after=0)

core_props(doc, "CV Hauwa Bello Abdullahi", "Hauwa")
doc.save(sys.argv[1])
