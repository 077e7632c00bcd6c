"""Dennis Kiprono Rotich -- fibre splicing technician, Nairobi. Kenyan CV in Word, laid out from the
hand-typed text: centred title, label:value personal details, education and certificate tables,
Organization / Position / Period blocks, numbered achievements, three referees."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

d = new_doc(font="Liberation Serif", size=11.5, margins=(2.2, 2.2, 2.0, 2.0))
core(d, "CV Dennis Rotich", "Dennis Rotich")

para(d, "CURRICULUM VITAE", bold=True, size=15, align="center", space_after=8)
para(d, "DENNIS KIPRONO ROTICH", bold=True, size=13, space_after=0)
para(d, "Fibre Optic Splicing Technician", italic=True, space_after=0)
para(d, "P.O. Box 10555-00100, Nairobi", space_after=0)
para(d, "Tel: 0711 555 064", space_after=0)
para(d, "Email: dennis.rotich@example.co.ke", space_after=4)


def heading(text):
    p = para(d, space_before=10, space_after=4)
    run(p, text, bold=True, size=12)
    border(p, "bottom", sz=8, color="000000")


def kv_table(rows, w=(4.5, 12.0)):
    t = d.add_table(rows=len(rows), cols=2)
    no_borders(t)
    widths(t, w)
    for i, (k, v) in enumerate(rows):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)
    return t


heading("PERSONAL DETAILS")
kv_table([("Date of Birth:", "14th March 1993"), ("ID No.:", "00000000"), ("Nationality:", "Kenyan"),
          ("Marital Status:", "Married"), ("Languages:", "English, Kiswahili, Kalenjin"),
          ("Driving Licence:", "Classes A2 and B")])

heading("CAREER OBJECTIVE")
para(d, "To grow into an outside plant (OSP) supervisory role in a fast-growing internet service provider, "
        "using my six years of hands-on fibre splicing, testing and team leadership to deliver reliable "
        "networks on time.")

heading("EDUCATION BACKGROUND")
t = d.add_table(rows=3, cols=2)
no_borders(t)
widths(t, [3.2, 13.3])
for i, (yrs, q, s) in enumerate([
        ("2013 - 2015", "Diploma in Telecommunication Engineering (Credit)", "Mlima Technical Training Institute, Eldoret"),
        ("2007 - 2010", "Kenya Certificate of Secondary Education (KCSE) - Mean Grade B- (minus)", "Kaptagat Hills Boys' High School"),
        ("2006", "Kenya Certificate of Primary Education (KCPE) - 376 marks", "Sosiani Primary School")]):
    cell_text(t.cell(i, 0), yrs, bold=True)
    c = t.cell(i, 1)
    cell_text(c, q, bold=True)
    para(c, s, space_after=4)

heading("PROFESSIONAL CERTIFICATIONS")
rows = [("Certificate", "Issued by", "Validity"),
        ("Certified Fiber Optic Technician (CFOT)", "The Fiber Optic Association", "renewed 2025"),
        ("Working at Heights", "Kilele Safety Training Ltd", "expires 30/06/2026"),
        ("First Aid (Workplace)", "St John Ambulance Kenya", "expires 11/2025"),
        ("Fusion Splicer Operator Training (41S+)", "Fujikura dealer training", "2021")]
t = d.add_table(rows=len(rows), cols=3)
cell_borders(t, sz=4, color="000000")
widths(t, [7.0, 5.5, 4.0])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=10.5)

heading("WORK EXPERIENCE")
jobs = [
    ("Savannah FibreNet Ltd, Nairobi", "FTTH Splicing Supervisor", "January 2020 to date", [
        "Supervise three splicing teams (9 technicians) on FTTH roll-outs in Nairobi, Kiambu and Machakos counties.",
        "Splice and test feeder, distribution and drop cables; OTDR and power meter acceptance testing before handover.",
        "Prepare daily progress reports, as-built splice diagrams and material requisitions for the project engineer.",
        "Train new technicians on fusion splicing, cleaving and closure management."]),
    ("Rift Connect Contractors Ltd, Nakuru", "Fibre Splicing Technician", "March 2017 - December 2019", [
        "Spliced backbone and metro fibre for mobile operator sites along the Nakuru - Eldoret corridor.",
        "Located and repaired fibre cuts within the 4-hour SLA, including night call-outs.",
        "Maintained the fusion splicer and OTDR and kept the calibration records."]),
    ("Eldoret Telecom Services Ltd, Eldoret", "Industrial Attachment (Student)", "May 2015 - July 2015", [
        "Assisted technicians with copper and fibre terminations and customer installations."]),
]
for org, pos, per, duties in jobs:
    kv_table([("Organization:", org), ("Position:", pos), ("Period:", per)], w=(3.2, 13.3))
    para(d, "Duties and responsibilities:", bold=True, italic=True, space_before=2)
    for x in duties:
        bullet(d, x)
    para(d, space_after=2)

heading("KEY ACHIEVEMENTS")
for x in ["Led the splicing work that connected over 4,200 homes in Kasarani and Ruiru in 2022, finishing three weeks ahead of schedule.",
          "Brought the team's average splice loss down from 0.08 dB to 0.03 dB through cleaver maintenance and retraining.",
          "Zero lost-time injuries on my teams since 2020."]:
    para(d, x, style="List Number")

heading("SKILLS")
para(d, "Fusion splicing (single and ribbon fibre), OTDR testing and trace analysis, optical power meter and light source "
        "testing, GPON/FTTH network architecture, splice closure and ODF management, aerial and underground cable "
        "installation, AutoCAD (as-built drawings), MS Excel reporting, team supervision.")

heading("HOBBIES")
para(d, "Long-distance running, reading, mentoring youth in my church.")

heading("REFEREES")
refs = [("1. Eng. Peter Kariuki", ["Network Operations Manager, Savannah FibreNet Ltd", "P.O. Box 10555-00100, Nairobi",
                                   "Tel: 0711 555 019  Email: pkariuki@example.co.ke"]),
        ("2. Mr. Samuel Kiptoo", ["Projects Manager, Rift Connect Contractors Ltd", "P.O. Box 2555-20100, Nakuru", "Tel: 0722 555 087"]),
        ("3. Mrs. Grace Chebet", ["Head of Department, Electrical & Electronics, Mlima Technical Training Institute", "Tel: 0733 555 041"])]
for name, lines in refs:
    para(d, name, bold=True, space_after=0, space_before=4)
    for l in lines:
        para(d, l, space_after=0)
d.save(sys.argv[1])
