"""UK registered veterinary nurse: headings with a trailing em-dash, employer + place on one line and
title · dates on the next, '»' bullets, contacts only at the foot of the page."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new_doc(font="Georgia", size=10, margins=2.0)
TEAL = "1F6F6B"


def head(t):
    p = para(d, t + " \u2014", bold=True, size=11.5, color=TEAL, space_before=10, space_after=3)
    return p


def job(emp, title_dates, summary=None, bullets=()):
    para(d, emp, bold=True, space_before=4, space_after=0)
    para(d, title_dates, italic=True, space_after=2)
    if summary:
        para(d, summary, space_after=2)
    for b in bullets:
        para(d, "\u00bb  " + b, indent=0.6, first=-0.45, space_after=1)


p = para(d, "", space_after=0)
run(p, "Tamsyn Pollard", bold=True, size=22, color=TEAL)
run(p, "  RVN", size=12, color="666666")
para(d, "Registered Veterinary Nurse \u2014 small animal & exotics", italic=True, size=11, space_after=6)

head("About me")
para(d, "Registered veterinary nurse with nine years in first-opinion and referral practice. I run the "
        "theatre list at a busy small-animal hospital, train our student nurses and look after the rabbit "
        "and reptile clinics. Looking for a clinical coach or senior nursing post in the South West.")

head("Registration & post-qualifying")
for t in ["RCVS Register of Veterinary Nurses, no. 6104872 (registered July 2016)",
          "RCVS-approved Clinical Coach, 2020",
          "Certificate in Advanced Veterinary Nursing (CertAVN) \u2014 surgical nursing, 2022"]:
    para(d, "\u00bb  " + t, indent=0.6, first=-0.45, space_after=1)

head("Clinical experience")
job("Riverside Veterinary Hospital, Exeter, Devon",
    "Head Veterinary Nurse \u00b7 Sept. 2019 to date",
    "Theatre lead for three surgical suites; 25\u201330 procedures a day (soft tissue, orthopaedic, dental).",
    ["Set up the anaesthetic monitoring sheet now used across the group; reported anaesthetic incidents "
     "down by a third in 2022.",
     "Clinical coach to 6 student veterinary nurses \u2014 all passed their OSCEs first time.",
     "Run nurse clinics: rabbit health checks, weight management, post-op checks.",
     "Stock control for theatre and pharmacy."])
job("Teign Valley Vets, Newton Abbot, Devon",
    "Veterinary Nurse \u00b7 Jan. 2016 \u2013 Aug. 2019",
    None,
    ["Mixed small-animal and exotics caseload; in-house lab (haematology, biochemistry, cytology).",
     "On the out-of-hours rota, one night in four."])
job("Teign Valley Vets, Newton Abbot, Devon",
    "Student Veterinary Nurse \u00b7 2014\u201316",
    None,
    ["Day-release student while studying at Exe Estuary College."])

head("Education")
p = para(d, "", space_after=0)
run(p, "Exe Estuary College, Exeter", bold=True)
para(d, "Level 3 Diploma in Veterinary Nursing (Small Animal) \u00b7 2014\u20132016 \u00b7 Distinction", space_after=3)
p = para(d, "", space_after=0)
run(p, "Dawlish Community School", bold=True)
para(d, "GCSEs, 2013 \u2014 9 subjects at grades 9\u20135, including English Language (7) and Maths (6)")

head("Clinical skills")
tb = d.add_table(rows=4, cols=2)
no_borders(tb)
rows = [("Anaesthesia", "induction, monitoring, ventilators, CRIs, local blocks"),
        ("Imaging", "digital radiography, dental radiography, ultrasound prep"),
        ("Lab", "haematology, biochemistry, urinalysis, cytology"),
        ("Software", "RoboVet, Vetspace, Microsoft Office")]
for r, (a, b) in zip(tb.rows, rows):
    run(clear_cell(r.cells[0]), a, bold=True)
    run(clear_cell(r.cells[1]), b)
widths(tb, [3.2, 13.8])

head("Other")
para(d, "Full UK driving licence. Member of the BVNA.")
para(d, "Interests: open-water swimming; volunteering at a hedgehog rescue hospital.")

head("Referees")
para(d, "Alan Crocombe BVSc MRCVS, Clinical Director, Riverside Veterinary Hospital \u2014 01632 960 143")
para(d, "Karen Ley RVN, Practice Manager, Teign Valley Vets \u2014 01632 960 418")

p = para(d, "", align="center", space_before=14)
bottom_border(p, TEAL)
para(d, "14 Parr Street, Exeter EX1 2BP  \u00b7  07700 900 284  \u00b7  tamsyn.pollard@example.co.uk",
     size=9, align="center", color="444444", space_before=4)

d.save(sys.argv[1])
