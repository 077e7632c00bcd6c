"""Functional résumé of a medical receptionist returning after a career break (Cardiff):
skills grouped by competence FIRST (bullets not tied to any job), then a brief employment history
where each job is ONE sentence with the years first. Headings in Title Case with a trailing colon."""
import sys
from docxlib import *

d = new_doc(font="Arial", size=10, margins=2.2)
para(d, "Odette Marchmont", bold=True, size=20, align="center", space_after=0)
para(d, "7 Heol Pentre, Whitchurch, Cardiff CF14 2PN  |  029 2018 0734  |  07700 900582", size=9,
     align="center", space_after=0)
para(d, "odette.marchmont@example.co.uk", size=9, align="center", space_after=10)

p = para(d, "Position sought: ", bold=True, space_after=6)
run(p, "Practice Administrator (part-time, GP surgery)")


def heading(text):
    p = para(d, text, bold=True, size=11.5, space_before=10, space_after=3)
    bottom_rule(p, color="777777", sz=4)


heading("Personal Statement:")
para(d, "Organised, calm front-of-house professional with thirteen years in NHS general practice, "
        "ready to return to work after five years caring for a family member. I know EMIS Web inside "
        "out, I like a tidy rota and I have never lost my temper on the phones.")

heading("Key Competencies:")
groups = [
    ("Patient Access & Reception", [
        "Ran a 6-person reception team across two surgery sites (14,000 registered patients)",
        "Introduced a same-day triage call-back list that cut Monday-morning queue calls by about 40%",
        "Handled complaints at first stage and wrote replies for the Practice Manager to sign",
    ]),
    ("Administration & Systems", [
        "EMIS Web: registrations, appointment templates, repeat prescription requests, searches",
        "Docman document workflow; coding incoming letters to the GP in-tray",
        "Maintained the staff rota and holiday planner in Excel for 11 staff",
    ]),
    ("Finance", [
        "Sales ledger and credit control at a builders' merchant (Sage Line 50)",
        "Treasurer of a primary school PTA: annual accounts, Gift Aid claims, float for events",
    ]),
]
for name, bullets in groups:
    para(d, name, bold=True, italic=True, space_before=4, space_after=1)
    for b in bullets:
        p = para(d, "»  " + b, space_after=1)
        p.paragraph_format.left_indent = Cm(0.6)

heading("Employment History:")
jobs = [
    "2019 to present – Career break to care for a family member (and PTA Treasurer, Ysgol Gynradd "
    "Pen-y-Groes, 2021 to 2024).",
    "2014 to 2019 – Reception Team Leader, Pencoed Lane Surgery, Cardiff.",
    "2010 to 2014 – Medical Receptionist, Pencoed Lane Surgery, Cardiff.",
    "2006 to 2010 – Sales Ledger Clerk, Brackla Builders' Merchants, Bridgend.",
]
for j in jobs:
    para(d, j, space_after=3)

heading("Education & Qualifications:")
para(d, "BTEC National Diploma in Business — Ogmore Vale College, 2004 – 2006", space_after=1)
para(d, "AMSPAR Level 3 Diploma in Medical Administration (2012)", space_after=1)
para(d, "ECDL (2007)", space_after=1)
para(d, "Safeguarding Adults & Children Level 2 — refreshed online, 2024", space_after=1)

heading("Other:")
para(d, "Welsh: conversational (Level 2 Cymraeg Gwaith course, 2023). Full driving licence.")
para(d, "References are available on request.", italic=True, space_before=6)
d.save(sys.argv[1])
