"""Nigerian hydrogeologist's CV: surname-first name line, PERSONAL DATA label list, education with
dates, 'EMPLOYER, TOWN (Month Year – Date)' blocks with Designation / Job Description, a bordered
PROJECTS EXECUTED table with S/N column, numbered referees. Times New Roman, A4."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _common import *

out = sys.argv[1]
doc = new_doc("Times New Roman", 11.5, margins_cm=2.3)
W = text_width(doc)
core(doc, "CURRICULUM VITAE", "Tobi Akinsanya")


def heading(t):
    p = para(doc, t, bold=True, size=12, before=10, after=4)
    p.runs[0].underline = True


def labels(rows, tab_cm=4.5):
    for k, v in rows:
        p = doc.add_paragraph()
        left_tab(p, Cm(tab_cm))
        p.paragraph_format.space_after = Pt(1)
        run(p, k, bold=True)
        run(p, "\t: " + v)


para(doc, "CURRICULUM VITAE", bold=True, size=15, align="center", after=8)
para(doc, "AKINSANYA, Oluwatobi Emmanuel", bold=True, size=13, align="center", after=0)
para(doc, "Plot 7, Alhaji Lateef Close, Bodija, Ibadan, Oyo State.", align="center", after=0)
para(doc, "Tel: 0803 555 0127, 0706 555 0148   E-mail: tobi.akinsanya@example.com.ng", align="center", after=6)

heading("PERSONAL DATA")
labels([
    ("Date of Birth", "14th June, 1989"),
    ("Sex", "Male"),
    ("Marital Status", "Married"),
    ("State of Origin", "Ogun State"),
    ("L.G.A.", "Ijebu-Ode"),
    ("Nationality", "Nigerian"),
])

heading("CAREER OBJECTIVE")
para(doc, "To secure the position of Senior Hydrogeologist in a water-sector consultancy or development "
     "agency, where my field experience in groundwater exploration and borehole supervision will help "
     "bring safe water to more communities.", after=2)

heading("EDUCATIONAL QUALIFICATIONS WITH DATES")
for d, q in [
    ("2016 \u2013 2018", "Lagelu State University, Ibadan \u2013 M.Sc. Hydrogeology"),
    ("2006 \u2013 2011", "Oke-Ogun University, Saki \u2013 B.Sc. (Hons) Geology, Second Class Upper Division"),
    ("1999 \u2013 2005", "Ijebu Anglican Grammar School, Ijebu-Ode \u2013 West African Senior School Certificate (WASSCE)"),
]:
    p = doc.add_paragraph()
    left_tab(p, Cm(3.3))
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent, pf.space_after = Cm(3.3), Cm(-3.3), Pt(2)
    run(p, d + "\t" + q)

heading("PROFESSIONAL QUALIFICATIONS AND MEMBERSHIP")
for b in [
    "Registered Geoscientist, Council of Nigerian Mining Engineers and Geoscientists (COMEG) \u2013 Reg. No. COMEG/G/4471, 2017",
    "HSE Levels I, II & III \u2013 Institute of Safety Professionals of Nigeria (ISPON), 2019",
    "Member, Nigerian Mining and Geosciences Society (NMGS)",
    "Member, Nigerian Association of Hydrogeologists (NAH)",
]:
    bullet(doc, b)

heading("WORK EXPERIENCE")


def job(emp, dates, desig, duties):
    p = para(doc, "", before=6, after=1)
    run(p, emp, bold=True)
    run(p, " (" + dates + ")", bold=True)
    p = para(doc, "", after=1)
    run(p, "Designation: ", italic=True)
    run(p, desig)
    para(doc, "Job Description:", italic=True, after=1)
    for d in duties:
        bullet(doc, d)


job("AQUAFIRMA WATER SERVICES LIMITED, IBADAN", "February 2019 \u2013 Date", "Project Hydrogeologist", [
    "Plan and interpret geophysical surveys (VES and 2D resistivity) to site boreholes in basement-complex terrain",
    "Supervise drilling crews on DTH and mud-rotary rigs; log cuttings, design well screens and gravel packs",
    "Run and analyse constant-rate and step-drawdown pumping tests; write completion reports for clients",
    "Sited and supervised 160+ boreholes with a 91% success rate in crystalline basement",
])
job("DEEPWELL DRILLING & ENGINEERING CO., OGBOMOSO", "March 2012 \u2013 January 2019", "Field Geologist", [
    "Carried out VES surveys and prepared borehole siting reports for private and community clients",
    "Supervised drilling, development and installation of submersible and hand pumps",
    "Collected water samples and coordinated laboratory analysis against NSDWQ limits",
])
job("OYO STATE MINISTRY OF AGRICULTURE, IBADAN", "April 2011 \u2013 March 2012", "Corps Member (NYSC)", [
    "Assisted the soil survey unit with field mapping and farmers' outreach in Akinyele LGA",
])

heading("PROJECTS EXECUTED")
rows = [
    ["1.", "Siting and supervision of 24 solar-powered motorised boreholes", "WaterBridge Nigeria (NGO)", "Ibarapa, Oyo State", "2023"],
    ["2.", "Geophysical survey (VES) of 60 community borehole sites", "Oyo State RUWASSA", "Oke-Ogun zone", "2021"],
    ["3.", "Pumping tests and water-quality monitoring for an industrial estate", "Ogbomoso Agro-Allied Estate Ltd", "Ogbomoso", "2020"],
    ["4.", "Hydrogeological mapping for a small earth-dam feasibility study", "Deepwell Drilling & Engineering Co.", "Iseyin", "2017"],
]
t = doc.add_table(rows=1 + len(rows), cols=5)
table_borders(t, sz=4, color="000000")
col_widths(t, [W * 0.07, W * 0.41, W * 0.22, W * 0.19, W * 0.11])
for j, h in enumerate(["S/N", "Project", "Client", "Location", "Year"]):
    cell_text(t.cell(0, j), h, bold=True, size=10.5)
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=10.5)

heading("SKILLS")
for b in [
    "Vertical Electrical Sounding (VES) and 2D resistivity imaging (ABEM Terrameter)",
    "Pumping test analysis (AQTESOLV)",
    "GIS and mapping: ArcGIS, QGIS, Surfer",
    "Borehole drilling supervision (DTH and mud rotary)",
    "Microsoft Word, Excel and PowerPoint",
]:
    bullet(doc, b)

heading("HOBBIES")
para(doc, "Reading, football and travelling.", after=2)

heading("REFEREES")
refs = [
    ["Prof. A. O. Adeleke", "Department of Geology, Lagelu State University, Ibadan.", "0805 555 0172"],
    ["Engr. (Mrs.) F. B. Olaniyan", "Managing Director, Aquafirma Water Services Limited, Ibadan.", "0809 555 0136"],
    ["Mr. Kunle Adebisi", "Drilling Superintendent, Deepwell Drilling & Engineering Co., Ogbomoso.", "0703 555 0115"],
]
for i, (n, a, ph) in enumerate(refs, 1):
    p = doc.add_paragraph()
    left_tab(p, Cm(0.8))
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent, pf.space_after = Cm(0.8), Cm(-0.8), Pt(4)
    run(p, f"{i}.\t")
    run(p, n, bold=True)
    run(p, "\n" + a + "\n" + ph)
doc.save(out)
