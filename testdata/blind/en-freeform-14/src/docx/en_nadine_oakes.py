"""Paramedic, Leicester: each section is a two-cell table row whose narrow shaded left cell
holds the heading set vertically (Word cell text direction btLr, read bottom to top);
dates written 'Sep 18 – Mar 21' (month + two-digit year); a shift-pattern line under each
road job; three roles at one ambulance trust; certifications with 'exp.' months."""
import sys
from docxlib import (new_doc, para, run, bullet, right_tab, fixed_core, cell_shade,
                     cell_text_direction, cell_valign, table_borders, col_widths, first_cell_para)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

out = sys.argv[1]
d = new_doc(font="Arial", size=10, margins_cm=1.7)
fixed_core(d, "CV - Nadine Oakes", "Nadine Oakes")

p = para(d, "", space_after=0)
run(p, "NADINE OAKES", bold=True, size=20, color="00594F")
p = para(d, "", space_after=0)
run(p, "HCPC Registered Paramedic  |  PA 208714", size=11, color="00594F")
para(d, "Belgrave, Leicester LE4  \u2022  07700 900622  \u2022  nadine.oakes@example.co.uk",
     size=9.5, color="444444", space_after=8)

W_LEFT, W_RIGHT = 1.3, 16.3


def section(title, fill="00594F"):
    t = d.add_table(rows=1, cols=2)
    table_borders(t, val="single", sz=4, color="BFBFBF", inside=False)
    col_widths(t, [W_LEFT, W_RIGHT])
    left, right = t.rows[0].cells
    cell_shade(left, fill)
    cell_text_direction(left, "btLr")
    cell_valign(left, "center")
    lp = first_cell_para(left)
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(lp, title, bold=True, color="FFFFFF", size=10)
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return right


def job(cell, title, employer, dates, shift=None, bullets=(), first=False):
    p = first_cell_para(cell) if first else cell.add_paragraph()
    p.paragraph_format.space_before = Pt(0 if first else 6)
    right_tab(p, W_RIGHT - 0.4)
    run(p, title, bold=True)
    run(p, "\t" + dates, bold=True, color="00594F")
    p = cell.add_paragraph()
    run(p, employer, italic=True)
    if shift:
        p = cell.add_paragraph()
        run(p, "Shift pattern: ", color="666666", size=9)
        run(p, shift, size=9)
    for b in bullets:
        bullet(cell, b, glyph="\u25aa", indent_cm=0.5, hang_cm=0.4)


c = section("PROFILE")
first_cell_para(c).add_run(
    "Band 6 paramedic with six years on the road in Leicester, Leicestershire and Rutland, the last year "
    "and a half as a practice educator for student paramedics. Calm on scene, good with frightened "
    "patients and families. Looking at specialist roles in urgent care or HEMS in the next two years.")

c = section("EXPERIENCE")
job(c, "Paramedic (Band 6)", "Soar Valley Ambulance Service NHS Trust \u2013 Leicester Hub",
    "Apr 21 \u2013 present",
    shift="4-on-4-off, 12-hr days and nights; rapid response car one week in five",
    bullets=["Around 1,400 patient contacts a year; cardiac arrest, trauma, maternity, mental health and frailty calls.",
             "Practice educator (PEd) for BSc students from Jan 24; four students signed off so far.",
             "Trust sepsis champion for Leicester Hub \u2013 audit and crew briefings."],
    first=True)
job(c, "Team Leader (acting)", "Soar Valley Ambulance Service NHS Trust \u2013 Leicester Hub",
    "Oct 23 \u2013 Jan 24",
    bullets=["Covered a team leader post for 14 crews: rotas, welfare checks, clinical supervision on scene."])
job(c, "Newly Qualified Paramedic (Band 5)", "Soar Valley Ambulance Service NHS Trust \u2013 Loughborough",
    "Sep 18 \u2013 Mar 21",
    shift="rotating earlies / lates / nights, 10-hr shifts",
    bullets=["Completed the NQP consolidation programme in 18 months; on the Covid-19 response from March 2020."])
job(c, "Emergency Care Assistant", "Charnwood Patient Transport Ltd \u2013 Loughborough",
    "Jun 13 \u2013 Aug 15",
    bullets=["Crewed with technicians and paramedics on urgent and high-dependency transfers; blue-light driver from 2014."])

c = section("EDUCATION")
p = first_cell_para(c)
right_tab(p, W_RIGHT - 0.4)
run(p, "BSc (Hons) Paramedic Science \u2013 2:1", bold=True)
run(p, "\tSep 15 \u2013 Jul 18", bold=True, color="00594F")
p = c.add_paragraph()
run(p, "Wreake Valley University, Leicester", italic=True)
p = c.add_paragraph()
run(p, "Placements: emergency department, maternity unit, theatres and anaesthetics, GP out-of-hours, "
       "mental health crisis team.")
p = c.add_paragraph()
p.paragraph_format.space_before = Pt(6)
right_tab(p, W_RIGHT - 0.4)
run(p, "BTEC Level 3 Extended Diploma in Health and Social Care \u2013 D*D*D", bold=True)
run(p, "\tSep 11 \u2013 Jun 13", bold=True, color="00594F")
p = c.add_paragraph()
run(p, "Charnwood Sixth Form College", italic=True)

c = section("CERTS")
items = ["Advanced Life Support (ALS), Resuscitation Council UK \u2013 exp. Jun 26",
         "PHTLS (Prehospital Trauma Life Support) \u2013 2023",
         "Practice Educator (PEd) course \u2013 2023",
         "Safeguarding Adults & Children Level 3 \u2013 2024",
         "Emergency Response Driving, C1 \u2013 2018"]
p = first_cell_para(c)
run(p, "\u25aa  " + items[0])
for it in items[1:]:
    p = c.add_paragraph()
    run(p, "\u25aa  " + it)

c = section("SKILLS")
p = first_cell_para(c)
run(p, "Clinical: ", bold=True)
run(p, "cannulation, IO access, 12-lead ECG interpretation, i-gel, needle decompression, JRCALC medicines")
p = c.add_paragraph()
run(p, "Kit: ", bold=True)
run(p, "LIFEPAK 15, corpuls3, LUCAS 3, Ferno stretchers")
p = c.add_paragraph()
run(p, "Languages: ", bold=True)
run(p, "English, Gujarati (conversational)")

c = section("OTHER")
p = first_cell_para(c)
run(p, "parkrun volunteer (Braunstone), netball on Tuesdays. Full UK licence with C1. References available on request.")

d.save(out)
