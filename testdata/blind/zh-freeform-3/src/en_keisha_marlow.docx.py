#!/usr/bin/python3
"""Word two-column résumé: a borderless 1×2 table, narrow shaded left column with contact details,
licenses and skills, wide right column with the name, a one-line pitch and the jobs; jobs as a
bold title line, an italic `Employer · City` line and a right-tabbed `2019–present` on the title line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10)
t = d.add_table(rows=1, cols=2)
widths(t, [5.2, 11.8])
left, right = t.rows[0].cells
shade(left, "E8EEF4")


def lhead(text):
    p = para(left, text.upper(), bold=True, size=9.5, before=8, after=2, color="1F3864")


def l(text):
    para(left, text, size=9)


left.paragraphs[0].text = ""
lhead("Contact")
l("Raleigh, North Carolina")
l("919-555-0138")
l("keisha.marlow@example.com")
lhead("Licenses")
l("Registered Nurse, North Carolina Board of Nursing (active through 2026)")
l("BLS / ACLS, American Heart Association")
lhead("Clinical skills")
l("Epic EHR")
l("Telemetry monitoring")
l("Patient education")
l("Charge nurse scheduling")
lhead("Interests")
l("Trail running, community choir")

r0 = right.paragraphs[0]
run(r0, "Keisha Marlow, BSN, RN", bold=True, size=18)
para(right, "Cardiac step-down nurse moving into clinical informatics.", size=10.5, color="595959", after=6)


def rhead(text):
    p = para(right, text, bold=True, size=11, before=8, after=3)
    bottom_rule(p, color="1F3864", sz=6)


def job(title, dates, where):
    p = para(right, "", before=4)
    right_tab(p, 11.4)
    run(p, title, bold=True)
    run(p, "\t" + dates)
    q = para(right, "")
    rr = run(q, where)
    rr.italic = True


def b(text):
    p = para(right, "– " + text)
    p.paragraph_format.left_indent = Cm(0.5)
    p.paragraph_format.first_line_indent = Cm(-0.35)


rhead("Experience")
job("Clinical Informatics Nurse Liaison (50% role)", "2023–present", "Wake Pines Medical Center · Raleigh, NC")
b("Translate floor feedback into Epic build requests; 27 requests delivered in the first year.")
b("Co-led super-user training for the new telemetry flowsheet (140 nurses).")
job("Staff Nurse, Cardiac Step-Down Unit", "2019–present", "Wake Pines Medical Center · Raleigh, NC")
b("Care for 4–5 telemetry patients per shift; relief charge nurse since 2021.")
job("Staff Nurse, Medical-Surgical", "2017–2019", "Haw River Community Hospital · Burlington, NC")
b("Precepted 6 new graduate nurses.")

rhead("Education")
para(right, "Bachelor of Science in Nursing — Piedmont Crest University, 2017")
para(right, "Certificate in Health Informatics (in progress) — Triangle Online College, 2024–")

rhead("Awards")
para(right, "DAISY Award for Extraordinary Nurses, Wake Pines Medical Center, 2022")

d.save(sys.argv[1])
