"""SNA, Castlebar: the Word version of src/txt/en_orlaith_gilsenan.txt (same words), dates in a
borderless left column."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _common import *  # noqa: E402,F403

out = sys.argv[1]
doc = new_document(font="Calibri", size=10.5, margins_cm=(1.8, 1.8, 2.0, 2.0))

para(doc, "Orlaith Gilsenan", bold=True, size=22, color="5B2A86", space_after=0)
para(doc, "Special Needs Assistant", size=13, color="7A4FA3", space_after=6)
para(doc, "14 Knockaphunta Park, Castlebar, Co. Mayo F23 K2N8", size=9.5, space_after=0)
p = para(doc, space_after=0)
run(p, "Mobile: ", bold=True, size=9.5)
run(p, "087 555 0139", size=9.5)
p = para(doc, space_after=8)
run(p, "Email: ", bold=True, size=9.5)
run(p, "orlaith.gilsenan@example.ie", size=9.5)


def heading(text):
    p = para(doc, text, bold=True, size=12, color="5B2A86", space_before=8, space_after=3)
    bottom_border(p, color="C9B6E4", size=6)
    p.paragraph_format.keep_with_next = True


heading("About me")
para(doc, "I have worked as an SNA for nearly four years, first in a mainstream junior classroom and now in an autism "
          "(ASD) class of six pupils. I am calm, patient and good at noticing what a child is telling me before "
          "they can say it. I hold a QQI Level 6 in Special Needs Assisting and I am fully Garda vetted.")

heading("Work experience")
jobs = [
    ("Sept ’22 – present", "Special Needs Assistant (ASD class)", "Scoil Naomh Bríd NS, Castlebar", [
        "Support six pupils aged 5–9 with personal care, toileting and feeding as set out in their care plans",
        "Use visual schedules, Lámh signs and PECS with non-verbal pupils",
        "Work with the class teacher on the pupils’ Student Support Files",
        "Accompany pupils on sensory breaks, yard and community outings"]),
    ("Sept ’21 – June ’22", "Special Needs Assistant", "Scoil Chaitríona, Ballyheane", [
        "Shared SNA support for two pupils in junior and senior infants",
        "Helped with fine-motor and self-care programmes from the OT"]),
    ("’19 – ’21", "Healthcare Assistant (part-time, weekends)", "Bayview Nursing Home, Westport", [
        "Personal care and mobility for residents, many living with dementia",
        "Kept care notes and fluid/food charts up to date"]),
    ("Summers ’17 & ’18", "Activity Leader, Mayo Summer Camps, Castlebar", None, []),
]
t = doc.add_table(rows=0, cols=2)
no_borders(t)
for dates, title, place, bullets in jobs:
    row = t.add_row()
    cell_text(row.cells[0], dates, size=10, italic=True)
    cell_text(row.cells[1], title, bold=True)
    if place:
        q = row.cells[1].add_paragraph()
        run(q, place)
        q.paragraph_format.space_after = Pt(1)
    for b in bullets:
        bullet(row.cells[1], b)
    row.cells[1].add_paragraph().paragraph_format.space_after = Pt(0)
col_widths(t, [3.6, 13.6])

heading("Education & training")
t = doc.add_table(rows=0, cols=2)
no_borders(t)
for dates, q1, q2 in [
    ("2020 – 2021", "QQI Level 6 Certificate in Special Needs Assisting", "Moy Valley College of Further Education, Castlebar"),
    ("2019 – 2020", "QQI Level 5 Certificate in Healthcare Support", "Moy Valley College of Further Education, Castlebar"),
    ("2013 – 2019", "Leaving Certificate", "Mount Nephin Community College, Castlebar"),
]:
    row = t.add_row()
    cell_text(row.cells[0], dates, italic=True)
    cell_text(row.cells[1], q1, bold=True)
    q = row.cells[1].add_paragraph()
    run(q, q2)
    q.paragraph_format.space_after = Pt(3)
col_widths(t, [3.6, 13.6])

para(doc, "Courses:", bold=True, space_before=4, space_after=1)
for c in ["Children First E-Learning (Tusla), 2022", "Lámh Module One, 2022", "First Aid Responder (PHECC), 2023",
          "Safe Administration of Buccal Midazolam, 2023", "Manual Handling, renewed 2024"]:
    bullet(doc, c)

heading("Other")
para(doc, "Irish: good spoken Irish (Higher Level, Leaving Certificate)")
para(doc, "Full clean driving licence (Category B)")
para(doc, "I coach the under-10 camogie team at Clogher Road Camogie Club on Saturday mornings.")

heading("Referees")
t = doc.add_table(rows=1, cols=2)
no_borders(t)
for cell, lines in zip(t.rows[0].cells, [
    ["Ms Deirdre Mulchrone", "Principal", "Scoil Naomh Bríd NS, Castlebar", "094 555 0172"],
    ["Mr Tomás Ó Gallchobhair", "Director of Nursing", "Bayview Nursing Home, Westport", "098 555 0145"],
]):
    cell_text(cell, lines[0], bold=True)
    for line in lines[1:]:
        q = cell.add_paragraph()
        run(q, line)
        q.paragraph_format.space_after = Pt(0)
col_widths(t, [8.6, 8.6])

doc.save(out)
