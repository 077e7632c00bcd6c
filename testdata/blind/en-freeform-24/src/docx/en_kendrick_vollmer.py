"""USAF emergency manager -> civilian emergency management coordinator (Letter, Calibri)."""
import sys
from common import *  # noqa: F401,F403

out = sys.argv[1]
doc = new_doc("Calibri", 10.5, letter=True, margins=0.7)
TAB = 7.1  # right tab stop, inches from the left margin


def heading(text):
    p = para(doc, text, bold=True, size=11.5, color="1F3A5F", before=8, after=3)
    bottom_border(p, "1F3A5F", 8)
    return p


def job(title, dates, where, af_title=None):
    p = para(doc, before=5, after=0)
    right_tab(p, TAB)
    run(p, title, bold=True)
    run(p, "\t" + dates, bold=True)
    para(doc, where, italic=True, after=1)
    if af_title:
        p = para(doc, after=1)
        run(p, "Air Force title: ", bold=True, size=9.5, color="555555")
        run(p, af_title, size=9.5, color="555555")


para(doc, "KENDRICK A. VOLLMER", bold=True, size=20, align="center", after=0, color="1F3A5F")
para(doc, "Tucson, AZ 85710  |  (520) 555-0143  |  k.vollmer@example.com  |  linkedin.com/in/kvollmer-em",
     size=9.5, align="center", after=2)
para(doc, "Emergency Management Coordinator  |  USAF Veteran (Emergency Management, AFSC 3E9X1)  |  CEM®",
     bold=True, size=10.5, align="center", after=4)

heading("SUMMARY")
para(doc, "Emergency manager with 12 years in U.S. Air Force emergency management and three years in hospital "
          "emergency preparedness. Led installation emergency operations centers through real-world activations, a "
          "wildfire smoke event and an exercise program of 40+ drills a year. Translates military planning into "
          "plain-language plans, training and after-action reports that civilian staff actually use. Seeking a county "
          "or municipal emergency management coordinator role in Southern Arizona.")

heading("CORE COMPETENCIES")
cells = [
    ("EOC activation and management", "Incident Command System (ICS)", "Hazard mitigation planning"),
    ("HSEEP exercise design", "Continuity of operations (COOP)", "CBRN and HAZMAT response"),
    ("WebEOC", "Everbridge mass notification", "After-action reports"),
]
t = doc.add_table(rows=3, cols=3)
no_borders(t)
for r, row in enumerate(cells):
    for c, txt in enumerate(row):
        cell_text(t.cell(r, c), "▪ " + txt, size=10)
col_widths(t, [2.37, 2.37, 2.37])

heading("PROFESSIONAL EXPERIENCE")
job("Emergency Preparedness Coordinator", "Oct 2021 – Present", "Sonoran Regional Medical Center, Tucson, AZ")
for b in [
    "Maintain the hospital Emergency Operations Plan and 14 hazard-specific annexes in line with the CMS Emergency "
    "Preparedness Rule and Joint Commission EM standards.",
    "Run Hospital Incident Command System (HICS) activations for a 412-bed campus; served as Planning Section Chief "
    "during the July 2023 extreme-heat patient surge.",
    "Design and evaluate two full-scale exercises a year with county and city fire partners, including a 60-patient "
    "mass-casualty drill.",
    "Trained 1,100+ staff in decontamination, evacuation and active-threat response; cut time-to-activate the "
    "command center from 45 to 18 minutes.",
]:
    bullet(doc, b)

heading("MILITARY EXPERIENCE — UNITED STATES AIR FORCE, 2009 – 2021")
para(doc, "Civilian job titles shown first; Air Force duty titles, AFSCs and grades below each.", italic=True,
     size=9, color="555555", after=2)
job("Emergency Management Program Manager", "Jun 2017 – Sep 2021",
    "355th Civil Engineer Squadron, Davis-Monthan AFB, AZ",
    "Emergency Management Craftsman (AFSC 3E971), Technical Sergeant (E-6)")
for b in [
    "Managed the installation emergency management program for 6,000+ personnel and 11 tenant units; wrote the "
    "Installation Emergency Management Plan 10-2.",
    "Directed the Emergency Operations Center during 23 real-world activations, including the 2020 Bighorn Fire "
    "smoke event.",
    "Led a 9-member readiness flight; program ranked first of 14 Air Combat Command programs at the 2019 inspection.",
]:
    bullet(doc, b)
job("Emergency Management Specialist", "May 2016 – May 2017",
    "51st Civil Engineer Squadron, Osan AB, Republic of Korea",
    "Emergency Management Journeyman (AFSC 3E951), Staff Sergeant (E-5)")
for b in [
    "Trained 2,400 personnel in chemical-warfare defense and shelter-in-place procedures for a forward-deployed wing.",
    "Ran the CBRN reconnaissance team for 12 peninsula-wide readiness exercises.",
]:
    bullet(doc, b)
job("Emergency Management Technician", "Nov 2009 – Apr 2016",
    "2nd Civil Engineer Squadron, Barksdale AFB, LA",
    "Emergency Management Apprentice / Journeyman (AFSC 3E931 / 3E951), Airman First Class to Staff Sergeant")
for b in [
    "Supported base evacuation and reception planning for Hurricane Isaac (2012).",
    "Deployed Oct 2013 – Apr 2014 to Al Udeid AB, Qatar, as the emergency management technician for an "
    "expeditionary civil engineer squadron.",
    "Maintained CBRN detection equipment worth $1.2M with zero inspection findings.",
]:
    bullet(doc, b)

heading("EDUCATION")
for deg, school, yr in [
    ("Master of Arts, Emergency and Disaster Management", "Saguaro Plains University (online)", "2023"),
    ("Associate in Applied Science, Emergency Management", "Community College of the Air Force", "2014"),
]:
    p = para(doc, after=1)
    right_tab(p, TAB)
    run(p, deg, bold=True)
    run(p, " — " + school)
    run(p, "\t" + yr)

heading("CERTIFICATIONS & TRAINING")
for name, issuer, yr in [
    ("Certified Emergency Manager (CEM®)", "International Association of Emergency Managers", "2024"),
    ("Professional Development Series (PDS)", "FEMA Emergency Management Institute", "2019"),
    ("Homeland Security Exercise and Evaluation Program (HSEEP)", "FEMA Emergency Management Institute", "2020"),
    ("HAZMAT Technician", "DoD Fire & Emergency Services Certification Program", "2011"),
]:
    p = bullet(doc, "")
    right_tab(p, TAB)
    run(p, name, bold=True)
    run(p, " — " + issuer)
    run(p, "\t" + yr)

heading("AWARDS")
for a in [
    "Air Force Commendation Medal (2 awards)",
    "Air Force Achievement Medal",
    "Air Combat Command Emergency Management Program of the Year (Medium Installation), 2019",
]:
    bullet(doc, a)

heading("ADDITIONAL")
para(doc, "Security clearance: Secret (inactive)  ·  Honorable discharge, DD-214 available  ·  Spanish: conversational")

doc.save(out)
