"""Heritage stonemason, York: two-column Word page — a shaded LEFT sidebar cell (contact, cards, skills,
interests) and the main column (profile, work, training). Main headings are '// HEADING' markers;
jobs: employer on one line, then title with 'Month YYYY – to date' on the next, bullets with '❖'."""
import sys
from docxlib import *

d = new_doc(font="Calibri", size=10, margins=1.5)
t = d.add_table(rows=1, cols=2)
no_borders(t)
side, main = t.rows[0].cells
shade(side, "E9E4DA")
col_widths(t, [5.6, 12.4])


def s_head(text):
    p = cell_text(side, text, bold=True, size=10.5, first=False)
    p.paragraph_format.space_before = Pt(10)
    return p


def s_line(text, **kw):
    return cell_text(side, text, size=9.5, first=False, **kw)


p = cell_text(side, "SILAS", bold=True, size=20)
s_line("TREHARNE", bold=True)
s_line("Banker & Fixer Mason")
s_head("Contact")
s_line("Flat 3, 22 Lowther Street")
s_line("York YO31 7LY")
s_line("07700 900634")
s_line("silas.treharne@example.co.uk")
s_head("Cards & tickets")
for c in ["CSCS Heritage Skills (Gold) – exp. 2027", "PASMA Towers for Users", "Abrasive Wheels (2023)",
          "Lime Mortars – 3-day course, Ryedale College (2019)", "Full driving licence + van"]:
    s_line("• " + c)
s_head("Skills")
for c in ["Banker work: mouldings, tracery, ashlar", "Fixing: lime mortars, stainless dowels, resin repairs",
          "Letter cutting (Roman & uncial)", "Stone: magnesian limestone, York stone, Tadcaster, sandstone",
          "AutoCAD LT for templates"]:
    s_line("• " + c)
s_head("Interests")
s_line("Fell running, drystone walling weekends, the York Mystery Plays.")


def m_head(text):
    p = cell_text(main, text, bold=True, size=12, first=False)
    p.paragraph_format.space_before = Pt(10)
    bottom_rule(p, color="8C7B5E", sz=6)


def m_line(text, **kw):
    return cell_text(main, text, first=False, **kw)


p = cell_text(main, "// PROFILE", bold=True, size=12)
bottom_rule(p, color="8C7B5E", sz=6)
m_line("Time-served stonemason with twelve years in conservation masonry on listed buildings and "
       "cathedral fabric. I work from the banker shop to the scaffold: setting out, carving, fixing and "
       "repointing, and I explain the work to architects and visitors alike.")

m_head("// WORK")
jobs = [
    ("St Wilfrid's Cathedral Stoneyard, York", [
        ("Senior Fixer Mason", "April 2021 – to date",
         ["Lead a fixing gang of 3 on the west front restoration (Grade I)",
          "Set out and fix replacement tracery to the Great West Window, 1:1 templates in AutoCAD LT"]),
        ("Banker Mason", "September 2017 – March 2021",
         ["Carved 40+ crocket and finial replacements in magnesian limestone",
          "Took part in public 'open yard' days — 2,000 visitors a year"]),
    ]),
    ("Ouse Valley Heritage Masonry Ltd, Tadcaster", [
        ("Mason", "June 2014 – August 2017",
         ["Repairs to churches, bridges and country-house estates across North Yorkshire",
          "Lime pointing and grouting; consolidation of ruined abbey walls for a heritage trust"]),
    ]),
    ("Hollins & Rudd Stonework, Leeds", [
        ("Apprentice Stonemason", "September 2011 – May 2014", []),
    ]),
]
for emp, roles in jobs:
    m_line(emp, bold=True).paragraph_format.space_before = Pt(6)
    for title, dates, bullets in roles:
        p = m_line("")
        right_tab(p, 12.0)
        run(p, title, italic=True)
        run(p, "\t" + dates, size=9.5)
        for b in bullets:
            q = m_line("❖ " + b, size=9.5)
            q.paragraph_format.left_indent = Cm(0.4)

m_head("// TRAINING")
m_line("NVQ Level 3 Diploma in Stonemasonry (Construction) — Ryedale College, York, 2014", size=9.5)
m_line("Level 2 Diploma in Stonemasonry — Ryedale College, York, 2013", size=9.5)
m_line("City & Guilds Level 3 Award in Conservation of Masonry — 2018", size=9.5)

m_head("// RECOGNITION")
m_line("Yorkshire Heritage Craft Awards — Highly Commended, Stonemasonry, 2019", size=9.5)
m_line("Portfolio and references on request.", italic=True, size=9)
d.save(sys.argv[1])
