import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *
d = new("Cambria", 10.5)
T = 16.5
para(d, ("FRASER McINTYRE", "b", 17))
para(d, ("Chartered Mechanical Engineer (CEng MIMechE)", "i"))
para(d, "E: fraser.mcintyre@example.co.uk   M: 07700 900461   L: linkedin.com/in/frasermcintyre-ceng")
para(d, "Westhill, Aberdeenshire, Scotland")
def H(t):
    p = para(d, (t, "b", 11.5), space_before=10); bottom_border(p)
H("Profile")
para(d, "Mechanical engineer with twelve years in rotating equipment and subsea hardware for the North Sea energy sector, "
        "now leading design teams on offshore wind and hydrogen projects. Comfortable from concept to commissioning.")
H("Experience")
def employer(name):
    para(d, (name, "b"), space_before=8)
def role(title, dates, bullets):
    para(d, (title, "i"), "\t" + dates, tab=T)
    for b in bullets: bullet(d, b)
employer("GRAMPIAN SUBSEA SYSTEMS LTD, Aberdeen")
role("Lead Mechanical Engineer", "2021-07 to present",
     ["Lead a team of 9 engineers designing cable protection and mooring hardware for floating offshore wind.",
      "Introduced design reviews with FEA sign-off gates; rework on first articles down by a third."])
role("Senior Mechanical Engineer", "2018-03 to 2021-06",
     ["Design authority for subsea connectors rated to 690 bar; qualification testing to API 17D."])
role("Mechanical Engineer", "2015-09 to 2018-02",
     ["3D design in SolidWorks and tolerance stack-ups for manifold components."])
employer("DEESIDE ROTATING EQUIPMENT, Bridge of Don")
role("Graduate Engineer", "2012-08 to 2015-08",
     ["Root-cause analysis of pump and compressor failures; on-site support at two offshore platforms."])
role("Summer Placement Student", "Summer 2011", [])
H("Education")
para(d, "MEng (Hons) Mechanical Engineering, 2:1 — University of the Granite City, Aberdeen, 2007 – 2012", tab=T)
para(d, "Scottish Highers: Maths (A), Physics (A), Chemistry (B), English (B) — Westhill Academy, 2007", tab=T)
H("Professional Memberships")
bullet(d, "Chartered Engineer (CEng), Institution of Mechanical Engineers (MIMechE), 2017")
bullet(d, "Member, Society for Underwater Technology")
H("Technical Proficiencies")
t = d.add_table(rows=4, cols=2)
t.style = "Table Grid"
rows = [("CAD / CAE", "SolidWorks, Autodesk Inventor, ANSYS Mechanical, Orcaflex (basic)"),
        ("Standards", "API 17D, DNV-ST-0359, ASME VIII Div. 1, ISO 13628"),
        ("Methods", "FMEA, DFMA, GD&T, root-cause analysis"),
        ("Software", "Python, MATLAB, Excel VBA")]
for i, (a, b) in enumerate(rows):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
H("Interests")
para(d, "Hill walking (142 of 282 Munros), curling, mentoring STEM ambassadors in local schools.")
d.save(sys.argv[1])
