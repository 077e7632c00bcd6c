"""Australian agronomist, Wagga Wagga: one-page hybrid résumé — profile box, 3-column core-competencies grid,
selected achievements, then a compact chronology."""
import sys
from _common import *

doc = new_doc(font="Calibri", size=10, margins=(1.6, 1.6, 1.3, 1.2))
W = text_width(doc)
GREEN = "4E6B2E"

p = para(doc, "ASHLEIGH DUNSTAN", bold=True, size=22, color=GREEN, align="center", after=0)
para(doc, "Agronomist  |  Broadacre Cropping  |  CPAg", size=11.5, align="center", after=1)
para(doc, "Wagga Wagga NSW 2650   ·   0491 576 398   ·   ash.dunstan@example.com.au   ·   linkedin.com/in/ashdunstan-agronomy",
     size=9, align="center", after=6)

# profile box: a one-cell table with a coloured border and light fill
t = table(doc, 1, 1, widths=[W])
c = t.rows[0].cells[0]
cell_borders(c, color=GREEN, sz=12)
shade_cell(c, "F1F5EA")
cell_text(c, "PROFESSIONAL PROFILE", bold=True, size=10, color=GREEN)
para(c, "Certified Practising Agronomist with seven years advising dryland and irrigated croppers across the "
        "Riverina. I run paddock-by-paddock programs for wheat, canola, barley and pulses on about 38,000 ha, "
        "from soil testing and variety choice to in-crop nutrition, herbicide resistance management and harvest "
        "logistics. Known for clear recommendations, on-farm trials that growers trust, and quick answers during "
        "the busy sowing and spraying windows.", size=10, after=3)

h = para(doc, "CORE COMPETENCIES", bold=True, size=11, color=GREEN, before=8, after=3)
bottom_border(h, color=GREEN, sz=6)
comps = [
    "Crop nutrition & soil testing", "Herbicide resistance management", "Variety selection",
    "In-crop disease & pest monitoring", "Variable-rate & precision ag", "On-farm trial design",
    "Grower agronomy programs", "Chemical compliance (ChemCert)", "Client relationships & sales",
]
g = table(doc, 3, 3, widths=[W / 3] * 3)
for k, item in enumerate(comps):
    cell_text(g.rows[k // 3].cells[k % 3], "▪ " + item, size=9.5)

h = para(doc, "SELECTED ACHIEVEMENTS", bold=True, size=11, color=GREEN, before=8, after=3)
bottom_border(h, color=GREEN, sz=6)
for b in [
    "Grew my client base from 9 to 26 grower businesses (about 38,000 ha) in four seasons.",
    "Set up a nitrogen-rich strip trial network on 14 farms; growers cut average N rates by 18 kg/ha without yield loss in 2023.",
    "Mapped ryegrass resistance on 60 paddocks and moved clients to double-knock and harvest weed seed control.",
]:
    bullet(doc, b)

h = para(doc, "PROFESSIONAL EXPERIENCE", bold=True, size=11, color=GREEN, before=8, after=3)
bottom_border(h, color=GREEN, sz=6)


def job(title, org, dates, bullets):
    p = para(doc, "", before=3, after=0)
    right_tab(p, W)
    run(p, title, bold=True)
    run(p, "  |  " + org)
    run(p, "\t" + dates, italic=True)
    for b in bullets:
        bullet(doc, b)


job("Agronomist", "Riverina Grain & Agronomy, Wagga Wagga", "Feb 2020 – Present", [
    "Agronomy programs, crop monitoring and recommendations for 26 mixed-farming and cropping clients.",
    "Prescription maps for variable-rate lime, gypsum and nitrogen from EM38 and yield data.",
    "Run the district's winter crop variety trial and the spring grower field day.",
])
job("Graduate Agronomist", "Murrumbidgee Rural Supplies, Narrandera", "Jan 2018 – Jan 2020", [
    "Crop checks, soil and tissue sampling and spray recommendations under a senior agronomist.",
    "Counter sales of seed, fertiliser and chemicals; stock planning for the autumn break.",
])
job("Harvest Receival Sampler (seasonal)", "Junee Grain Receivals", "Nov – Dec 2016, 2017", [
    "Tested wheat and barley loads for protein, moisture and screenings at a busy receival site.",
])

h = para(doc, "EDUCATION & ACCREDITATIONS", bold=True, size=11, color=GREEN, before=8, after=3)
bottom_border(h, color=GREEN, sz=6)
p = para(doc, "", after=0)
right_tab(p, W)
run(p, "Bachelor of Agricultural Science (Honours)", bold=True)
run(p, "  |  Eastern Riverina University, Wagga Wagga")
run(p, "\t2014 – 2017", italic=True)
para(doc, "Honours Class 1. Thesis: Nitrogen use efficiency of canola after grazing in southern NSW.", size=9.5, after=3)
for b in [
    "Certified Practising Agronomist (CPAg) – Ag Institute Australia, 2022",
    "ChemCert Accreditation (AQF3 Chemical Application) – ChemCert NSW, renewed 2024",
    "Fertcare Accredited Adviser – Fertiliser Australia, 2019",
    "NSW Driver Licence (Class C) · Senior First Aid, 2023",
]:
    bullet(doc, b)

para(doc, "Referees available on request.", italic=True, size=9.5, before=6)
core_props(doc, "Ashleigh Dunstan – Agronomist", "Ashleigh Dunstan")
doc.save(sys.argv[1])
