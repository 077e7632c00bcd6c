"""Irish CV of an advanced scaffolder: headings with trailing colons, a cards & tickets grid,
entries `Title — Employer, Town` with dates on a right tab."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
doc = new_doc(font="Arial", size=10)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "EOGHAN MULRYAN", bold=True, size=20)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "Advanced Scaffolder (Tube & Fitting / System)", size=11.5, color="555555")
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "14 Cratloe Road, Caherdavin, Limerick V94 XK27   |   085 555 0142   |   eoghan.mulryan@example.ie", size=9.5)
space(p, after=6)


def heading(text):
    p = doc.add_paragraph()
    run(p, text, bold=True, size=11.5, color="1F3864")
    space(p, before=9, after=3)
    bottom_border(p, "1F3864", 8)


heading("Personal Profile:")
doc.add_paragraph(
    "Advanced scaffolder with 12 years on commercial, pharma and data-centre sites around Munster. "
    "I erect, alter and dismantle tube-and-fitting and system scaffolds (Layher, Kwikstage), read "
    "scaffold drawings and run a crew of four. Safe, tidy and reliable; full clean licence and own transport.")

heading("Cards & Tickets:")
rows = [
    ("Card / Ticket", "Reg. No.", "Issued by", "Expiry"),
    ("CSCS Scaffolding (Advanced)", "SCA 20417", "SOLAS", "11/2027"),
    ("Safe Pass", "SP 4471902", "SOLAS", "03/2026"),
    ("MEWP – IPAF 3a & 3b", "IPAF 1180-3356", "IPAF", "08/2026"),
    ("Manual Handling", "—", "Shannonside Safety Training", "02/2026"),
    ("Working at Heights", "—", "Shannonside Safety Training", "02/2026"),
]
t = doc.add_table(rows=len(rows), cols=4)
grid_borders(t, "8EA9C8")
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j)
        c.paragraphs[0].text = ""
        run(c.paragraphs[0], v, bold=(i == 0), size=9.5)
        if i == 0:
            shade(c, "DCE6F1")
col_widths(t, [6.4, 3.4, 5.0, 2.6])
p = doc.add_paragraph(); space(p, before=3)
run(p, "Full clean driving licence, Cat. B & BE (towing). ", size=9.5)

heading("Work History:")
jobs = [
    ("Chargehand Scaffolder — Shannon Access Scaffolding Ltd, Limerick", "May 2019 – present", [
        "Run a crew of four erecting and dismantling scaffolds on pharma and data-centre projects up to 45 m.",
        "Complete handover certificates and weekly GA3 inspections; brief new starts and keep the tag system up to date.",
        "Build temporary roofs, loading bays and cantilevers from engineered drawings.",
    ]),
    ("Advanced Scaffolder — Atlantic Edge Access, Cork", "Mar 2016 – Apr 2019", [
        "Tube & fitting and Kwikstage on hospital and school refurbishment jobs.",
        "Suspended and chimney scaffolds; birdcage scaffolds for atrium ceilings.",
    ]),
    ("Scaffolder (Basic) — Clare Scaffold Hire, Ennis", "Jun 2012 – Feb 2016", [
        "Started as a general labourer and got my Basic card in 2013.",
        "Domestic and small commercial access scaffolds, towers and hoarding.",
    ]),
]
for head, dates, bl in jobs:
    p = doc.add_paragraph(); right_tab(p, 17.4); space(p, before=5, after=1)
    run(p, head, bold=True); run(p, "\t" + dates, italic=True)
    for b in bl:
        bullet(doc, b)

heading("Education & Training:")
p = doc.add_paragraph(); right_tab(p, 17.4)
run(p, "Leaving Certificate Applied — Coláiste na Sionainne, Limerick", bold=True); run(p, "\t2011", italic=True)
doc.add_paragraph("Modules included Construction Studies, Engineering and Technical Drawing.")

heading("Voluntary:")
p = doc.add_paragraph(); right_tab(p, 17.4)
run(p, "Under-12 hurling coach — Cratloe Road Gaels GAA", bold=True); run(p, "\t2018 – present", italic=True)

heading("Interests:")
doc.add_paragraph("Hurling, sea fishing off Kilkee, five-a-side on Tuesdays.")

heading("References:")
doc.add_paragraph("References available on request.")

doc.save(out)
