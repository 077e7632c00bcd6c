"""Property claims adjuster, Houston: a 'Career summary' table (Year | Role | Organisation) near the top,
then 'Detail' with employer-first paragraphs and the dates in parentheses at the END of the line;
small-caps headings with a thin rule; Letter size."""
import sys
from docxlib import *

d = new_doc(font="Georgia", size=10, margins=1.9, letter=True)
p = para(d, "AUGUSTIN “GUS” PEREIRA", bold=True, size=18, space_after=0)
para(d, "Senior Property Claims Adjuster  |  TX All-Lines Adjuster  |  Xactimate Level 3", size=10,
     color="7A1F1F", space_after=2)
para(d, "Houston, TX 77008  •  713-555-0187  •  gus.pereira@example.com  •  linkedin.com/in/gus-pereira-adjuster",
     size=9, space_after=8)


def heading(text):
    p = para(d, text, bold=True, size=11.5, small_caps=True, color="7A1F1F", space_before=10, space_after=4)
    bottom_rule(p, color="7A1F1F", sz=4)


heading("Profile")
para(d, "Fourteen years around roofs and claims: roofing estimator, desk adjuster, independent CAT adjuster "
        "through three hurricane seasons, and now a senior field adjuster handling large-loss residential "
        "and small commercial property. Fair, fast and documented — my files survive appraisal.")

heading("Career summary")
t = d.add_table(rows=1, cols=3)
borders(t, sz=4, color="BBBBBB")
for i, h in enumerate(["Year", "Role", "Organisation"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
    shade(t.rows[0].cells[i], "F1E4E4")
for row in [("2020 – now", "Senior Property Field Adjuster", "Lone Star Mutual Insurance Group"),
            ("2017 – 2020", "Independent CAT Adjuster", "Gulfbridge Claims Services"),
            ("2014 – 2017", "Desk Adjuster, Property", "Bayou State Casualty Co."),
            ("2011 – 2014", "Roofing Estimator", "Pereira & Sons Roofing")]:
    r = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(r[i], v, size=9.5)
col_widths(t, [3.0, 6.4, 8.3])

heading("Detail")
entries = [
    ("Lone Star Mutual Insurance Group, Houston — Senior Property Field Adjuster (Mar 2020 – present)",
     ["Own a field territory of ~90 open files: wind/hail, water, fire; authority to $150,000",
      "Large-loss team lead for the 2021 winter storm (Uri): 310 freeze claims closed in 10 weeks",
      "Mentor four new adjusters through their first 60 days"]),
    ("Gulfbridge Claims Services — Independent CAT Adjuster (Aug 2017 – Feb 2020)",
     ["Deployments: Hurricane Harvey (2017, Houston), Hurricane Michael (2018, Panama City FL), "
      "Hurricane Dorian (2019, Carolinas)",
      "Averaged 4 inspections a day with Xactimate estimates submitted within 48 hours"]),
    ("Bayou State Casualty Co., Baton Rouge — Desk Adjuster, Property (Jun 2014 – Jul 2017)",
     ["Handled 120+ desk files at a time; coverage letters and reservation-of-rights drafts"]),
    ("Pereira & Sons Roofing, Pasadena TX — Roofing Estimator (2011 – 2014)",
     ["Family business. Measured and priced residential re-roofs; met insurance adjusters on site."]),
]
for head, bullets in entries:
    para(d, head, bold=True, space_before=5, space_after=1)
    for b in bullets:
        p = para(d, "–  " + b, space_after=1)
        p.paragraph_format.left_indent = Cm(0.5)

heading("Licenses & designations")
for line in ["Texas All-Lines Adjuster License #2817764 (active)",
             "Florida 7-20 Independent All-Lines Adjuster (2018)",
             "Xactimate Level 3 Certified (2019)",
             "AIC – Associate in Claims, The Institutes, 2016",
             "HAAG Certified Inspector – Residential Roofs (2021)"]:
    para(d, "–  " + line, space_after=1)

heading("Education")
para(d, "Gulf Coast State University, Houston — B.B.A. in Risk Management & Insurance, 2011", space_after=1)

heading("Languages")
para(d, "English, Spanish (fluent), Portuguese (conversational)")
d.save(sys.argv[1])
