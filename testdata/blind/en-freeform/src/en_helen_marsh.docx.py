"""en_helen_marsh: UK nurse CV typed in Word, two pages. Page 1 has no header; pages 2+ carry a
header repeating the name (different first page). Dates in a left tab column; NMC PIN; References
with names, roles and phone numbers."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Serif", size=11, margins=2.2)
s = d.sections[0]
s.different_first_page_header_footer = True
header_lines(s, ["Helen Marsh RGN — CV (continued)"], align="right", size=9)
footer_lines(s, ["Page "], align="center", size=8, page_field=True)
footer_lines(s, ["Page "], align="center", size=8, page_field=True, first=True)

para(d, "HELEN MARSH RGN", bold=True, size=18)
para(d, "Registered General Nurse  ·  NMC PIN 00A0000E", size=11)
para(d, "14 Foxglove Row, Chorlton, Manchester M21 0XX", size=10)
para(d, "Mobile 07700 900387   ·   helen.marsh.rgn@example.co.uk", size=10, after=8)

def h(t):
    p = para(d, t.upper(), bold=True, size=11, before=10, after=3)
    bottom_rule(p, color="000000", sz=4)

h("Personal statement")
para(d, "Compassionate and organised Band 6 nurse with nine years on acute medical and respiratory wards. "
        "I enjoy teaching students and newly qualified nurses and have led our ward's falls-reduction work. "
        "I am now applying for Band 7 Ward Manager posts in Greater Manchester.")

h("Professional registration")
para(d, "Nursing and Midwifery Council — Registered Nurse (Adult), first registered September 2015, revalidated 2024.")

h("Employment history")
stops = [(4.2, "left")]
def job(dates, where, title, items, summary=None):
    p = tab_line(d, [dates, where], stops, before=6)
    p.paragraph_format.left_indent = Cm(4.2); p.paragraph_format.first_line_indent = Cm(-4.2)
    p.runs[-1].bold = True
    q = para(d, title); q.paragraph_format.left_indent = Cm(4.2); q.runs[0].italic = True
    if summary:
        q = para(d, summary); q.paragraph_format.left_indent = Cm(4.2)
    for t in items:
        b = bullet(d, t, indent=4.8)

job("Mar 2019 – present", "Irwell Royal Infirmary (Northgate NHS Foundation Trust)",
    "Senior Staff Nurse (Band 6), Ward B4 Respiratory",
    ["Nurse in charge of a 28-bed ward on a rota basis; manage 8–10 staff per shift",
     "NIV and tracheostomy competent; ward link nurse for sepsis",
     "Led falls project: inpatient falls down 31% in 12 months (audited)",
     "Practice assessor for 6 student nurses a year"],
    summary="Respiratory ward with an acute NIV bay and 4 high-observation beds.")
job("Sep 2015 – Feb 2019", "Heaton Moor Hospital, Stockport",
    "Staff Nurse (Band 5), Acute Medical Unit",
    ["Admissions and assessment of up to 40 patients a day",
     "Completed preceptorship; IV and venepuncture competencies"])
job("Jun 2012 – Aug 2015", "Hazelbank Care Home, Didsbury",
    "Healthcare Assistant (part time, while studying)",
    ["Personal care and observations for 30 residents with dementia"])

h("Education and training")
for dates, what in [("2012 – 2015", "BSc (Hons) Adult Nursing, 2:1 — University of Irwell, Manchester"),
                    ("2021", "Mentorship / Practice Assessor module (20 credits, Level 6) — University of Irwell"),
                    ("2023", "Leadership for Ward Sisters programme — Northgate NHS Foundation Trust"),
                    ("2010 – 2012", "A-levels: Biology (B), Psychology (B), English Literature (C) — St Clement's Sixth Form College")]:
    p = tab_line(d, [dates, what], stops)
    p.paragraph_format.left_indent = Cm(4.2); p.paragraph_format.first_line_indent = Cm(-4.2)

h("Mandatory and clinical training (all in date)")
para(d, "Immediate Life Support (ILS), Resus Council UK — 2024;  Safeguarding Adults Level 3 — 2023;  "
        "Manual handling — 2024;  IV therapy and cannulation — 2016")

h("Skills")
para(d, "Clinical: NIV, tracheostomy care, sepsis screening, NEWS2, IV therapy, blood transfusion")
para(d, "IT: EPR (Cerner), Datix, e-Rostering, Microsoft Teams")

h("Interests")
para(d, "Fell walking, Park Run (Chorlton), volunteer first-aider at Manchester Pride.")

h("References")
tbl = d.add_table(rows=1, cols=2)
no_borders(tbl)
cell_text(tbl.rows[0].cells[0], "Ms Joanne Pilling\nWard Manager, Ward B4\nIrwell Royal Infirmary\nTel: 0161 496 0732\njoanne.pilling@example.nhs.uk")
cell_text(tbl.rows[0].cells[1], "Mr Daniel Okoro\nMatron, Acute Medicine\nHeaton Moor Hospital\nTel: 0161 496 0915\ndaniel.okoro@example.nhs.uk")
d.save(sys.argv[1])
