"""Dog groomer returning after a career break: jobs as a Role | Organisation | Dates | Place table."""
import sys
from common import *

d = new_doc(font="Carlito", size=10.5, margins=1.9)
core(d, "Ceri Morgan-Lloyd", "CV")
para(d, "CERI MORGAN-LLOYD", bold=True, size=20, color="2E6F6B", after=0)
para(d, "Professional dog groomer (City & Guilds Level 3)", size=11, after=0)
para(d, "Sketty, Swansea SA2  •  07700 900651  •  ceri.morganlloyd@example.co.uk", size=9.5, after=8)

def head(t):
    para(d, t, bold=True, size=12, color="2E6F6B", before=10, after=3)

head("A little about me")
para(d, "Qualified groomer with nine years in salons and a mobile van before my children were born. "
        "I am ready to go back to work four days a week and have kept my hand in with a weekly volunteer "
        "session at the rescue centre.")

head("Where I have worked")
rows = [("Role", "Organisation", "Dates", "Place"),
        ("Volunteer groomer (one day a week)", "Gower Paws Rescue", "2022 – now", "Three Crosses"),
        ("Career break", "—", "2016 – 2021", "Swansea"),
        ("Senior groomer", "Pampered Pooch Salon", "May 2012 – Jul 2016", "Mumbles"),
        ("Mobile groomer (self-employed)", "Tidy Tails Mobile Grooming", "2010 – 2012", "Swansea & Gower"),
        ("Trainee groomer", "Bryn Kennels & Grooming", "Sept 2007 – Aug 2010", "Llanelli"),
        ("Kennel assistant (Saturdays)", "Bryn Kennels & Grooming", "2005 – 2007", "Llanelli")]
t = d.add_table(rows=0, cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = ""
        run(c.paragraphs[0], v, bold=(i == 0))
        if i == 0:
            shade(c, "D9EAE8")
para(d, "Career break 2016 – 2021: at home with my two children; I kept my first-aid and CPD up to date.",
     italic=True, size=9.5, before=4)
para(d, "At Pampered Pooch Salon:", bold=True, before=6, after=1)
bullet(d, "Groomed 8–10 dogs a day, including hand-stripping terriers and show trims for spaniels")
bullet(d, "Trained two apprentices to City & Guilds Level 2")
bullet(d, "Built a regular book of 140 clients")
para(d, "At Tidy Tails Mobile Grooming:", bold=True, before=4, after=1)
bullet(d, "Ran my own van round Gower villages; kept the books and the van's water and power systems")

head("Qualifications")
para(d, "City & Guilds Level 3 Diploma for Professional Dog Groomers — Coleg Glan Tawe, 2009", after=0)
para(d, "City & Guilds Level 2 Certificate in Introductory Dog Grooming — Coleg Glan Tawe, 2008", after=0)
para(d, "GCSEs — Ysgol Gyfun Penlan Uchaf, 2005")

head("Certificates")
para(d, "Canine First Aid (Level 3), renewed 2024", after=0)
para(d, "Animal Welfare (Licensing of Activities Involving Animals) awareness, 2023")

head("Languages")
para(d, "Welsh (fluent), English (native)")

head("References")
para(d, "Available on request.")
d.save(sys.argv[1])
