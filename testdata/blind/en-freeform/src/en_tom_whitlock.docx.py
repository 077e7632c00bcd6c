"""en_tom_whitlock: Australian accountant's résumé made in Google Docs style: the whole page is ONE
borderless 2-column table, main content on the LEFT and a narrow sidebar on the RIGHT (contact,
skills, referees with mobiles). Dates typed `06/2018 to 08/2020`."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Sans", size=10, margins=1.5)
t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [12.3, 5.6])
L, R = t.rows[0].cells
shade(R, "EAF2F8")

def lp(text="", bold=False, size=None, color=None, before=0, cell=None, italic=False):
    c = cell or L
    p = c.add_paragraph()
    if text:
        r = run(p, text, bold=bold, size=size, color=color)
        r.italic = italic
    p.paragraph_format.space_before = Pt(before)
    return p

L.paragraphs[0].add_run("Thomas Whitlock").bold = True
L.paragraphs[0].runs[0].font.size = Pt(22)
lp("CPA  |  Senior Financial Accountant", size=12, color="1F618D")
lp("Profile", bold=True, size=12, color="1F618D", before=10)
lp("CPA-qualified accountant with 8 years in property, construction and not-for-profit. I close the month "
   "on day 4, keep auditors happy and like fixing messy reconciliations. Seeking a Financial Controller "
   "role in Brisbane.")
lp("Work History", bold=True, size=12, color="1F618D", before=10)
def job(title, org, dates, items):
    lp(title, bold=True, before=6)
    lp(org + "  •  " + dates, italic=True)
    for i in items:
        lp("• " + i)
job("Senior Financial Accountant", "Coral Coast Developments Pty Ltd, Brisbane QLD", "09/2020 to present",
    ["Month-end close for 14 entities (project SPVs) in Xero and MYOB; consolidations in Excel",
     "Prepared statutory accounts under AASB; clean audit opinions 2021–2023",
     "Built cash-flow forecasting model used for $180m of project finance"])
job("Financial Accountant", "Redgum Civil Contractors, Ipswich QLD", "06/2018 to 08/2020",
    ["WIP and revenue recognition (AASB 15) for 40+ civil contracts",
     "BAS, FBT and payroll tax returns"])
job("Graduate Accountant", "Hartley & Moore Chartered Accountants, Toowoomba QLD", "02/2016 to 05/2018",
    ["Tax returns and bookkeeping for small business and not-for-profit clients"])
lp("Education", bold=True, size=12, color="1F618D", before=10)
lp("Bachelor of Business (Accounting) — Darling Downs University, 2012–2015", before=2)
lp("CPA Program, CPA Australia — completed 2019")

# sidebar (right)
R.paragraphs[0].add_run("Contact").bold = True
for x in ["0491 570 110", "tom.whitlock@example.com.au", "Paddington QLD 4064", "linkedin.com/in/tomwhitlock-cpa"]:
    lp(x, cell=R)
lp("Skills", bold=True, before=10, cell=R)
for x in ["Xero, MYOB AccountRight", "SAP Business One", "Excel (Power Pivot, macros)", "Power BI", "AASB / IFRS reporting", "GST, FBT, payroll tax"]:
    lp("– " + x, cell=R)
lp("Memberships", bold=True, before=10, cell=R)
lp("CPA Australia (member since 2019)", cell=R)
lp("Licences", bold=True, before=10, cell=R)
lp("QLD Open Driver Licence", cell=R)
lp("Referees", bold=True, before=10, cell=R)
lp("Karen Liddell", bold=True, cell=R)
lp("CFO, Coral Coast Developments", cell=R)
lp("0491 570 131", cell=R)
lp("Peter Nguyen", bold=True, before=4, cell=R)
lp("Finance Manager, Redgum Civil", cell=R)
lp("0491 570 147", cell=R)
d.save(sys.argv[1])
