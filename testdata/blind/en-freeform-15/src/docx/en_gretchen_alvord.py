"""en_gretchen_alvord.docx: US sonographer. Title Case headings with a rule under them; title on the
left, dates on a right tab stop; employer line in italics below; contact lines split left/right by
a right tab."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

out = sys.argv[1] if len(sys.argv) > 1 else "."
d = new_doc("Liberation Serif", 11, 1.9)
d.sections[0].page_height, d.sections[0].page_width = Cm(27.94), Cm(21.59)   # US Letter
R = 21.59 - 2 * 1.9


def lr(left, right, **kw):
    p = para(d)
    right_tab(p, R)
    run(p, left, **kw)
    run(p, "\t" + right)
    return p


p = para(d, "Gretchen Alvord, RDMS, RVT", bold=True, size=20, space_after=0)
lr("Registered Diagnostic Medical Sonographer", "Omaha, NE 68106", italic=True)
lr("(402) 555-0162", "g.alvord@example.com")


def heading(text):
    p = para(d, text, bold=True, size=12.5, color="1F3864")
    p.paragraph_format.space_before = Pt(10)
    bottom_rule(p, 8, "1F3864")


def job(title, dates, where):
    p = lr(title, dates, bold=True)
    p.paragraph_format.space_before = Pt(5)
    para(d, where, italic=True)


heading("Professional Summary")
para(d, "Sonographer with six years in hospital and clinic settings, registered in abdomen, OB/GYN and vascular. "
        "Known for clean protocols, patient comfort during long exams, and teaching students on the floor.")

heading("Credentials")
para(d, "RDMS (AB, OB/GYN) \u2014 ARDMS, 2018")
para(d, "RVT \u2014 ARDMS, 2020")
para(d, "BLS \u2014 American Heart Association, exp. 08/2025")

heading("Experience")
job("Lead Sonographer", "Jun. 2020 \u2013 Present", "Platte Valley Medical Center, Imaging Services \u2013 Omaha, NE")
bullet(d, "Lead a team of 7 sonographers across inpatient, ED and outpatient; build the weekly schedule and call roster")
bullet(d, "Cut outpatient vascular backlog from 3 weeks to 6 days by adding an evening DVT slot")
bullet(d, "Clinical instructor for Prairie Hills sonography students (2\u20133 per term)")
job("Staff Sonographer", "Jul. 2018 \u2013 May 2020", "Heartland Women\u2019s Clinic \u2013 Council Bluffs, IA")
bullet(d, "OB and gynecologic ultrasound, 12\u201315 patients a day, including NT screening and biophysical profiles")

heading("Education")
job("A.S., Diagnostic Medical Sonography", "2016 \u2013 2018", "Prairie Hills School of Health Sciences \u2013 Omaha, NE")
para(d, "GPA 3.92/4.0. Clinical rotations (1,560 hours): Platte Valley Medical Center, general and vascular (840 hrs); "
        "Bellevue Family Birth Center, OB (480 hrs); Westroads Imaging, outpatient (240 hrs).")
job("B.S., Biology, minor in Chemistry", "2011 \u2013 2015", "Elkhorn State University \u2013 Kearney, NE")

heading("Skills")
p = para(d); run(p, "Equipment: ", bold=True); run(p, "GE LOGIQ E10, Philips EPIQ 7, Samsung HERA W10")
p = para(d); run(p, "Exams: ", bold=True); run(p, "abdominal, renal, thyroid, carotid duplex, venous DVT, arterial ABI, OB 1st\u20133rd trimester, pelvic and transvaginal")
p = para(d); run(p, "Software: ", bold=True); run(p, "Epic Radiant, Fuji Synapse PACS")

heading("Memberships")
para(d, "Society of Diagnostic Medical Sonography (SDMS)")
d.save(os.path.join(out, "en_gretchen_alvord.docx"))
