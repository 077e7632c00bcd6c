"""Canadian co-op engineering student: Google-Docs-like two-column table header (name left, contacts right),
work terms numbered `WORK TERM 4 (WT4)` with the term dates on a right tab, a Baja SAE team as a
project, CSWA inside the skills, bilingual line (Letter)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new_doc(font="Arial", size=10, margins=1.8, letter=True)
BLUE = "1A4E8A"
RT = [(18.0, "right")]


def head(t):
    p = para(d, "", space_before=9, space_after=2)
    run(p, t, bold=True, size=11, color=BLUE)
    bottom_border(p, BLUE, 8)


tb = d.add_table(rows=1, cols=2)
no_borders(tb)
widths(tb, [10.5, 7.5])
l, r = tb.rows[0].cells
p = clear_cell(l)
run(p, "Marc-Olivier Boudreau", bold=True, size=20)
para(l, "Mechanical Engineering Co-op \u00b7 3B", size=11, color=BLUE, space_after=0)
para(l, "Seeking: 8-month work term, May \u2013 Dec 2025", italic=True, size=9.5)
p = clear_cell(r)
run(p, "Moncton, NB", size=9.5)
for t in ["(506) 555-0114", "mo.boudreau@example.ca", "linkedin.com/in/mo-boudreau", "github.com/moboudreau"]:
    para(r, t, size=9.5, align="right", space_after=0)
p.alignment = 2  # right

head("EDUCATION")
p = para(d, "", space_after=0, tabs=RT)
run(p, "Tantramar University", bold=True)
run(p, ", Sackville, NB\tSept 2021 \u2013 Apr 2026 (expected)")
para(d, "Bachelor of Applied Science (B.A.Sc.), Mechanical Engineering \u2014 Co-op program", space_after=0)
para(d, "GPA 3.7/4.3 \u00b7 Dean\u2019s Honour List (Fall 2022, Winter 2023)", space_after=0)
para(d, "Relevant courses: Machine Design, Thermodynamics II, Fluid Mechanics, Finite Element Methods, "
        "Manufacturing Processes")

head("CO-OP WORK TERMS")


def term(num, dates, title, emp, bullets):
    p = para(d, "", space_before=5, space_after=0, tabs=RT)
    run(p, num, bold=True, color="666666", size=9)
    run(p, "\t" + dates)
    p = para(d, "", space_after=1)
    run(p, title, bold=True)
    run(p, " \u2014 " + emp, italic=True)
    for b in bullets:
        para(d, "\u2022  " + b, indent=0.55, first=-0.4, space_after=0)


term("WORK TERM 4 (WT4)", "Sept \u2013 Dec 2024", "Mechanical Design Co-op", "Fundy Tidal Systems Inc., Saint John, NB",
     ["Modelled a turbine nacelle access hatch in SolidWorks; cut part count from 23 to 14.",
      "Ran ANSYS static and fatigue checks on bracket redesigns; wrote the design-review pack.",
      "Produced 40+ drawings to ASME Y14.5 with GD&T."])
term("WORK TERM 3 (WT3)", "Jan \u2013 Apr 2024", "Manufacturing Engineering Co-op", "Maritime Coachworks Ltd., Dieppe, NB",
     ["Designed welding fixtures for bus floor frames (saved ~2 h per unit).",
      "Updated work instructions and PFMEA for the frame line."])
term("WORK TERM 2 (WT2)", "May \u2013 Aug 2023", "Quality Assurance Co-op", "Shediac Food Machinery, Shediac, NB",
     ["First-article inspections with CMM and hand tools; tracked NCRs in Excel."])
term("WORK TERM 1 (WT1)", "Sept \u2013 Dec 2022", "Engineering Assistant", "Petitcodiac Water Commission, Moncton, NB",
     ["Field data collection for pump-station condition survey; drafted as-builts in AutoCAD."])

head("PROJECTS")
p = para(d, "", space_before=3, space_after=0, tabs=RT)
run(p, "Tantramar Baja SAE \u2014 Suspension Lead", bold=True)
run(p, "\t2022 \u2013 present")
para(d, "\u2022  Designed the rear trailing-arm suspension; 18% lighter than the previous car.", indent=0.55, first=-0.4, space_after=0)
para(d, "\u2022  Team placed 9th of 42 overall at Baja SAE competition (2024).", indent=0.55, first=-0.4, space_after=0)
p = para(d, "", space_before=3, space_after=0, tabs=RT)
run(p, "Heat-exchanger test rig (MECH 3420 course project)", bold=True)
run(p, "\tWinter 2024")
para(d, "\u2022  Built a shell-and-tube test rig with Arduino logging; results within 8% of the NTU model.", indent=0.55, first=-0.4, space_after=0)

head("SKILLS")
for a, b in [("CAD:", "SolidWorks (CSWA certified), AutoCAD, Fusion 360"),
             ("Analysis:", "ANSYS Mechanical, MATLAB, Python (NumPy, pandas)"),
             ("Shop:", "manual mill and lathe, MIG welding, 3D printing"),
             ("Languages:", "English and French \u2014 fully bilingual")]:
    p = para(d, "", space_after=0)
    run(p, a + " ", bold=True)
    run(p, b)

head("AWARDS")
para(d, "Tantramar Entrance Scholarship (2021) \u00b7 Co-op Student of the Term \u2014 nominee, WT3 (Winter 2024)")

d.save(sys.argv[1])
