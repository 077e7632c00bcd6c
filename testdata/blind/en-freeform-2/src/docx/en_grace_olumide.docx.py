# Grace A. Olumide, RN, BScN — Canadian ICU nurse. Plain Word document: centred header,
# headings as bold small caps paragraphs, jobs as "Title<TAB>dates" with a right tab stop
# and an italic employer line under them; tab-stop two-column licence list.
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Georgia", size=10.5, margins_cm=2.0)
R = [(17.0, "right", None)]

para(doc, "**Grace A. Olumide, RN, BScN**", size=18, align="center", after=0)
para(doc, "Registered Nurse — Critical Care", size=11, align="center", color="444444", after=2)
para(doc, "Toronto, ON · 416-555-0172 · grace.olumide@example.ca · linkedin.com/in/graceolumide-rn",
     size=9.5, align="center", after=8)

def heading(t):
    p = para(doc, "**" + t + "**", size=11, before=8, after=2, keep_next=True)
    p.runs[0].font.small_caps = True
    bottom_border(p, sz=4, color="888888")

heading("Professional Summary")
para(doc, "ICU nurse with five years in a 24-bed medical-surgical intensive care unit and two years on a "
          "medicine float pool. Calm with unstable patients and with frightened families; charge nurse on "
          "nights since 2022 and preceptor to nine new graduates.")

heading("Registration & Certifications")
for a, b in [
        ("Registered Nurse, General Class — College of Nurses of Ontario (CNO)", "since 2017"),
        ("Critical Care Nursing Certificate — Northbridge College", "2019"),
        ("ACLS Provider — Heart and Stroke Foundation of Canada", "exp. Nov. 2026"),
        ("BLS Provider — Heart and Stroke Foundation of Canada", "exp. Nov. 2025"),
        ("Non-Violent Crisis Intervention (CPI)", "2021")]:
    para(doc, a + "\t" + b, tabs=R)

heading("Clinical Experience")

def job(title, dates, org, bullets):
    para(doc, "**" + title + "**\t" + dates, tabs=R, before=5, keep_next=True)
    para(doc, "//" + org + "//", keep_next=True)
    for b in bullets:
        bullet(doc, b)

job("Registered Nurse, Intensive Care Unit", "Sept. 2019 – present",
    "Lakeshore General Hospital, Toronto, ON", [
        "1:1 and 1:2 care of ventilated, post-operative and septic patients in a 24-bed MSICU.",
        "Charge nurse on night shift (2022 – present): bed flow, staffing, rapid response calls.",
        "Preceptor for 9 new graduate nurses; co-wrote the unit's CRRT orientation checklist.",
        "Member of the unit practice council; led the 2023 pressure-injury audit (rate down from 6.1% to 2.4%)."])
job("Registered Nurse, Medicine Float Pool", "June 2017 – Aug. 2019",
    "St. Brigid's Health Centre, Mississauga, ON", [
        "Floated across five medicine and step-down units; telemetry and high-flow oxygen.",
        "Epic go-live super-user for the float pool (2018)."])
job("Personal Support Worker (part-time)", "2014 – 2017",
    "Maple Grove Long-Term Care, Brampton, ON", [
        "Personal care, feeding and mobility for 12 residents per shift while in nursing school."])

heading("Education")
para(doc, "**Bachelor of Science in Nursing (BScN)**\t2013 – 2017", tabs=R)
para(doc, "//Ontario Lakes University, Toronto// — Dean's Honour List 2016, 2017")

heading("Clinical Skills")
para(doc, "Ventilator management • CRRT • arterial and central lines • titrating vasoactive infusions • "
          "sedation and delirium scoring (RASS, CAM-ICU) • Epic charting • preceptoring")

heading("Awards")
para(doc, "Nursing Excellence Award, ICU — Lakeshore General Hospital (2022)")

heading("Volunteer")
para(doc, "**Volunteer nurse**, Parkdale Community Health Fair\t2018 – present", tabs=R)
para(doc, "Blood-pressure and diabetes screening at the yearly fair; recruit and brief 15 student volunteers.")

heading("Languages")
para(doc, "English (native) · Yoruba (conversational) · French (basic, DELF A2)")

doc.save(sys.argv[1])
