"""en_margaret_ashdown: three-page executive résumé typed in Word. Name and contact details are in
the page header part (repeated on every page); footer `Margaret Ashdown | Page N`; small-caps headings;
employer line with a right tab for the whole tenure and indented title lines with their own dates;
a separate Board & Advisory section; Selected speaking."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Serif", size=12, margins=2.6)
d.styles["Normal"].paragraph_format.line_spacing = 1.2
s = d.sections[0]
header_lines(s, [("MARGARET L. ASHDOWN", True),
                 "Minneapolis, MN  ·  (612) 555-0193  ·  m.ashdown@example.com  ·  linkedin.com/in/margaretashdown"],
             size=10)
footer_lines(s, ["Margaret Ashdown | Page "], align="right", size=8, page_field=True)

para(d, "Chief Operating Officer  ·  Health Systems  ·  Board Director", bold=True, size=13, align="center", before=4, after=8)

small_caps_heading(d, "Executive Profile")
para(d, "Operating executive with 22 years in integrated health systems, the last nine at C-suite level. "
        "Led a $2.4B, 11-hospital system through a merger, an Epic conversion and the pandemic surge without a "
        "single quarter of negative operating margin. Known for building leadership benches, plain-language "
        "board reporting, and turning around underperforming service lines. Sits on two non-profit and one "
        "for-profit board.", after=4)

small_caps_heading(d, "Selected Achievements")
for t in ["Integrated North Star Health and Lakeland Medical (2019): $68M in run-rate synergies, 18 months ahead of plan.",
          "Reduced average length of stay from 5.1 to 4.3 days across the system while readmissions fell 9%.",
          "Grew ambulatory surgery volume 41% by opening four ASCs in joint ventures with physician groups.",
          "Built a 40-person leadership development program; 70% of VP openings now filled internally."]:
    bullet(d, t)

small_caps_heading(d, "Professional Experience")
R = [(16.0, "right")]
def employer(name, span, blurb):
    tab_line(d, [name, span], R, bold_first=True, before=8)
    p = para(d, blurb, size=10.5); p.runs[0].italic = True
def role(title, span, items):
    p = tab_line(d, [title, span], R, before=4)
    p.paragraph_format.left_indent = Cm(0.5)
    p.runs[0].bold = True; p.runs[0].font.small_caps = True
    for t in items:
        bullet(d, t, indent=1.1)

employer("NORTH STAR HEALTH, Minneapolis, MN", "2015 – Present",
         "Non-profit integrated delivery system; 11 hospitals, 140 clinics, 21,000 employees, $2.4B revenue.")
role("Executive Vice President & Chief Operating Officer", "2019 – Present",
     ["Accountable for all hospital and clinic operations, supply chain, facilities and patient experience; 14 direct reports.",
      "Led post-merger integration with Lakeland Medical; consolidated 3 lab systems and 2 call centers.",
      "Chaired the pandemic incident command for 26 months; kept elective backlog under 6 weeks after each surge.",
      "Co-sponsored the $310M Epic conversion (go-live October 2021), on time and 4% under budget."])
role("Senior Vice President, Hospital Operations", "2015 – 2019",
     ["Ran the 6 metro hospitals ($1.1B); turned around the cardiovascular service line from a $9M loss to a $14M margin.",
      "Introduced daily tiered huddles and a system-wide patient flow center."])

employer("RIVERBEND REGIONAL MEDICAL CENTER, St. Cloud, MN", "2008 – 2015",
         "420-bed regional referral center and Level II trauma center.")
role("Vice President, Patient Care Services", "2011 – 2015",
     ["Led nursing, pharmacy, rehabilitation and case management (1,900 staff).",
      "Achieved Magnet designation in 2014, the first in central Minnesota."])
role("Director, Perioperative Services", "2008 – 2011",
     ["Raised first-case on-time starts from 54% to 88%; added a hybrid OR."])

employer("ST. OLAF'S LUTHERAN HOSPITAL, Duluth, MN", "2002 – 2008",
         "Community hospital, 180 beds.")
role("Nurse Manager, Surgical Services", "2005 – 2008", ["Managed 85 staff in OR, PACU and day surgery."])
role("Staff Nurse, Operating Room", "2002 – 2005", [])

small_caps_heading(d, "Board & Advisory Roles")
for t in ["Board Director, Meridian Home Care Inc. — Audit and Quality committees, 2022 – present",
          "Trustee and Chair of the Quality Committee, Twin Lakes Community Foundation, 2018 – present",
          "Board Member, Minnesota Hospital Leaders Forum, 2016 – 2022",
          "Advisory Board, Center for Health Operations, Prairie State University School of Public Health, 2020 – present"]:
    bullet(d, t)

small_caps_heading(d, "Education")
tab_line(d, ["Master of Business Administration, Carlson Ridge School of Management", "2010"], R, before=2)
tab_line(d, ["Master of Science in Nursing, Health Systems Leadership, Prairie State University", "2006"], R)
tab_line(d, ["Bachelor of Science in Nursing, Gustavus Lake College", "2002"], R)

small_caps_heading(d, "Certifications & Affiliations")
para(d, "Fellow, American College of Healthcare Executives (FACHE), 2013")
para(d, "NACD Directorship Certification, 2023")
para(d, "Registered Nurse, Minnesota (inactive)")

small_caps_heading(d, "Selected Speaking")
for t in ["“Merging Cultures, Not Just Balance Sheets,” ACHE Congress on Healthcare Leadership, Chicago, 2022",
          "“What the Board Should Ask About Patient Flow,” Minnesota Hospital Leaders Forum, 2019"]:
    bullet(d, t)

small_caps_heading(d, "Community")
para(d, "Volunteer, Northern Plains Harvest food shelf (monthly); Mentor, Women in Healthcare Leadership Minneapolis chapter.")
d.save(sys.argv[1])
