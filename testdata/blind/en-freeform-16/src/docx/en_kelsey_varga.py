"""Dental hygienist, Spokane WA: Title Case headings with a rule, experience as ONE Word table
(Dates | Practice | Role | What I do), contact details only at the BOTTOM of the page, Letter size."""
import sys
from docxlib import *

d = new_doc(font="Cambria", size=10.5, margins=1.9, letter=True)

para(d, "Kelsey Varga, RDH", bold=True, size=22, space_after=0)
para(d, "Registered Dental Hygienist", italic=True, size=12, color="2F5F7F", space_after=8)


def heading(text):
    p = para(d, text, bold=True, size=12.5, color="2F5F7F", space_before=10, space_after=4)
    bottom_rule(p, color="2F5F7F", sz=8)
    return p


heading("Professional Profile")
para(d, "Licensed dental hygienist with six years chairside in general, periodontal and pediatric "
        "practices. Comfortable with anxious patients, full-mouth debridement and local anesthesia; "
        "known for thorough periodontal charting and for keeping the schedule on time.")

heading("Clinical Experience")
rows = [
    ("Jun. 2020 – Present", "Riverpoint Family Dentistry\nSpokane Valley, WA", "Dental Hygienist",
     ["8–9 patients a day, 4 days/week; adult prophy, SRP and perio maintenance",
      "Administer local anesthesia and nitrous oxide under WA endorsement",
      "Set up the practice's soft-tissue laser protocol (2021)"]),
    ("Aug. 2018 – May 2020", "Lilac City Periodontics\nSpokane, WA", "Dental Hygienist",
     ["Periodontal maintenance and post-surgical care for a specialist perio office",
      "Six-point probing, CAL and furcation charting in Dentrix"]),
    ("Sept. 2016 – Jul. 2018", "Northside Smiles Pediatric Dentistry\nSpokane, WA", "Dental Assistant (EFDA)",
     ["Placed sealants and restorations as an Expanded Function Dental Auxiliary",
      "Took bitewings and panoramic images; sterilization lead"]),
]
t = d.add_table(rows=1, cols=4)
borders(t, sz=4, color="9DB3C4")
hdr = ["Dates", "Practice", "Role", "What I do"]
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]
    cell_text(c, h, bold=True, size=9.5)
    shade(c, "DCE6EE")
for dates, prac, role, bullets in rows:
    r = t.add_row().cells
    cell_text(r[0], dates, size=9.5)
    name, place = prac.split("\n")
    cell_text(r[1], name, bold=True, size=9.5)
    cell_text(r[1], place, italic=True, size=9, first=False)
    cell_text(r[2], role, size=9.5)
    first = True
    for b in bullets:
        cell_text(r[3], "▪ " + b, size=9.5, first=first)
        first = False
col_widths(t, [3.2, 4.2, 3.2, 7.2])

heading("Education")
p = para(d, "Cascade Basin Community College", bold=True, space_after=0)
run(p, " — Spokane, WA")
para(d, "Associate in Applied Science, Dental Hygiene, June 2018 · GPA 3.87 · President's List", space_after=0)
para(d, "Clinical rotations: college dental clinic (adult recall), Hillyard Community Clinic (community), "
        "Latah Creek Veterans Clinic (periodontal)", italic=True, size=9.5)
p = para(d, "Palouse Technical Institute", bold=True, space_after=0, space_before=4)
run(p, " — Pullman, WA")
para(d, "Certificate, Expanded Function Dental Auxiliary, 2016")
p = para(d, "Eastern Plateau University", bold=True, space_after=0, space_before=4)
run(p, " (online)")
para(d, "B.S. Dental Hygiene (degree completion) — in progress, expected Dec. 2025")

heading("Licenses & Certifications")
for line in ["Washington State Dental Hygiene License DH.60412297 (exp. 04/2026)",
             "Local Anesthesia and Nitrous Oxide endorsement, 2018",
             "BLS for Healthcare Providers – American Heart Association (current)",
             "Soft Tissue Laser Certification – Academy of Laser Dentistry, 2021"]:
    para(d, "▪ " + line)

heading("Skills")
p = para(d, "Clinical: ", bold=True, space_after=0)
run(p, "scaling and root planing, periodontal charting, ultrasonic instrumentation, sealants, "
       "fluoride varnish, intraoral imaging")
p = para(d, "Software: ", bold=True)
run(p, "Dentrix, Eaglesoft, DEXIS")

para(d, "Member, American Dental Hygienists' Association (ADHA)", italic=True, size=9.5, space_before=6)

p = para(d, "509-555-0142  ·  kelsey.varga@example.com  ·  Spokane, WA 99205", size=9.5,
         align="center", space_before=16, color="555555")
d.save(sys.argv[1])
