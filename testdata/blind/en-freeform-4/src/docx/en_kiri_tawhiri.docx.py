import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Arial", size=10)
para(doc, "KIRI TAWHIRI", bold=True, size=20, space_after=0)
para(doc, "Logistics & Operations Coordinator", size=12, color="1F4E79", space_after=2)
para(doc, "Papatoetoe, Auckland  |  021 555 0148  |  kiri.tawhiri@example.com  |  Full NZ Class 1 licence", size=9, space_after=8)

doc.add_heading("Profile", level=1)
para(doc, "Former hospitality supervisor moving into freight and logistics. Twelve years of running busy "
          "venues taught me to plan rosters, order stock on tight margins and keep a team calm when the "
          "trucks are late. Since 2023 I have worked part-time in dispatch while completing a Level 4 "
          "logistics certificate.")

doc.add_heading("Relevant Skills & Achievements", level=1)
groups = [
    ("Scheduling and dispatch", [
        "Planned daily delivery runs for 14 owner-drivers using route sheets and Descartes dispatch software.",
        "Cut missed delivery windows from 9% to 3% in six months by re-sequencing early-morning pickups.",
    ]),
    ("Stock control and purchasing", [
        "Ran weekly beverage and dry-goods ordering worth about $18,000 across three suppliers.",
        "Introduced a par-level stocktake that brought wastage down by a quarter.",
    ]),
    ("Leading people", [
        "Rostered and trained teams of up to 22 casual staff, including new arrivals with limited English.",
        "Handled complaints and incident reports under the Sale and Supply of Alcohol Act.",
    ]),
]
for head, items in groups:
    para(doc, head, bold=True, space_before=4)
    for it in items:
        bullet(doc, it)

doc.add_heading("Systems", level=1)
para(doc, "Descartes, MYOB, Xero (basic), Lightspeed POS, Excel (pivot tables, VLOOKUP), Google Sheets")

doc.add_heading("Employment History", level=1)
for line in [
    "Dispatch Assistant (part-time), Kōwhai Freight Ltd, Auckland — 2023–present",
    "Restaurant Supervisor, Harbourview Eatery, Auckland — 2019–2023",
    "Bar Manager, The Tūī Tavern, Wellington — 2015–2019",
    "Career break: working holiday in Australia — 2014–2015",
    "Bartender, Cuba Street Social, Wellington — 2011–2014",
]:
    para(doc, line, space_after=1)

doc.add_heading("Training & Licences", level=1)
for line in [
    "New Zealand Certificate in Supply Chain Logistics (Level 4), Tāmaki Institute of Technology — 2024",
    "Forklift Operator Certificate with F endorsement — 2023",
    "Licence Controller Qualification (LCQ) — 2016",
    "NCEA Level 2, Pūriri Valley College — 2010",
]:
    bullet(doc, line)

doc.add_heading("Languages", level=1)
para(doc, "English (native); te reo Māori (conversational)")
para(doc, "Referees available on request.", italic=True, space_before=6)
doc.save(out_path("en_kiri_tawhiri.docx"))
