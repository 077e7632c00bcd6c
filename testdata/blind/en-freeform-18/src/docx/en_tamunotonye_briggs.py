"""Nigerian CV of a telecom BTS field engineer: caps headings on grey bars, PERSONAL DATA label/value
table, `Title at Company (dates)` job lines with Responsibilities / Key Achievements blocks, referees."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
doc = new_doc(font="Times New Roman", size=11, margins_cm=(1.6, 1.6, 2.0, 2.0))

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "TAMUNOTONYE IBIM BRIGGS, B.Eng", bold=True, size=16)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "No. 27 Elekahia Housing Estate Road, Port Harcourt, Rivers State.", size=10.5)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, "Mobile: 0803 555 0164, 0905 555 0132   Email: tamunotonye.briggs@example.com.ng", size=10.5)


def heading(text):
    t = doc.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    shade(c, "D9D9D9")
    c.paragraphs[0].text = ""
    run(c.paragraphs[0], text, bold=True, size=11.5)
    p = doc.add_paragraph(); space(p, after=0)


heading("CAREER OBJECTIVE")
doc.add_paragraph(
    "To contribute my experience in BTS installation, maintenance and power systems to a telecom "
    "infrastructure company as a Network Operations Supervisor, where I can grow into management.")

heading("PERSONAL DATA")
pd = [("Date of Birth:", "12th August, 1992"), ("State of Origin:", "Rivers State"), ("L.G.A.:", "Okrika"),
      ("Sex:", "Male"), ("Marital Status:", "Single"), ("Nationality:", "Nigerian")]
t = doc.add_table(rows=len(pd), cols=2)
for i, (k, v) in enumerate(pd):
    t.cell(i, 0).paragraphs[0].text = ""; run(t.cell(i, 0).paragraphs[0], k, bold=True)
    t.cell(i, 1).paragraphs[0].text = v
col_widths(t, [4.5, 12.0])
doc.add_paragraph()

heading("EDUCATIONAL QUALIFICATIONS WITH DATES")
for inst, what, dates in [
    ("Garden City University of Science and Technology, Port Harcourt",
     "B.Eng. Electrical/Electronic Engineering (Second Class Upper Division)", "2010 – 2015"),
    ("Ogbunabali Model Secondary School, Port Harcourt", "Senior Secondary School Certificate (WASSCE)", "2004 – 2009"),
]:
    p = doc.add_paragraph(); right_tab(p, 17.0)
    run(p, inst, bold=True); run(p, "\t" + dates)
    doc.add_paragraph(what)

heading("WORK EXPERIENCE")


def job(title, dates, location, resp, ach):
    p = doc.add_paragraph(); space(p, before=6)
    run(p, title, bold=True); run(p, "  (" + dates + ")")
    if location:
        p = doc.add_paragraph(); run(p, location, italic=True)
    if resp:
        p = doc.add_paragraph(); run(p, "Responsibilities:", bold=True, italic=True)
        for r in resp:
            bullet(doc, r, sym="➢")
    if ach:
        p = doc.add_paragraph(); run(p, "Key Achievements:", bold=True, italic=True)
        for a in ach:
            bullet(doc, a, sym="➢")


job("Senior Field Maintenance Engineer at Rivcom Tower Services Ltd", "January 2021 – Date",
    "Port Harcourt cluster: 186 sites in Rivers and Bayelsa States",
    ["Lead two field teams on preventive and corrective maintenance of BTS, power and cooling equipment.",
     "Manage generator, rectifier and lithium battery maintenance; raise and close tickets on the NOC portal.",
     "Supervise contractors on site access, fuel delivery and security escalation."],
    ["Raised cluster uptime from 98.1% to 99.6% in 18 months.",
     "Cut diesel consumption by 22% by moving 28 off-grid sites to solar hybrid power."])
job("Field Engineer (BTS) at Atlantic Delta Telecoms Nigeria Ltd", "March 2017 – December 2020",
    "Port Harcourt",
    ["Installed and commissioned 2G/3G/4G base stations, microwave links and DC power systems.",
     "Carried out drive tests and site audits; prepared as-built documentation."],
    ["Commissioned 64 new 4G sites during the 2019 LTE rollout with zero rework."])
job("Corps Member (IT Support Unit) at Rivers State Ministry of Works", "2016 – 2017", "",
    ["Maintained the ministry's LAN, printers and desktop computers during my NYSC primary assignment."], [])
job("Industrial Training (SIWES) Student at Atlantic Delta Telecoms Nigeria Ltd", "June – November 2013", "",
    ["Assisted site engineers on BTS installation and power-system maintenance."], [])

heading("PROJECTS")
for name, desc in [
    ("LTE Site Swap, Rivers cluster (2022)",
     "Swapped 42 legacy sites to Huawei BBU 5900 with RRUs; planned cut-overs at night to keep outage under 2 hours per site."),
    ("Solar Hybrid Retrofit (2023)",
     "Designed and supervised solar hybrid retrofits on 28 off-grid sites with 10 kWp arrays and lithium battery banks."),
]:
    p = doc.add_paragraph(); run(p, name, bold=True)
    doc.add_paragraph(desc)

heading("PROFESSIONAL CERTIFICATIONS / MEMBERSHIP")
for c in ["COREN Registered Engineer (R. 61207), 2019",
          "Huawei Certified ICT Associate (HCIA) – LTE, 2018",
          "Working at Height and Rescue – Garden City Safety Academy, 2021",
          "NYSC Certificate of National Service, 2017",
          "Member, Nigerian Society of Engineers (MNSE)"]:
    bullet(doc, c, sym="➢")

heading("SKILLS")
doc.add_paragraph("Technical: BTS installation, microwave alignment, DC power systems, generator maintenance, solar hybrid systems, drive testing")
doc.add_paragraph("Software: Microsoft Office, AutoCAD, TEMS Investigation, U2020")

heading("HOBBIES")
doc.add_paragraph("Football, reading and volunteering.")

heading("REFEREES")
for r in ["Engr. Ibinabo Dagogo, Regional Operations Manager, Rivcom Tower Services Ltd, Port Harcourt. 0803 555 0178",
          "Engr. (Mrs.) Soye Alabo-George, Senior Lecturer, Department of Electrical/Electronic Engineering, Garden City University of Science and Technology. 0805 555 0119"]:
    bullet(doc, r, sym="1." if r.startswith("Engr. Ib") else "2.")

doc.save(out)
