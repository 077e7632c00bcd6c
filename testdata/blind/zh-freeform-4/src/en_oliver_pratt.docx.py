#!/usr/bin/python3
"""UK CV of a quantity surveyor in Word: `Curriculum Vitae` under the name, address line with a
postcode, Personal statement (first person, no heading label repeated), Key skills bullets, Career
history with `Job title — Employer, Town` and an italic `Sep 2018 – present` line, a degree class
`2:1`, A-levels with grades, Professional memberships (MRICS), driving licence, Interests, and
`References available on request.`"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10.5)
d.styles["Normal"].font.name = "Calibri"
para(d, "Oliver Pratt", bold=True, size=20, align="center")
para(d, "Curriculum Vitae", size=10, align="center", color="7F7F7F")
para(d, "14 Ashgrove Terrace, Leeds LS6 3QT  |  07700 900418  |  oliver.pratt@example.co.uk", size=9.5, align="center", after=6)


def heading(t):
    p = para(d, t, bold=True, size=11.5, before=10, after=3, color="1F3864")
    bottom_rule(p, color="1F3864", sz=6)


def job(title, employer, dates):
    p = para(d, "", before=6)
    run(p, title, bold=True)
    run(p, " — " + employer)
    p = para(d, "")
    r = run(p, dates, size=9.5, color="595959")
    r.italic = True


heading("Personal statement")
para(d, "Chartered quantity surveyor with ten years in commercial and residential construction across Yorkshire. "
       "I am happiest on site, and I enjoy turning messy valuations into numbers a client can trust. "
       "Now looking for a commercial manager role with a regional contractor.")

heading("Key skills")
for s in ["Cost planning and estimating (NRM1/NRM2)", "JCT and NEC4 contract administration",
          "Subcontractor procurement and final accounts", "CostX, CATO, Excel"]:
    bullet(d, s)

heading("Career history")
job("Senior Quantity Surveyor", "Hallam & Pryce Construction Ltd, Leeds", "Sep 2018 – present")
bullet(d, "Lead QS on a £38m student accommodation scheme in Sheffield, delivered within 1.5% of budget.")
bullet(d, "Manage two assistant surveyors and a trainee.")
job("Quantity Surveyor", "Northfold Homes, Harrogate", "Jul 2014 – Aug 2018")
bullet(d, "Monthly valuations and cost reports for four housing sites (up to 220 plots).")
bullet(d, "Settled 60+ subcontract final accounts.")
job("Site Administrator (summer placement)", "Calder Build Partnership, Halifax", "Jun 2013 – Sep 2013")

heading("Education & qualifications")
para(d, "BSc (Hons) Quantity Surveying, 2:1 — University of Wharfedale, 2011 – 2014", before=2)
para(d, "A-levels: Mathematics (A), Economics (B), Geography (B) — Ripon Sixth Form College, 2011")

heading("Professional memberships")
para(d, "MRICS — Member of the Royal Institution of Chartered Surveyors (2017)")
para(d, "Full UK driving licence")

heading("Interests")
para(d, "Fell running, restoring old bicycles, Headingley cricket.")

para(d, "References available on request.", before=10, color="595959")
d.save(sys.argv[1])
