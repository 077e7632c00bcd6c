#!/usr/bin/python3
"""Academic CV typed in Word: centred name, small-caps headings with a rule, year in a left hanging
column separated by a tab, Teaching / Grants / Talks sections, citations with the author's name in bold."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(font="Noto Serif CJK SC", size=11)
para(d, "Hannah L. Voss, Ph.D.", bold=True, size=16, align="center")
para(d, "Curriculum Vitae", size=11, align="center")
para(d, "Department of Earth Sciences, Brackenridge University, 210 Quarry Hall, Laramie, WY 82070", size=9.5, align="center")
para(d, "hvoss@brackenridge.example.edu  ·  307-555-0129  ·  hannahvoss.example.net", size=9.5, align="center", after=6)


def head(t):
    p = para(d, "", before=8, after=3)
    r = run(p, t, bold=True, size=11.5)
    r.font.small_caps = True
    bottom_rule(p, color="000000", sz=6)


def row(left, text, bold=False):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.6)
    p.paragraph_format.first_line_indent = Cm(-2.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
    run(p, left + "\t")
    run(p, text, bold=bold)
    return p


def cont(text, italic=False):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.6)
    r = run(p, text)
    r.italic = italic
    return p


head("Academic Appointments")
row("2020–", "Assistant Professor of Geochemistry, Brackenridge University", bold=True)
row("2017–2020", "Postdoctoral Fellow, Keswick Institute for Climate Research", bold=True)
cont("Advisor: Prof. Ian Marlowe. Built the lab's first laser-ablation ICP-MS workflow.")

head("Education")
row("2017", "Ph.D., Geochemistry, University of Northern Cascades")
cont("Dissertation: Lithium isotopes as tracers of weathering in glacial catchments", italic=True)
row("2011", "B.A., Chemistry, summa cum laude, Oakmere College")

head("Grants")
row("2023", "NSF Early Career Award, “Weathering feedbacks in a warming Arctic”, $612,000 (PI)")
row("2021", "Brackenridge Seed Grant, $25,000 (PI)")

head("Publications")
p = row("2024", "")
run(p, "Voss, H. L.", bold=True)
run(p, ", Tran, M., & Ebert, S. (2024). Lithium isotope fractionation during clay formation. ")
r = run(p, "Geochimica Letters")
r.italic = True
run(p, ", 18, 201–214.")
p = row("2019", "")
run(p, "Voss, H. L.", bold=True)
run(p, ", & Marlowe, I. (2019). Seasonal weathering pulses beneath a temperate glacier. ")
r = run(p, "Journal of Cold Region Geochemistry")
r.italic = True
run(p, ", 7(3), 45–60.")

head("Teaching")
row("2021–", "GEOL 3400 Aqueous Geochemistry (undergraduate, 35 students)")
row("2020–", "GEOL 5120 Isotope Methods (graduate seminar)")

head("Invited Talks")
row("2023", "“Rocks as thermostats”, Front Range Geoscience Colloquium, Boulder, CO")
row("2022", "“Glaciers and lithium”, Keswick Institute seminar series")

head("Honors")
row("2018", "Outstanding Postdoc Poster Award, Western Geochemical Society")

head("Service")
row("2022–", "Associate Editor, Geochimica Letters")
row("2021–", "Graduate Admissions Committee, Department of Earth Sciences")

d.save(sys.argv[1])
