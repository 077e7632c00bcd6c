#!/usr/bin/python3
"""Lorraine Mbeki: nurse manager, one page. A classic résumé as typed in LibreOffice Writer / Word:
centred name, contact details in a borderless 3x2 table, bold small-caps headings with a bottom border,
a bulleted Summary of Qualifications, each job as a bold title with the dates on a right tab stop and
the employer + city in italics below, Word "List Bullet" items, education and licences with right-tab
years, skills as paragraphs with bold lead-ins."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import new, run, para, bottom_rule, right_tab, widths
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new(font="Noto Serif CJK SC", size=10.5, margins=1.9)
st = d.styles["Normal"]
st.font.name = "Liberation Serif"
TAB = 17.2

p = para(d, align="center")
run(p, "Lorraine Mbeki, RN, MSN", bold=True, size=20)
p = para(d, "Nurse Manager — Medical-Surgical and Telemetry", align="center", after=4, size=11)

t = d.add_table(rows=2, cols=3)
cells = [["4410 Orchard Hill Drive", "Raleigh, NC 27609", "(919) 555-0134"],
         ["lorraine.mbeki@example.com", "linkedin.com/in/lorrainembeki", "Open to relocation"]]
for r, row in enumerate(cells):
    for c, txt in enumerate(row):
        cp = t.cell(r, c).paragraphs[0]
        run(cp, txt, size=9.5)
        cp.alignment = [WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT][c]
widths(t, [5.8, 5.8, 5.8])


def heading(text):
    p = para(d, before=9, after=3)
    r = run(p, text, bold=True, size=11.5, color="1F3864")
    r.font.small_caps = True
    bottom_rule(p, color="1F3864", sz=8)


def bullet(text):
    p = d.add_paragraph(style="List Bullet")
    run(p, text)
    p.paragraph_format.space_after = Pt(0)


def dated(left, right, bold=True, italic_line=None):
    p = para(d, before=4)
    right_tab(p, TAB)
    run(p, left, bold=bold)
    run(p, "\t" + right)
    if italic_line:
        q = para(d)
        run(q, italic_line).italic = True


heading("Summary of Qualifications")
for s in ["Registered nurse with 15 years of acute-care experience, 6 in unit leadership.",
          "Leads a 42-bed medical-surgical and telemetry unit with 68 FTEs and a $6.4M budget.",
          "Track record in reducing falls, CLABSI and staff turnover through shared governance."]:
    bullet(s)

heading("Professional Experience")
dated("Nurse Manager, 5 West Medical-Surgical/Telemetry", "June 2018 – Present",
      italic_line="Wake Pines Regional Medical Center, Raleigh, NC")
for s in ["Reduced patient falls with injury by 54% in two years with hourly rounding and bed-alarm audits.",
          "Cut RN turnover from 24% to 11% by starting a nurse residency and self-scheduling.",
          "Raised HCAHPS nurse-communication scores from the 41st to the 78th percentile.",
          "Chaired the hospital-wide Epic go-live super-user group for nursing (2019)."]:
    bullet(s)
dated("Assistant Nurse Manager", "March 2014 – May 2018",
      italic_line="Wake Pines Regional Medical Center, Raleigh, NC")
for s in ["Supervised charge nurses on night shift and handled staffing for 30 beds.",
          "Led the unit's CLABSI bundle project; zero infections for 19 consecutive months."]:
    bullet(s)
dated("Staff Nurse, Cardiac Step-Down", "July 2009 – February 2014",
      italic_line="Carolina Piedmont Hospital, Durham, NC")
for s in ["Cared for post-cardiac-catheterization and heart-failure patients; preceptor for 12 new graduates."]:
    bullet(s)

heading("Education")
dated("Master of Science in Nursing, Nursing Leadership", "2016", italic_line="Eastfield State University, Greenville, NC")
dated("Bachelor of Science in Nursing", "2009", italic_line="Tar River College of Nursing, Rocky Mount, NC")

heading("Licenses & Certifications")
for name, yr in [("Registered Nurse, North Carolina Board of Nursing", "2009"),
                 ("Nurse Executive, Board Certified (NE-BC), ANCC", "2019"),
                 ("Basic Life Support and ACLS, American Heart Association", "2023")]:
    dated(name, yr, bold=False)

heading("Skills")
for lead, rest in [("Clinical: ", "telemetry monitoring, sepsis bundles, fall prevention, wound care"),
                   ("Systems: ", "Epic, Kronos, API Healthcare, Microsoft Excel"),
                   ("Leadership: ", "budgeting, Lean process improvement, Just Culture, coaching")]:
    p = para(d, before=2)
    run(p, lead, bold=True)
    run(p, rest)

d.save(sys.argv[1])
