import sys
from common import *
d = new_doc("Calibri", 10.5, a4=True, margins=2.0)
p = para(d, "", after=0); run(p, "Callan Ruddiman", bold=True, size=20); run(p, "  (He/Him)", size=11, color="666666")
para(d, "IRATA Level 3 Rope Access Supervisor | MPI / UT Level 2 | Offshore platforms & wind turbines", size=11, color="444444", after=2)
para(d, "Montrose, Scotland, United Kingdom  ·  07700 900417 (Mobile)  ·  callan.ruddiman@example.com  ·  linkedin.com/in/callan-ruddiman", size=9.5, after=8)

def head(t):
    p = para(d, t, bold=True, size=13, before=8, after=3); bottom_border(p)

head("About")
para(d, "Rope access supervisor with eleven years on North Sea platforms, onshore wind and the odd harbour crane. I plan and run small rope teams for inspection, NDT, fabric maintenance and blade repair, write the rescue plans and keep the paperwork straight. Happy on rotation or onshore.")

head("Experience")
para(d, "Northgate Access Solutions (formerly Ropeworks Offshore Ltd)", bold=True, size=11.5, after=0)
para(d, "Full-time · 7 yrs 11 mos · Montrose, Scotland, United Kingdom", color="555555", after=4)
para(d, "Rope Access Supervisor (IRATA L3)", bold=True, after=0)
para(d, "Mar 2021 - Present · 3 yrs 11 mos", color="555555", after=0)
para(d, "On rotation, 2 weeks on / 3 weeks off", italic=True)
for b in ["Supervise rope teams of 4-8 technicians on two northern North Sea platforms and a floating storage unit.",
          "Write rope access method statements and rescue plans; run the pre-shift rescue drills.",
          "Cut the average close-visual inspection campaign on the flare boom from 19 to 12 shifts by re-planning the rigging.",
          "Mentor L1 and L2 technicians through their logbook hours."]:
    bullet(d, b)
para(d, "Skills: Rope Access · Rescue Planning · Team Supervision", size=9, color="555555", after=6)
para(d, "Rope Access Technician (IRATA L2)", bold=True, after=0)
para(d, "Feb 2017 - Mar 2021 · 4 yrs 2 mos", color="555555", after=0)
for b in ["Magnetic particle and ultrasonic thickness inspection of structural nodes, caissons and pipework.",
          "Fabric maintenance: blasting, coating and passive fire protection repairs."]:
    bullet(d, b)
para(d, "Skills: Magnetic Particle Inspection · Ultrasonic Thickness Testing", size=9, color="555555", after=8)

para(d, "Vertex Crew Services", bold=True, size=11.5, after=0)
para(d, "Contract · 2 yrs · Aberdeen, Scotland, United Kingdom", color="555555", after=4)
para(d, "Rope Access Technician (IRATA L2) - short contracts", bold=True, after=0)
para(d, "Jan 2015 - Dec 2016 · 2 yrs", color="555555", after=0)
para(d, "Seven short offshore and onshore contracts: Skerry North platform (6 wks), Balgay Alpha (4 wks, twice), Tayside B FPSO (8 wks), Ferryden quay cranes (3 wks), Garvock wind farm blade repairs (2 x 5 wks).", after=8)

para(d, "Highland Heights Access", bold=True, size=11.5, after=0)
para(d, "Rope Access Technician (IRATA L1)", bold=True, after=0)
para(d, "Full-time · Apr 2013 - Dec 2014 · 1 yr 9 mos · Dundee, Scotland, United Kingdom", color="555555", after=0)
para(d, "Building facade surveys, gutter and glazing work, bird netting on listed buildings.", after=8)

para(d, "Angus Scaffolding & Access", bold=True, size=11.5, after=0)
para(d, "Labourer / Trainee Scaffolder", bold=True, after=0)
para(d, "Aug 2010 - Mar 2013 · 2 yrs 8 mos · Arbroath, Scotland, United Kingdom", color="555555", after=4)

head("Education")
para(d, "North Esk College", bold=True, after=0)
para(d, "HNC, Mechanical Engineering · 2011 - 2013 · Part-time, day release", after=4)
para(d, "Montrose Academy", bold=True, after=0)
para(d, "Highers · 2004 - 2010", after=4)

head("Licenses & certifications")
for n, iss, dt, cid in [("IRATA Level 3 Rope Access Technician", "IRATA International", "Issued Mar 2021 · Expires Mar 2027", "Credential ID 3/000000"),
                        ("PCN Level 2 Magnetic Particle Testing (MT)", "BINDT", "Issued Jun 2018 · Expires Jun 2028", "Credential ID 000000"),
                        ("OPITO BOSIET with CA-EBS", "Vantage Survival Training", "Issued Sep 2023 · Expires Sep 2027", None),
                        ("GWO Basic Safety Training", "Global Wind Organisation (GWO)", "Issued Nov 2022", None)]:
    p = para(d, "", after=3)
    run(p, n, bold=True); run(p, "  —  " + iss)
    p2 = para(d, dt + ("  ·  " + cid if cid else ""), size=9, color="555555", after=4)

head("Volunteering")
para(d, "Cliff rescue volunteer", bold=True, after=0)
para(d, "Angus Cliff Rescue Volunteers · Jun 2016 - Present · 8 yrs 8 mos · Disaster and Humanitarian Relief", after=4)

head("Skills")
para(d, "Rope Access (41 endorsements) · Rescue Planning (23) · Magnetic Particle Inspection (18) · Ultrasonic Thickness Testing (11) · Team Supervision (9)")

head("Languages")
para(d, "English — Native or bilingual proficiency")
para(d, "Scots — Full professional proficiency")
d.save(sys.argv[1])
