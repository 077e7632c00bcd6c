"""Gun shearer and shearing contractor, Gore (NZ): Word CV whose work history is one table of seasons,
oldest first, with the role and what was done in the last cell (A4, Calibri)."""
import sys
from common import *  # noqa: F401,F403

out = sys.argv[1]
doc = new_doc("Calibri", 10.5, letter=False, margins=0.75)
GREEN = "2E5E3A"


def heading(text):
    p = para(doc, text, bold=True, size=12, color=GREEN, before=10, after=3)
    bottom_border(p, GREEN, 6)
    return p


para(doc, "Nikau Paewai", bold=True, size=22, color=GREEN, after=0)
para(doc, "Gun Shearer & Shearing Contractor", size=12.5, after=2)
para(doc, "Gore, Southland  ·  027 555 0153  ·  nikau.paewai@example.co.nz", size=10, after=4)

heading("About")
para(doc, "Shearing since I was sixteen, first as a rousie in my uncle's gang and now running my own run of two gangs "
          "out of Gore. Three UK seasons and a good competition record. I look after the farmers' wool and my "
          "crew's backs in equal measure, and I'm after steady contract work with stations in Southland and West Otago.")

heading("Shearing History (oldest first)")
rows = [
    ("When", "Who for", "Where", "Role / what I did"),
    ("2008 – 2010", "Tuatapere Wool Harvesting", "Western Southland",
     ["Rousie, then learner shearer", "Pressing, fleece-o and sweeping, then learner stands on second-shear ewes."]),
    ("2010 – 2015", "Hokonui Shearing Ltd", "Southland and West Otago",
     ["Shearer", "Crossbred ewes and lambs on 20+ stations; averaged 330 ewes a day by 2014."]),
    ("Summers 2013, 2014", "Treharne Contracting", "Devon and Cornwall, England",
     ["Shearer (UK season)", "Two-stand travelling run on small farms, about 14,000 sheep a season."]),
    ("2015 – 2019", "Hokonui Shearing Ltd", "Southland",
     ["Gun shearer / gang leader", "Led a gang of 10; kept the run book, tallies and shed safety checks."]),
    ("2019 – present", "Paewai Shearing (own business)", "Eastern Southland",
     ["Owner and shearing contractor", "Two gangs, up to 12 shearers and shedhands in peak season; about 180,000 "
      "sheep a year for 60 clients; wool classed and pressed to NZ wool-harvesting standards."]),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        cell = t.cell(r, c)
        if r == 0:
            cell_text(cell, val, bold=True, size=10, color="FFFFFF")
            shade(cell, GREEN)
        elif isinstance(val, list):
            cell_text(cell, val[0], bold=True, size=10)
            cell_text(cell, val[1], size=9.5)
        else:
            cell_text(cell, val, size=10)
col_widths(t, [1.15, 1.5, 1.35, 2.75])

heading("Tallies & Competitions")
for b in [
    "Personal best: 602 lambs in a nine-hour day, Mataura (January 2021)",
    "Golden Shears, Masterton – Senior final, 5th (2012)",
    "Otago Shears, Balclutha – Open heat winner (2017)",
]:
    bullet(doc, b)

heading("Qualifications & Tickets")
for b in [
    "New Zealand Certificate in Wool Harvesting (Shearing) (Level 3) – Primary ITO, 2011",
    "First Aid (Comprehensive) – St John, 2024",
    "ATV / Quad Bike Safety course, 2022",
    "Driver licence: Class 1 and Class 2 full, F endorsement",
]:
    bullet(doc, b)

heading("Education")
para(doc, "Mataura Valley College – NCEA Level 1, 2007")

heading("Skills")
para(doc, "Shearing crossbred, merino and halfbred sheep; crutching and dagging; handpiece and comb set-up; running a "
          "wool shed to the code of practice; booking runs and managing payroll with Xero; training learners.")

heading("Other")
para(doc, "Member, New Zealand Shearing Contractors' Association.  Languages: English, te reo Māori (conversational).")

heading("Referees")
para(doc, "Graeme Lindsay, Waikaka Station – 03 555 0171", after=0)
para(doc, "Aroha Tipene, Gang Manager, Hokonui Shearing Ltd – 027 555 0108", after=0)

doc.save(out)
