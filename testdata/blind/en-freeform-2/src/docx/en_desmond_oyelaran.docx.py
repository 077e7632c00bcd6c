# Desmond K. Oyelaran — US engineering leader, two pages. Word document with a shaded name band
# (one-cell table), "Employer | Title (City, ST)" lines with right-tab dates, consulting client
# engagements as bold-led paragraphs under one employer, Label: a, b, c skill lines.
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Calibri", size=10.5, margins_cm=1.9)
R = [(17.2, "right", None)]

band = table(doc, 1, 1, [17.2])
shade(band.cell(0, 0), "22313F")
cell_text(band.cell(0, 0), "DESMOND K. OYELARAN", size=20, color="FFFFFF")
para(band.cell(0, 0), "Director of Engineering  |  Healthcare & Logistics Platforms", size=11, color="D9E2EA")
para(band.cell(0, 0), "Atlanta, GA  |  (404) 555-0126  |  desmond.oyelaran@example.com  |  linkedin.com/in/desmondoyelaran",
     size=9.5, color="FFFFFF", after=4)

def heading(t):
    p = para(doc, "**" + t + "**", size=11.5, color="22313F", before=10, after=3, keep_next=True)
    bottom_border(p, sz=8, color="22313F")

heading("SUMMARY")
para(doc, "Engineering leader with 17 years across product companies and consulting. I build teams that ship "
          "reliably in regulated environments (HIPAA, SOC 2) and I still review architecture docs line by line. "
          "Currently running four product teams (38 engineers) at a digital-health company.")

heading("EXPERIENCE")

def job(line, dates, blurb=None):
    para(doc, line + "\t" + dates, tabs=R, before=6, keep_next=True)
    if blurb:
        para(doc, "//" + blurb + "//", color="555555")

job("**Lumenwise Health** | Director of Engineering (Atlanta, GA)", "Mar 2021 – Present",
    "Virtual-care platform for employers; Series C, 260 employees.")
for b in ["Lead 4 product teams and the platform team: 38 engineers, 5 engineering managers.",
          "Cut lead time for changes from 9 days to 2 by moving to trunk-based development and feature flags.",
          "Took the company through its first SOC 2 Type II audit with zero exceptions (2022).",
          "Hired 22 engineers in 18 months; 90% one-year retention."]:
    bullet(doc, b)

job("**Calloway & Finch Consulting** | Senior Manager, Technology Practice (Atlanta, GA)", "Jun 2015 – Feb 2021")
para(doc, "Led delivery teams of 6–20 on modernization engagements. Selected clients:")
for b in ["**Harlow Foods** — e-commerce re-platforming (2019 – 2021): moved a monolithic storefront to AWS "
          "microservices; peak-day checkout errors fell from 3% to 0.2%.",
          "**Tri-County Transit Authority** — fare-card back office (2017 – 2019): replaced a 1990s batch system "
          "with an event-driven design; 1.1M riders, go-live with no service interruption.",
          "**Prairie State Credit Union** — core banking API layer (2015 – 2017): REST facade over the core "
          "system that let the mobile team release every two weeks instead of quarterly."]:
    bullet(doc, b)
para(doc, "Promoted from Manager to Senior Manager in 2018; ran the Atlanta engineering guild (120 members).")

job("**Tessellate Logistics** | Senior Software Engineer (Nashville, TN)", "Aug 2011 – May 2015")
for b in ["Designed the carrier rating engine (Java, PostgreSQL) quoting 400k loads a day.",
          "Mentored four junior engineers; two are now staff engineers."]:
    bullet(doc, b)

job("**Ridgeline Systems** | Software Developer (Chattanooga, TN)", "Jul 2007 – Jul 2011")
bullet(doc, "Warehouse management software in C# and SQL Server for 30 distribution centers.")

heading("EDUCATION")
para(doc, "**M.S. Computer Science** — Chattahoochee Institute of Technology\t2007", tabs=R)
para(doc, "**B.S. Electrical Engineering** — Savannah Bluff College\t2005", tabs=R)

heading("SKILLS")
for k, v in [("Leadership", "org design, hiring loops, career ladders, incident management, vendor management"),
             ("Architecture", "event-driven systems, domain-driven design, API design, multi-tenant SaaS"),
             ("Technology", "AWS, Kubernetes, Terraform, Java, Kotlin, TypeScript, PostgreSQL, Kafka"),
             ("Compliance", "HIPAA, SOC 2, PCI DSS")]:
    para(doc, "**" + k + ":** " + v)

heading("CERTIFICATIONS")
para(doc, "AWS Certified Solutions Architect – Professional (2020)  ·  Project Management Professional (PMP) (2016)  ·  Certified ScrumMaster (2012)")

heading("AWARDS")
para(doc, "Partner's Award for Client Impact, Calloway & Finch Consulting (2019)")
para(doc, "40 Under 40 in Atlanta Tech, Peachtree Business Review (2022)")

heading("COMMUNITY")
para(doc, "**Board Member**, Westside Code Academy — 2019 – Present. Free evening coding program for adults; I chair the curriculum committee.")

doc.save(sys.argv[1])
