import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Cambria", size=10.5, margins_cm=2.0)
doc.add_heading("Fatuma Achieng Odhiambo, CPA (K)", level=0)
para(doc, "Senior Accountant  |  Financial Reporting & Tax  |  Mombasa, Kenya", size=11, color="444444", space_after=0)
para(doc, "+254 733 555 018  ·  fatuma.odhiambo@example.com  ·  P.O. Box 80100-5550, Mombasa", size=9.5, space_after=6)

doc.add_heading("Professional Summary", level=1)
para(doc, "Certified Public Accountant with ten years in shipping, logistics and audit. I close the books on time, "
          "keep KRA and the auditors happy, and build month-end processes that survive staff turnover.")

def entry(left_top, right_top, left_2, right_2, body_lines, body_head=None):
    t = doc.add_table(rows=3, cols=2)
    borders(t, sz=4, color="BFBFBF")
    first_para(t.cell(0, 0), left_top, bold=True, size=11)
    first_para(t.cell(0, 1), right_top, align="right", size=10)
    first_para(t.cell(1, 0), left_2, italic=True)
    first_para(t.cell(1, 1), right_2, align="right", italic=True, size=9.5)
    m = t.cell(2, 0).merge(t.cell(2, 1))
    if body_head:
        first_para(m, body_head)
        for b in body_lines:
            bullet(m, b)
    else:
        first_para(m, "• " + body_lines[0])
        for b in body_lines[1:]:
            para(m, "• " + b)
    shade(t.cell(0, 0), "F2F2F2"); shade(t.cell(0, 1), "F2F2F2")
    col_widths(t, [11.5, 5.5])
    para(doc, "", space_after=2)

doc.add_heading("Work Experience", level=1)
entry("Pwani Container Terminals Ltd", "Apr 2020 – to date", "Finance Manager (promoted Jan 2023)", "Mombasa",
      ["Lead a team of 6; monthly close cut from 12 to 6 working days.",
       "Own IFRS 16 lease accounting for 3 yards and 40 reach stackers.",
       "Prepared the group's first IFRS 17-style insurance disclosures for the captive insurer.",
       "Manage VAT, PAYE and corporate tax filings on iTax; zero penalties since 2021."],
      body_head="Senior Accountant (Apr 2020 – Dec 2022), then Finance Manager:")
entry("Bahari Freight Forwarders", "Mar 2016 – Mar 2020", "Accountant", "Mombasa",
      ["Accounts payable and receivable for 1,800 customer accounts in Sage 300.",
       "Monthly bank reconciliations in KES, USD and EUR.",
       "Introduced a customs-duty prepayment schedule that recovered KES 14 m of unclaimed refunds."])
entry("Msafiri & Wekesa Certified Public Accountants", "Sep 2013 – Feb 2016", "Audit Associate", "Nairobi",
      ["External audits of 20+ SMEs, NGOs and two SACCOs under ISA."])

doc.add_heading("Education", level=1)
t = doc.add_table(rows=3, cols=3)
borders(t, sz=4, color="BFBFBF")
hdr = ["Qualification", "Institution", "Year / Result"]
rows = [("Bachelor of Commerce (Accounting Option)", "Coast Highlands University, Mombasa", "2009 – 2013, Second Class Honours (Upper Division)"),
        ("Kenya Certificate of Secondary Education (KCSE)", "Tudor Hill Girls' Secondary School", "2008, Mean Grade A-")]
for j, h in enumerate(hdr):
    first_para(t.cell(0, j), h, bold=True); shade(t.cell(0, j), "D9E2F3")
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        first_para(t.cell(i + 1, j), v)
col_widths(t, [6.0, 6.0, 5.0])

doc.add_heading("Professional Qualifications", level=1)
t = doc.add_table(rows=4, cols=2)
borders(t, sz=4, color="BFBFBF")
quals = [("Certified Public Accountant of Kenya – CPA (K), KASNEB; ICPAK member no. 21457", "2015"),
         ("Certified Information Systems Auditor (CISA), ISACA, certification no. 221180", "issued 14 June 2019"),
         ("IFRS 16 Leases – e-learning certificate, ICAEW", "2019"),
         ("Practising Certificate – ICPAK", "renewed annually, current to 31 Dec 2024")]
for i, (a, b) in enumerate(quals):
    first_para(t.cell(i, 0), a); first_para(t.cell(i, 1), b, align="right")
col_widths(t, [12.0, 5.0])

doc.add_heading("Skills", level=1)
t = doc.add_table(rows=2, cols=2)
no_borders(t)
first_para(t.cell(0, 0), "Systems", bold=True); first_para(t.cell(0, 1), "SAP S/4HANA (FI/CO), Sage 300, QuickBooks, iTax, Excel (Power Query)")
first_para(t.cell(1, 0), "Technical", bold=True); first_para(t.cell(1, 1), "IFRS, IFRS 16, tax compliance, audit liaison, budgeting and forecasting")
col_widths(t, [3.0, 14.0])

doc.add_heading("Languages", level=1)
para(doc, "English – C2 (fluent) · Kiswahili – native · Dholuo – native · French – A2")

doc.add_heading("Volunteering", level=1)
para(doc, "Honorary Treasurer, Mombasa Old Town Heritage Trust, 2018 – 2022: prepared annual accounts and donor reports.")

doc.add_heading("Referees", level=1)
t = doc.add_table(rows=1, cols=2)
no_borders(t)
first_para(t.cell(0, 0), "CPA Joseph Mwangi\nChief Finance Officer, Pwani Container Terminals Ltd\n+254 722 555 104")
first_para(t.cell(0, 1), "Ms Halima Said\nAudit Partner, Msafiri & Wekesa CPAs\nhalima.said@example.com")
doc.save(out_path("en_fatuma_odhiambo.docx"))
