# Google-Docs-like résumé template (Title / Subtitle / Heading 1 styles, Arial-like, teal accents,
# contact block right under the name). Every job is ONE line:
# `Title — Employer (City), Month YYYY–Month YYYY`, then a plain description and bullets.
import sys
from docxlib import *

d = new_doc(font="Arial", size=10.5, margins_cm=(1.8, 2.0, 2.0, 2.0), letter=False)
ACC = "2B8A83"
heading_style(d, "Title", 26, "222222", "Arial", bold=False, before=0, after=0)
heading_style(d, "Subtitle", 12, ACC, "Arial", bold=False, before=0, after=6)
heading_style(d, "Heading 1", 12, ACC, "Arial", bold=True, before=14, after=4)
heading_style(d, "Heading 2", 10.5, "222222", "Arial", bold=True, before=8, after=1)

para(d, ["Saima Rafiq"], style="Title")
para(d, ["Clinical Pharmacist · Pharm.D., R.Ph."], style="Subtitle")
para(d, ["House 14, Street 7, Johar Town, Lahore 54782, Pakistan"], after=0)
para(d, ["+92 300 555 0126  ·  saima.rafiq@example.com"], after=0)

para(d, ["Profile"], style="Heading 1")
para(d, ["Registered pharmacist with eight years in hospital and community practice. I run antimicrobial "
         "stewardship rounds, counsel patients on anticoagulation and diabetes, and train junior pharmacists. "
         "Now looking for a clinical pharmacist post in the UK or the Gulf (GPhC OSPAP in progress)."], after=2)

para(d, ["Experience"], style="Heading 1")

def job(title, rest, desc=None, bullets=()):
    para(d, [(title, dict(b=True)), " — " + rest], style="Heading 2")
    if desc:
        para(d, [desc], after=1)
    for b in bullets:
        bullet(d, [b], indent=0.6, sym="●")

job("Clinical Pharmacist", "Shalimar General Hospital (Lahore), March 2020–Present",
    "Ward pharmacist for medicine and ICU (120 beds); member of the antimicrobial stewardship committee.",
    ["Cut carbapenem use by 22% in 18 months through daily stewardship rounds.",
     "Set up a warfarin clinic that now follows 300 patients; INR time-in-range up from 48% to 67%.",
     "Wrote the hospital's first IV-to-oral switch protocol."])
job("Pharmacist", "Ravi Community Pharmacy (Lahore), August 2017–February 2020",
    "Dispensing, OTC counselling and stock control for a busy high-street pharmacy.",
    ["Introduced a blood-glucose and blood-pressure screening day (1,100 people screened).",
     "Halved expired-stock write-offs with monthly short-dated stock checks."])
job("Pre-registration Pharmacist (house job)", "Mayo Teaching Hospital (Lahore), September 2016–July 2017", None,
    ["Rotations in dispensary, oncology compounding and drug information."])

para(d, ["Education"], style="Heading 1")
para(d, [("Doctor of Pharmacy (Pharm.D.)", dict(b=True)), ", Punjab College of Pharmaceutical Sciences, Lahore, 2011–2016"], after=0)
para(d, ["CGPA 3.62/4.00 · Final-year project: Prescribing patterns of antibiotics in paediatric outpatients"], after=4)
para(d, [("FSc Pre-Medical", dict(b=True)), ", Kinnaird Girls College, 2011"], after=0)

para(d, ["Licences & Certificates"], style="Heading 1")
para(d, ["Registered Pharmacist (Category A), Punjab Pharmacy Council — Reg. No. PPC-A-55012, 2017"], after=1)
para(d, ["Board Certified Pharmacotherapy Specialist (BCPS) — exam booked for May 2025"], after=1)
para(d, ["Basic Life Support (BLS), Pakistan Resuscitation Council, 2023"], after=1)

para(d, ["Skills"], style="Heading 1")
para(d, [("Clinical: ", dict(b=True)), "antimicrobial stewardship, anticoagulation, TPN calculations, medication reconciliation"], after=1)
para(d, [("Software: ", dict(b=True)), "Micromedex, Lexicomp, HIMS (hospital system), MS Excel"], after=1)

para(d, ["Languages"], style="Heading 1")
para(d, ["Urdu (native), Punjabi (native), English (IELTS Academic 7.5)"], after=1)
d.save(sys.argv[1])
