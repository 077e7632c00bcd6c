#!/usr/bin/python3
"""Functional résumé of a career changer (restaurant general manager → customer success) in Word:
skill areas with accomplishment bullets first (not tied to any job), a short Employment History at the
end as one line per job `Title, Employer, City<TAB>2016 – 2023`, and Education & Training mixing a
degree with online certificates."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
d.styles["Normal"].font.name = "Calibri"
para(d, "MARCUS WEBB", bold=True, size=18)
para(d, "Customer Success Manager", size=12, color="2F5496")
para(d, "Portland, OR  ·  (503) 555-0173  ·  marcus.webb@example.com  ·  linkedin.com/in/marcuswebb-cs", size=9.5, after=6)


def heading(t):
    p = para(d, t.upper(), bold=True, size=11, before=10, after=3, color="2F5496")
    bottom_rule(p, color="2F5496", sz=6)


heading("Profile")
para(d, "Eleven years running restaurants and hotel front desks, where every shift is customer success. "
       "Moving into SaaS customer success, with Salesforce Administrator certification and a part-time "
       "internship behind me.")

heading("Relevant skills & accomplishments")
para(d, "Client Relationships", bold=True, before=4)
bullet(d, "Kept a 4.7★ average across 3,000+ online reviews by answering every complaint within 24 hours.")
bullet(d, "Managed 40 recurring corporate catering accounts; renewal rate 92% over three years.")
para(d, "Operations & Process", bold=True, before=4)
bullet(d, "Led teams of up to 35 staff; cut new-hire ramp-up from four weeks to two with a written playbook.")
bullet(d, "Rolled out a new POS and reservation system across three sites with no lost service days.")
para(d, "Data & Tools", bold=True, before=4)
para(d, "Salesforce, HubSpot, Zendesk, Excel (pivot tables), SQL (basic)")

heading("Employment history")
for left, right in [("Customer Success Intern (part-time), Tallyho Software, Portland, OR", "2024"),
                    ("General Manager, Copper Kettle Bistro Group, Portland, OR", "2016 – 2023"),
                    ("Front Office Supervisor, Harbor Lights Hotel, Portland, OR", "2012 – 2016")]:
    p = para(d, "", before=2)
    right_tab(p, 17)
    run(p, left)
    run(p, "\t" + right)

heading("Education & training")
para(d, "Salesforce Certified Administrator, 2024")
para(d, "Google Project Management Certificate (Coursera), 2023")
para(d, "B.A. Hospitality Management, Cascade Valley College, 2012")
d.save(sys.argv[1])
