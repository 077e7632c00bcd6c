"""en_travis_okafor: military-to-civilian résumé typed in Word. Contact details live only in the
page header part; small-caps headings; right tab stop for dates; civilian 'translation' lines."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Sans", size=10.5, margins=2.0)
s = d.sections[0]
header_lines(s, [("TRAVIS J. OKAFOR", True),
                 "Fayetteville, NC 28303  •  (910) 555-0158  •  travis.okafor@example.com  •  linkedin.com/in/travis-okafor-logistics"],
             size=9.5)
footer_lines(s, ["Active SECRET clearance  •  Transitioning Oct 2024 (DD-214 available)"], size=8)

para(d, "Logistics & Supply Chain Operations Manager", bold=True, size=13, align="center", after=4)
para(d, "Army Staff Sergeant with 11 years running warehouse, property-book and convoy operations for units of "
        "up to 800 soldiers. Accountable for $42M in equipment with zero loss findings on three command inspections. "
        "Looking for a civilian operations or distribution-center role in the Raleigh–Fayetteville area.", after=4)

small_caps_heading(d, "Core Competencies")
para(d, "Inventory control  |  Warehouse operations  |  Fleet & transportation planning  |  Team leadership (20+)  |  "
        "Hazardous materials handling  |  Budget execution  |  Training & development")

small_caps_heading(d, "Military Experience")
stops = [(17.0, "right")]
tab_line(d, ["Supply Sergeant (Operations Supervisor)", "Jun 2020 – Present"], stops, bold_first=True, before=4)
tab_line(d, ["U.S. Army, 2nd Sustainment Brigade — Fort Liberty, NC"], stops, italic={0})
for t in ["Supervise 14 supply specialists across 3 warehouses; civilian equivalent: distribution-center shift manager.",
          "Manage property book of 9,200 line items worth $42M in GCSS-Army (SAP-based ERP); 100% accountability at last audit.",
          "Cut order-to-issue time from 9 days to 4 by re-slotting fast movers and adding a daily cycle count.",
          "Planned and led 60+ convoy movements (1.4M miles) with no reportable accidents."]:
    bullet(d, t)
tab_line(d, ["Automated Logistical Specialist (Team Leader)", "Mar 2016 – May 2020"], stops, bold_first=True, before=6)
tab_line(d, ["U.S. Army, 1st Battalion, 32nd Field Artillery — Camp Humphreys, South Korea and Fort Drum, NY"], stops, italic={0})
for t in ["Led a team of 5 receiving, storing and issuing repair parts; processed 1,100 requisitions a month.",
          "Ran HAZMAT storage and shipping (DOT / IATA) for the battalion."]:
    bullet(d, t)
tab_line(d, ["Automated Logistical Specialist", "Aug 2013 – Feb 2016"], stops, bold_first=True, before=6)
tab_line(d, ["U.S. Army, 10th Mountain Division — Fort Drum, NY"], stops, italic={0})
bullet(d, "Warehouse clerk and forklift operator; deployed to Kuwait (9 months, 2015).")

small_caps_heading(d, "Education & Training")
tab_line(d, ["B.S. Business Administration (Logistics concentration), Sandhills Crossing University (online)", "expected Dec 2024"], stops)
tab_line(d, ["Senior Leader Course (Supply), U.S. Army Quartermaster School", "2021"], stops)
tab_line(d, ["Advanced Individual Training, MOS 92A, Fort Lee, VA", "2013"], stops)

small_caps_heading(d, "Certifications")
tab_line(d, ["Certified Supply Chain Professional (CSCP), APICS / ASCM", "2023"], stops)
tab_line(d, ["OSHA 30-Hour General Industry", "2022"], stops)
tab_line(d, ["Lean Six Sigma Yellow Belt", "2021"], stops)

small_caps_heading(d, "Awards")
para(d, "Army Commendation Medal (3)  •  Army Achievement Medal (4)  •  Good Conduct Medal (3)")

small_caps_heading(d, "Systems")
para(d, "GCSS-Army (SAP), Microsoft Excel (pivot tables, VLOOKUP), Power BI, Transportation Coordinators' AIS (TC-AIMS II)")
d.save(sys.argv[1])
