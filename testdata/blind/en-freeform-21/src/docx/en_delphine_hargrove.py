"""Hospice chaplain, Columbus OH (Letter). The name and contacts live only in the page header."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _common import *  # noqa: E402,F403

out = sys.argv[1]
doc = new_document(font="Georgia", size=10, page="Letter", margins_cm=(2.9, 2.0, 2.2, 2.2))
sec = doc.sections[0]
sec.header_distance = Cm(1.0)
W = text_width(doc)

# ---- page header: name and contact row, repeated on every page ----
hdr = sec.header
h1 = hdr.paragraphs[0]
run(h1, "The Rev. Delphine A. Hargrove, M.Div., BCC", bold=True, size=15, color="2F3E46")
h2 = hdr.add_paragraph()
run(h2, "Columbus, OH 43206   |   (614) 555-0147   |   dhargrove@example.com   |   linkedin.com/in/delphinehargrove",
    size=8.5, color="52616B")
bottom_border(h2, color="84A98C", size=8, space=4)


def heading(text):
    p = para(doc, space_before=10, space_after=3)
    run(p, text.upper(), bold=True, size=10, color="354F52")
    bottom_border(p, color="CAD2C5", size=4)
    p.paragraph_format.keep_with_next = True
    return p


def job(title, dates, employer):
    p = para(doc, space_before=5, space_after=0)
    right_tab(p, W)
    run(p, title, bold=True)
    run(p, "\t" + dates)
    p.paragraph_format.keep_with_next = True
    q = para(doc, employer, italic=True, space_after=2)
    q.paragraph_format.keep_with_next = True
    return q


p = para(doc, "Board Certified Chaplain — Hospice & Palliative Care", bold=True, size=12, color="354F52",
         space_after=6)

heading("Profile")
para(doc, "Interfaith chaplain with ten years of hospital and hospice ministry, board certified through the "
          "Association of Professional Chaplains. I offer spiritual assessment and care to patients and families "
          "of every faith and of none, lead memorial services and bereavement groups, and serve the "
          "interdisciplinary team as a steady presence in crisis. Ordained elder in the United Methodist Church.")

heading("Chaplaincy & Ministry Experience")
job("Staff Chaplain", "Sept. 2018 – present", "Riverbend Hospice & Palliative Care — Columbus and Lancaster, OH")
for b in [
    "Carry a caseload of 45–55 home, nursing-facility and inpatient-unit patients across Franklin and Fairfield "
    "counties; complete spiritual assessments within five days of admission.",
    "Contribute spiritual goals to the plan of care at weekly IDT meetings and document in Homecare Homebase.",
    "Lead quarterly memorial services and co-facilitate a monthly grief support group with the bereavement team.",
    "Started the Legacy Letters program with trained volunteers; 120 letters and recordings made for families in 2023.",
    "Supervise CPE students from Scioto Valley Medical Center on their hospice rotation (2021 – present).",
]:
    bullet(doc, b)

job("PRN Chaplain", "Mar. 2017 – Aug. 2018", "Scioto Valley Medical Center — Columbus, OH")
for b in [
    "Overnight and weekend on-call coverage for a 600-bed Level I trauma center: traumas, codes, deaths, "
    "and family support during organ-donation conversations.",
]:
    bullet(doc, b)

job("Associate Pastor", "Jul. 2016 – Aug. 2018", "Linden Heights United Methodist Church — Columbus, OH")
for b in [
    "Pastoral visits to 30 homebound and hospitalized members; funerals and weddings.",
    "Started a Tuesday grief circle that still meets.",
]:
    bullet(doc, b)

job("Chaplain Resident", "Sept. 2015 – Aug. 2016", "Scioto Valley Medical Center — Columbus, OH")
for b in [
    "Three units of ACPE-accredited Clinical Pastoral Education (Units 2–4); medical ICU, oncology and the "
    "emergency department.",
]:
    bullet(doc, b)

heading("Education")
for deg, rest, yr in [
    ("Master of Divinity", ", Olentangy Theological Seminary, Delaware, OH", "2015"),
    ("Clinical Pastoral Education, Unit 1 (extended)", ", Briar Hill Regional Hospital, Dayton, OH", "Jan. – May 2014"),
    ("B.A., Psychology", " (minor in Religious Studies), Allerton College, Marietta, OH", "2011"),
]:
    p = para(doc, space_after=2)
    right_tab(p, W)
    run(p, deg, bold=True)
    run(p, rest)
    run(p, "\t" + yr)

heading("Certification & Ordination")
for name, rest, yr in [
    ("Board Certified Chaplain (BCC)", " — Association of Professional Chaplains", "2019"),
    ("Certified in Thanatology (CT)", " — Association for Death Education and Counseling", "2021"),
    ("Ordained Elder", " — United Methodist Church, West Ohio Conference", "2018"),
    ("Basic Life Support (BLS)", " — American Heart Association", "current"),
]:
    p = para(doc, space_after=2)
    right_tab(p, W)
    run(p, name, bold=True)
    run(p, rest)
    run(p, "\t" + yr)

heading("Presentations")
for t, rest in [
    ("“When the Family Is Far Away: Video Visits at the End of Life”",
     " — Central Ohio Palliative Care Symposium, 2022"),
    ("“Blessings Without Religion: Bedside Ritual for the Non-Religious Patient”",
     " — Buckeye Hospice Chaplains’ Retreat, 2020"),
]:
    p = para(doc, space_after=2)
    run(p, t)
    run(p, rest, italic=True)

heading("Skills")
p = para(doc, space_after=2)
run(p, "Spiritual assessment: ", bold=True)
run(p, "FICA, HOPE, 7×7 model, Spiritual Distress Assessment Tool")
p = para(doc, space_after=2)
run(p, "Care: ", bold=True)
run(p, "end-of-life ritual, advance-care-planning conversations, grief and bereavement, crisis and trauma response, "
       "interfaith worship")
p = para(doc, space_after=2)
run(p, "Documentation: ", bold=True)
run(p, "Homecare Homebase (HCHB), Epic")

heading("Volunteer Service")
p = para(doc, space_after=2)
right_tab(p, W)
run(p, "Crisis Line Volunteer", bold=True)
run(p, ", Franklin County Crisis Line")
run(p, "\t2012 – 2015")

heading("References")
t = doc.add_table(rows=1, cols=3)
no_borders(t)
refs = [
    ("Rev. Marcus Ellery, BCC", "Director of Spiritual Care", "Riverbend Hospice & Palliative Care", "(614) 555-0183"),
    ("Dr. Anita Sorensen", "Medical Director", "Riverbend Hospice & Palliative Care", "(614) 555-0129"),
    ("Rev. Dr. Paul Okwuosa", "ACPE Certified Educator", "Scioto Valley Medical Center", "(614) 555-0176"),
]
for cell, (n, role, org, ph) in zip(t.rows[0].cells, refs):
    cell_text(cell, n, bold=True, size=9)
    for line in (role, org, ph):
        q = cell.add_paragraph()
        run(q, line, size=9)
        q.paragraph_format.space_after = Pt(0)
col_widths(t, [5.6, 5.6, 5.6])

doc.save(out)
