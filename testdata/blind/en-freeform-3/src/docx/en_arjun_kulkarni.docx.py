"""Arjun Kulkarni -- Indian senior mechanical design engineer. Word résumé whose headings are
bold ALL-CAPS Normal paragraphs with a bottom border (no Heading styles); dates on their own line."""
import sys
from docxlib import *

doc = new_doc(font="Cambria", size=10.5, margins=(1.6, 1.8, 1.6, 1.8))
core(doc, title="Resume_Arjun_Kulkarni_2024", author="Arjun")


def H(text):
    p = para(doc, [(text, {"b": True, "size": 11})], before=9, after=3, keep_next=True)
    border(p, "bottom", sz=10, color="404040", space=1)


para(doc, [("ARJUN V. KULKARNI", {"b": True, "size": 17})], align="center", after=0)
para(doc, "Senior Design Engineer – Automotive Body & Chassis  |  11+ years", align="center", after=0)
para(doc, "Wakad, Pune 411057, Maharashtra  •  +91 90000 00158  •  arjun.kulkarni@example.com", align="center", after=0)

H("PROFESSIONAL SUMMARY")
para(doc, "Mechanical design engineer with 11+ years in body-in-white and chassis design for passenger and light "
          "commercial vehicles. Strong in CATIA V5 surfacing, GD&T and DFMEA, and in taking parts from concept to "
          "PPAP with Tier-1 suppliers. Currently leading a team of 5 on EV battery enclosures.")

H("CORE COMPETENCIES")
para(doc, "BIW & closures design  •  Chassis brackets & cross-members  •  GD&T (ASME Y14.5)  •  DFMEA / DVP&R  •  "
          "Tolerance stack-up  •  Sheet-metal & casting design  •  Design reviews with CAE and manufacturing")

H("PROFESSIONAL EXPERIENCE")
para(doc, [("Senior Design Engineer – EV Platforms", {"b": True}), "  |  Sahyadri Auto Components Pvt. Ltd., Chakan, Pune"],
     after=0)
para(doc, [("July 2019 – Present", {"i": True})], after=1)
bullet(doc, "Lead a team of 5 designers for battery enclosures and under-body structures for two EV programmes")
bullet(doc, "Reduced battery tray mass by 14% (aluminium extrusions instead of steel stampings) while meeting side-pole crash targets")
bullet(doc, "Release 3D/2D data in Teamcenter; run weekly design reviews with CAE, tooling and the OEM customer")

para(doc, [("Deccan Motors Ltd., Pimpri, Pune", {"b": True})], before=6, after=0)
para(doc, [("Senior Engineer, Chassis Design", {"b": True, "i": True})], after=0)
para(doc, [("Jul 2017 – Jun 2019", {"i": True})], after=1)
bullet(doc, "Owned front and rear cross-members and suspension brackets for a 1-tonne LCV from concept to SOP")
bullet(doc, "Closed 120+ DFMEA actions; warranty claims on rear spring brackets fell by 70% after a redesign")
para(doc, [("Design Engineer, Body-in-White", {"b": True, "i": True})], before=3, after=0)
para(doc, [("Aug 2014 – Jun 2017", {"i": True})], after=1)
bullet(doc, "Designed door inner panels and reinforcements in CATIA V5; supported stamping die feasibility")

para(doc, [("Graduate Engineer Trainee", {"b": True}), "  |  Indrayani Forgings Pvt. Ltd., Bhosari"], before=6, after=0)
para(doc, [("June 2012 – July 2014", {"i": True})], after=1)
bullet(doc, "Drawings and fixture design for forged steering knuckles; first-article inspection with the QA team")

H("KEY PROJECTS")
para(doc, [("EV battery tray lightweighting", {"b": True}), " (Sahyadri Auto Components, Q3 2020 – Q1 2021)"], after=0)
para(doc, "Customer: domestic OEM, 4-wheeler EV. Tools: CATIA V5, HyperMesh (with CAE team), Teamcenter.", after=0)
para(doc, "Aluminium extrusion + FSW design replacing a 42 kg welded steel tray; 14% lighter, cost neutral at 20k units/year.",
     after=4)
para(doc, [("LCV rear suspension bracket redesign", {"b": True}), " (Deccan Motors, 2018)"], after=0)
para(doc, "Tools: CATIA V5, nCode fatigue results, 8D. Moved from a 3-piece welded bracket to a single casting.", after=0)

H("EDUCATION")
para(doc, [("M.Tech. in Mechanical Design", {"b": True}), " — Mula-Mutha College of Engineering (part-time), 2017 – 2019 — CGPA 8.6/10"],
     after=0)
para(doc, [("B.E. in Mechanical Engineering", {"b": True}), " — Pawana Institute of Technology, Pune, 2008 – 2012 — 71.4% (First Class with Distinction)"],
     after=0)

H("CERTIFICATIONS")
bullet(doc, "Six Sigma Green Belt — internal programme, Deccan Motors (2018)")
bullet(doc, "GD&T Professional (ASME Y14.5-2018) — Pune Design Academy (2020)")
bullet(doc, "CATIA V5 Part Design & Generative Shape Design Expert — Dassault Systèmes authorised centre (2015)")

H("SOFTWARE")
para(doc, "CAD: CATIA V5, NX, AutoCAD  |  PLM: Teamcenter, ENOVIA  |  Analysis: HyperMesh (pre-processing), MS Excel, Minitab")

H("AWARDS")
bullet(doc, "“Best Design Team” (EV battery enclosure), Sahyadri Auto Components annual awards, 2021")
bullet(doc, "Spot award for rear bracket warranty reduction, Deccan Motors, 2018")

H("PERSONAL DETAILS")
S = [(4.0, "left")]
para(doc, "Date of birth\t: 14 March 1990", tabs=S, after=0)
para(doc, "Languages known\t: English, Hindi, Marathi (native), Kannada (spoken)", tabs=S, after=0)
para(doc, "Passport\t: Valid till 2031", tabs=S, after=0)
para(doc, "Notice period\t: 60 days", tabs=S, after=0)

para(doc, "I hereby declare that the information given above is true to the best of my knowledge.", before=10, after=0)
para(doc, "Place: Pune\t(Arjun V. Kulkarni)", tabs=[(content_width(doc), "right")], after=0)

doc.save(sys.argv[1])
