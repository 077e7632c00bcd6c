"""Gideon Pfautz: a federal-style resume (USAJOBS builder habits) typed in Word."""
import sys
from common import *

d = new_doc("Liberation Serif", 11, letter=True, margins=2.2)
para(d, "GIDEON M. PFAUTZ", bold=True, size=15, after=0)
para(d, "412 Gravel Hill Road, Annville, PA 17003", after=0)
para(d, "Day phone: (717) 555-0142   Email: gpfautz@example.com", after=0)
para(d, "Citizenship: United States   Veterans' Preference: 5-point (TP)   Federal status: Current WG employee")
para(d, "Objective: Cemetery Representative, GS-1630-07, Announcement VA-25-00000-NCA", bold=True)

heading(d, "WORK EXPERIENCE", color="000000", size=11.5)
for job in [
    dict(emp="Department of Veterans Affairs, National Cemetery Administration", site="Blue Mountain National Cemetery",
         addr="1 Memorial Drive, Annville, PA 17003", dates="03/2017 - Present", hours="40", grade="WG-4754-08",
         title="Cemetery Caretaker (Lead)", salary="$26.71 per hour",
         sup="Ms. Darlene Shirk, Cemetery Foreman, (717) 555-0108", contact="Yes",
         duties=["Lead a crew of four caretakers through interments, disinterments and ground preparation for up to 18 committal services a week, in line with NCA Operational Standards and Measures.",
                 "Verify gravesite location against the Burial Operations Support System (BOSS) and the gravesite layout maps before every excavation; no misplaced interments in eight years.",
                 "Operate and perform first-line maintenance on backhoes, skid steers, casket lowering devices and zero-turn mowers.",
                 "Set and realign upright headstones and flat markers; raised the cemetery's headstone alignment score from 88% to 97% (FY2022 audit).",
                 "Promoted from WG-4754-05 Cemetery Caretaker to Lead in October 2019."]),
    dict(emp="U.S. Army, 28th Transportation Company (Medium Truck)", site="", addr="Fort Indiantown Gap, PA",
         dates="06/2010 - 06/2014", hours="40+", grade="E-4 (Specialist), MOS 88M Motor Transport Operator",
         title="Motor Transport Operator", salary="", sup="SSG Ray Kreider (no longer in service)", contact="N/A",
         duties=["Drove M1083 FMTV and M915 line-haul trucks in convoy operations, including a 12-month deployment to Kuwait (2012-2013).",
                 "Dispatcher for a 30-vehicle motor pool; kept DA Form 5988-E maintenance records.",
                 "Army Achievement Medal (2013)."]),
    dict(emp="Hoffer Lawn & Landscape", site="", addr="Palmyra, PA", dates="05/2014 - 02/2017", hours="45",
         grade="", title="Crew Leader", salary="$15.50 per hour", sup="Mr. Ken Hoffer, Owner, (717) 555-0176",
         contact="Yes", duties=["Ran a three-man mowing and hardscape crew; applied fertilizer and herbicide under my state applicator license."]),
]:
    p = para(d); add(p, job["title"], bold=True)
    para(d, job["emp"] + (" - " + job["site"] if job["site"] else ""), after=0)
    para(d, job["addr"], after=0)
    rows = [("Dates of employment", job["dates"]), ("Hours per week", job["hours"])]
    if job["grade"]:
        rows.append(("Series/Grade" if job["grade"].startswith("WG") else "Rank/MOS", job["grade"]))
    if job["salary"]:
        rows.append(("Salary", job["salary"]))
    rows += [("Supervisor", job["sup"]), ("May contact", job["contact"])]
    for k, v in rows:
        p = para(d, after=0); add(p, k + ": ", bold=True); add(p, v)
    para(d, "Duties and accomplishments:", italic=True, after=0)
    for t in job["duties"]:
        bullet(d, t)

heading(d, "EDUCATION", color="000000", size=11.5)
para(d, "Swatara Creek High School, Jonestown, PA - High School Diploma, 06/2009", after=0)
para(d, "Lebanon Valley Technical Institute, Lebanon, PA - Certificate, Turf and Grounds Management, 05/2016 (24 semester hours, evenings)")

heading(d, "LICENSES AND CERTIFICATIONS", color="000000", size=11.5)
for t in ["Pennsylvania Commercial Pesticide Applicator, Category 07 (Turf), Pennsylvania Department of Agriculture - expires 09/30/2026",
          "Commercial Driver's License, Class B, Pennsylvania - expires 04/2027",
          "OSHA 10-Hour Construction, 2018",
          "Trench and Excavation Competent Person, 2020"]:
    bullet(d, t)

heading(d, "AWARDS", color="000000", size=11.5)
bullet(d, "NCA Director's Award for Excellence, Blue Mountain National Cemetery team, FY2021")
bullet(d, "Army Achievement Medal, 2013")

heading(d, "ADDITIONAL INFORMATION", color="000000", size=11.5)
para(d, "Volunteer: Honor guard coordinator, Annville American Legion Post 0000, 2015 - Present. Schedule and drill a 12-member detail for veterans' funerals in Lebanon County.")
para(d, "References: Ms. Darlene Shirk (supervisor, above); Mr. Ken Hoffer, (717) 555-0176.")
d.save(sys.argv[1])
