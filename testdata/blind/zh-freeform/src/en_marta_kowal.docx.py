"""Marta Kowal: experienced supply-chain manager, a Word résumé typed by hand — name and contact
block left-aligned, CAPS headings with a rule, `Employer, City<TAB>MM/YYYY – MM/YYYY` with the title
on the next line in italics, a 3-column borderless "core competencies" grid, certifications with
tab-aligned dates, languages with CEFR levels in parentheses."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10.5)
for st in ("Normal",):
    d.styles[st].font.name = "Calibri"
para(d, "Marta Kowal", bold=True, size=22)
para(d, "Supply Chain & Operations Manager")
para(d, "Chicago, IL  •  (312) 555-0196  •  marta.kowal@example.com", after=4)

def head(t):
    p = para(d, t, bold=True, size=11.5, before=10, after=3)
    bottom_rule(p, color="404040", sz=6)

def tabline(left, right, bold=True):
    p = para(d, before=5)
    right_tab(p, 17.0)
    run(p, left, bold=bold); run(p, "\t" + right, bold=bold)

head("PROFESSIONAL SUMMARY")
para(d, "Operations leader with 11 years in manufacturing and distribution. Known for turning around underperforming "
        "warehouses and for building planning processes that survive the people who built them.")

head("EXPERIENCE")
tabline("Lakeshore Components Inc., Chicago, IL", "03/2019 – Present")
p = para(d); run(p, "Director of Supply Chain").italic = True
for x in ["Run planning, purchasing and two distribution centers (85 staff, $120M annual spend).",
          "Implemented S&OP cadence; forecast accuracy from 61% to 82% in 18 months.",
          "Renegotiated freight contracts, saving $2.3M per year."]:
    bullet(d, x)
tabline("Prairie Mills Packaging, Joliet, IL", "06/2015 – 02/2019")
p = para(d); run(p, "Operations Manager").italic = True
for x in ["Led the ERP migration (SAP ECC to S/4HANA) for the plant's materials management.",
          "Reduced inventory by 27% while holding a 98% fill rate."]:
    bullet(d, x)
tabline("Prairie Mills Packaging, Joliet, IL", "08/2012 – 05/2015")
p = para(d); run(p, "Production Planner").italic = True
bullet(d, "Scheduled three extrusion lines; cut changeover time by 20% with SMED workshops.")

head("EDUCATION")
tabline("MBA, Operations Management — Lakeview School of Business", "2017", bold=False)
tabline("BSc, Industrial Engineering — Vistula Technical University, Gdańsk, Poland", "2012", bold=False)

head("CORE COMPETENCIES")
t = d.add_table(rows=3, cols=3)
items = ["S&OP", "Demand Planning", "Inventory Optimization",
         "SAP S/4HANA", "Lean / Six Sigma", "Vendor Negotiation",
         "Power BI", "Warehouse Layout", "Team Leadership"]
for i, x in enumerate(items):
    cell_text(t.cell(i // 3, i % 3), "▪ " + x)

head("CERTIFICATIONS")
p = para(d); right_tab(p, 17.0); run(p, "APICS Certified Supply Chain Professional (CSCP)\t2018")
p = para(d); right_tab(p, 17.0); run(p, "Lean Six Sigma Green Belt\t2016")

head("LANGUAGES")
para(d, "Polish (native), English (C2), German (B1)")
d.save(sys.argv[1])
