"""Connor Fairbairn - Word version (Letter, name/contact table header, red headings)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="Arial", size=10, margins_cm=1.9, page="Letter")
RED = "B22222"

t = d.add_table(rows=1, cols=2)
no_borders(t)
col_widths(t, [9.5, 8.2])
c0, c1 = t.rows[0].cells
cell_text(c0, "Connor Fairbairn", bold=True, size=22)
para(c0, "Objective: Recruit Firefighter (2025 intake)", italic=True, size=10)
cell_text(c1, "(403) 555-0127", align="right")
para(c1, "connor.fairbairn@example.ca", align="right")
para(c1, "Calgary, AB T3E 5P1", align="right")

def heading(text):
    p = para(d, "", before=8, after=3)
    run(p, text, bold=True, color=RED, smallcaps=True, size=12)
    border(p, "bottom", sz=12, color=RED)

heading("Profile")
para(d, "Paid-on-call firefighter and Primary Care Paramedic with 4 years on a rural department and "
        "5 years of ambulance work. Former carpentry apprentice, so I know how buildings go together "
        "(and come apart). Calm under pressure, good with a pump panel, and I show up.")

heading("Certifications")
certs = [
    ("NFPA 1001 Firefighter Level I & II \u2013 Foothills Fire Academy", "Oct 2021"),
    ("NFPA 1072 Hazardous Materials Awareness & Operations \u2013 Foothills Fire Academy", "Oct 2021"),
    ("Primary Care Paramedic (PCP) \u2013 Alberta College of Paramedics, Reg. No. 55-0381", "since 2020"),
    ("CPAT (Candidate Physical Ability Test) \u2013 passed", "14 Sept 2024"),
    ("ICS 100 / 200", "2022"),
    ("Class 3 driver's licence with Q (air brake) endorsement", ""),
]
t = d.add_table(rows=0, cols=2)
no_borders(t)
for a, b in certs:
    r = t.add_row().cells
    cell_text(r[0], "\u25aa " + a)
    cell_text(r[1], b, align="right")
col_widths(t, [14.2, 3.5])

heading("Experience")
jobs = [
    ("Elbow Falls Fire Rescue, Bragg Creek, AB", "Paid-on-Call Firefighter", "Nov 2021 \u2013 Present", None,
     ["Respond to structure fires, wildland-urban interface fires, MVCs and medical calls (approx. 140 calls a year).",
      "Driver/operator in training on Engine 21 (Class 3 + Q).",
      "Help run the Tuesday training nights: ladders, hose advances, extrication."]),
    ("Chinook Medical Transport Ltd., Calgary, AB", "Primary Care Paramedic", "Mar 2020 \u2013 Present",
     "(full-time until 2022, casual since)",
     ["Inter-facility transfers and event standby; 12-hour shifts.",
      "Patient assessment, airway management, IV starts, medication administration within PCP scope."]),
    ("Foothills Framing Ltd., Okotoks, AB", "Apprentice Carpenter (2nd period)", "2015 \u2013 2019", None,
     ["Residential framing crews: walls, roof trusses, stairs.",
      "Lead hand on small crews in my last year."]),
    ("Westhills Leisure Centre, Calgary, AB", "Lifeguard / Swim Instructor", "Summers 2012 \u2013 2014", None, []),
]
for emp, title, dates, note, bullets in jobs:
    p = para(d, "", before=5, after=0)
    run(p, emp, bold=True)
    p = para(d, "", after=1)
    tab_right(p, 17.7)
    run(p, title, italic=True)
    run(p, "\t" + dates)
    if note:
        para(d, note, italic=True, size=9, color="555555")
    for b in bullets:
        bullet(d, b)

heading("Education")
for a, b in [("Primary Care Paramedic Certificate, Prairie Rose College, Calgary", "2019 \u2013 2020"),
             ("Carpentry Apprenticeship, 2nd period technical training, Chinook Trades Institute", "2016 \u2013 2018"),
             ("High School Diploma, Westbrook Collegiate, Calgary", "2015")]:
    p = para(d, "", after=1)
    tab_right(p, 17.7)
    run(p, a + "\t" + b)

heading("Awards & Volunteer")
p = para(d, "", after=1); tab_right(p, 17.7)
run(p, "Paid-on-Call Firefighter of the Year, Elbow Falls Fire Rescue\t2023")
p = para(d, "", after=1); tab_right(p, 17.7)
run(p, "Assistant Coach, U11 hockey \u2013 Glenbrook Minor Hockey Association\t2019 \u2013 present")

heading("Skills")
for lab, items in [("Fireground", "SCBA, ladders, hose handling, auto extrication (hydraulic tools), pump operations"),
                   ("Medical", "patient assessment, airway management, IV therapy"),
                   ("Trades", "framing, building construction, power tools")]:
    p = para(d, "", after=1)
    run(p, lab + ": ", bold=True)
    run(p, items)

heading("Other")
p = para(d, "", after=1); run(p, "Languages: ", bold=True); run(p, "English, French (basic)")
p = para(d, "", after=1); run(p, "Interests: ", bold=True); run(p, "hiking, backcountry skiing, woodworking")
para(d, "References available on request.", italic=True, before=6)

save(d, "en_connor_fairbairn.docx")
