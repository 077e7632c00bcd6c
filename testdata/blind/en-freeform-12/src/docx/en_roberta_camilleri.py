"""Maltese board CV: third-person profile, board-appointment table, dates-first executive career,
contacts only in the last paragraph."""
import sys

from docxlib import (border_bottom, border_top, bullet, cell_margins, cell_text, left_tab, new_doc, para, run,
                     shade, table)

out = sys.argv[1]
doc = new_doc(font="Liberation Serif", size=10.5, margins_cm=(2.0, 2.0, 2.3, 2.3))

para(doc, "BOARD CV", bold=True, size=8.5, color="7F7F7F", space_after=2)
p = para(doc, "", space_after=0)
run(p, "Roberta Camilleri", bold=True, size=22)
run(p, "  FIA CPA", size=12, color="555555")
para(doc, "Independent Non-Executive Director · Audit & Risk Committee Chair", italic=True, size=12, space_after=8)


def heading(text):
    p = para(doc, "", space_before=10, space_after=4)
    run(p, text, bold=True, size=11.5, small_caps=True, color="2E3F5C")
    border_bottom(p, sz=4, color="2E3F5C")


heading("Profile")
para(doc, "Roberta Camilleri is an independent non-executive director with over twenty years' experience in "
          "banking, payments and fund administration in Malta. A chartered accountant by training, she spent seven "
          "years as Chief Risk Officer of a Maltese retail bank before moving to a portfolio board career in 2019.",
     align="justify", space_after=4)
para(doc, "She chairs audit and risk committees and brings particular depth in AML/CFT, ICT and operational "
          "risk (including DORA readiness) and regulatory remediation. She is known for clear minutes, "
          "uncomfortable questions asked politely, and getting management information that boards can actually "
          "use.", align="justify")

heading("Current Board Appointments")
rows = [
    ("Organisation", "Role", "Committees", "Since"),
    ("Valletta Mutual Insurance p.l.c.", "Independent Non-Executive Director",
     "Chair, Audit Committee; member, Risk & Compliance Committee", "2021"),
    ("Xlendi Payments Ltd (EMI, licensed by the MFSA)", "Independent Non-Executive Director",
     "Chair, Risk Committee", "2019"),
    ("Ħal Far Green Energy Fund SICAV p.l.c.", "Non-Executive Director", "Member, Audit Committee", "2022"),
]
t = table(doc, len(rows), 4, [6.3, 3.7, 5.0, 1.4], borders=True)
cell_margins(t, left_cm=0.12, right_cm=0.12, top_cm=0.05, bottom_cm=0.05)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
        if i == 0:
            shade(t.cell(i, j), "DCE3EE")

heading("Executive Career")


def job(dates, title, body, bullets):
    p = para(doc, "", space_before=5, space_after=1)
    left_tab(p, 3.2)
    p.paragraph_format.left_indent = __import__("docx").shared.Cm(3.2)
    p.paragraph_format.first_line_indent = __import__("docx").shared.Cm(-3.2)
    run(p, dates, bold=True)
    run(p, "\t")
    run(p, title, bold=True)
    if body:
        q = para(doc, body, space_after=1)
        q.paragraph_format.left_indent = __import__("docx").shared.Cm(3.2)
    for b in bullets:
        q = bullet(doc, b, glyph="–", indent_cm=3.7, hang_cm=0.4)


job("2012 – 2019", "Chief Risk Officer, Mdina Bank plc",
    "Member of the executive committee of a retail bank with €2.1bn in assets and 19 branches.",
    ["Built the second line of defence from 4 to 17 people and introduced the bank's first risk appetite "
     "framework.",
     "Led the remediation programme after the 2016 regulatory inspection; all findings closed by 2018.",
     "Reported quarterly to the Board Risk Committee and to the ECB/MFSA joint supervisory team."])
job("2006 – 2012", "Head of Compliance & MLRO, Marsa Fund Services Ltd",
    None,
    ["Compliance and anti-money-laundering oversight for 140 collective investment schemes.",
     "Designed the onboarding and risk-scoring process still used by the firm."])
job("2001 – 2006", "Senior Associate, Audit & Assurance, Borg Zammit & Co. (Chartered Accountants)",
    "Audits of credit institutions, insurers and investment firms.", [])

heading("Qualifications")
for b in ["MBA — Mediterranean Institute of Management, 2010",
          "B.Com. (Hons) Accountancy — Melitensis University, 1997 – 2001",
          "Certified Public Accountant, warrant no. 5521 — Accountancy Board, Malta",
          "Fellow, Malta Institute of Accountants (FIA)",
          "Diploma in Company Direction — Institute of Directors (UK), 2020",
          "Certified Anti-Money Laundering Specialist (CAMS) — ACAMS, 2011"]:
    bullet(doc, b, glyph="–")

heading("Other Roles")
for b in ["Treasurer (voluntary), Three Cities Business Association, 2015 – 2020",
          "Mentor, Women on Boards Malta programme, since 2021"]:
    bullet(doc, b, glyph="–")

heading("Languages")
para(doc, "Maltese and English (native); Italian (professional working)")

p = para(doc, "", space_before=16, align="center", size=9)
border_top(p, sz=4, color="7F7F7F", space=4)
run(p, "Roberta Camilleri  ·  Sliema, Malta  ·  +356 2155 0143  ·  roberta.camilleri@example.com.mt  ·  "
       "linkedin.com/in/robertacamilleri  ·  updated March 2025", size=9, color="333333")

doc.save(out)
