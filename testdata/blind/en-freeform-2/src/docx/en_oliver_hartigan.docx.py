# Oliver J. Hartigan — UK senior software engineer. Layout done with borderless tables:
# a 2-cell header (name left, contacts right-aligned), then each job a 2-column row
# (dates in the narrow left cell, everything else in the wide right cell).
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Calibri", size=10.5, margins_cm=1.8)

t = table(doc, 1, 2, [10.5, 6.9])
cell_text(t.cell(0, 0), "**Oliver J. Hartigan**", size=22)
para(t.cell(0, 0), "Senior Software Engineer — payments & data platforms", size=11.5, color="555555")
cell_text(t.cell(0, 1), "Manchester, UK\n(+44) 7700 900 418\noliver.hartigan@example.co.uk\ngithub.com/ohartigan",
          size=9.5, align="right")

def heading(text):
    p = para(doc, "**" + text.upper() + "**", size=10.5, color="1F4E79", before=10, after=3, keep_next=True)
    bottom_border(p, color="1F4E79")

heading("Profile")
para(doc, "Backend engineer with ten years in fintech and insurance, mostly Kotlin and Java on AWS. I like "
          "owning a service end to end — design, on-call, the post-mortem — and I spend a fair amount of time "
          "mentoring. Currently leading the ledger team's move from a batch settlement model to event streaming.")

heading("Experience")

def job_rows(rows):
    t = table(doc, len(rows), 2, [3.4, 14.0])
    for i, (left, right) in enumerate(rows):
        cell_text(t.cell(i, 0), left, size=9.5, color="555555")
        first = True
        for ln in right:
            if first:
                cell_text(t.cell(i, 1), ln)
                first = False
            elif ln.startswith("- "):
                bullet(t.cell(i, 1), ln[2:], glyph="–", indent_cm=0.5)
            else:
                para(t.cell(i, 1), ln, before=3)
    return t

job_rows([
    ("Jan '19 – to date", ["**Ferrowick Payments** — Manchester",
        "//Fintech, 400 people; card acquiring and merchant payouts for UK and EU merchants.//"]),
    ("Mar '22 – to date", ["**Senior Software Engineer**, Ledger team",
        "- Tech lead for five engineers; own the double-entry ledger service (≈ 9M postings a day).",
        "- Designed the move from nightly batch settlement to Kafka event streaming; settlement lag "
        "cut from T+1 to under 15 minutes.",
        "- Introduced contract tests (Pact) between ledger and payouts; integration incidents down by two thirds.",
        "**Project: Merchant statements rebuild** (2023) — replaced a 6-hour Oracle report with a "
        "streaming projection in PostgreSQL; statements now available at 07:00 instead of noon. "
        "Kotlin, Kafka Streams, PostgreSQL."]),
    ("Jan '19 – Feb '22", ["**Software Engineer**, Payouts team",
        "- Built the SEPA Instant payout rail (Kotlin, Spring Boot) used by 11,000 merchants.",
        "- Moved payouts from EC2 to ECS Fargate with Terraform; one of three people on the first on-call rota."]),
    ("Sept 2015 – Dec 2018", ["**Northmoor Insurance Group** | Developer | Leeds",
        "- Java 8 services for motor claims; first team in the group to ship to AWS.",
        "- Cut the nightly pricing job from 5 h to 40 min by moving it off the mainframe extract.",
        "**Project: Claims intake rewrite** (2017–18) — replaced a VB6 desktop app with a web "
        "front end and REST services; first-notice-of-loss calls shortened by 4 minutes. "
        "Java, Spring, Angular, Oracle."]),
    ("Summer 2014", ["**Placement Developer**, Dalesway Building Society (Halifax)",
        "- Internet banking test automation in Selenium."]),
])

heading("Education")
ed = table(doc, 2, 2, [3.4, 14.0])
cell_text(ed.cell(0, 0), "2012 – 2015", size=9.5, color="555555")
cell_text(ed.cell(0, 1), "**BSc (Hons) Computer Science, 2:1** — University of Wrexford")
para(ed.cell(0, 1), "Final-year project: a property-based testing library for Java (first).", size=9.5)
cell_text(ed.cell(1, 0), "2012", size=9.5, color="555555")
cell_text(ed.cell(1, 1), "**A-levels** — Haldane Sixth Form College, Bolton: Mathematics (A*), Physics (A), Computing (B)")

heading("Skills")
sk = table(doc, 4, 2, [3.4, 14.0])
for i, (k, v) in enumerate([
        ("Programming", "Kotlin, Java, Python, SQL, a little Go"),
        ("Platforms", "AWS (ECS, Lambda, RDS), Kafka, PostgreSQL, Oracle, Terraform"),
        ("Practices", "Event sourcing, contract testing, trunk-based development, incident command"),
        ("Payments", "ISO 20022, SEPA, Faster Payments, card settlement")]):
    cell_text(sk.cell(i, 0), "**" + k + "**", size=9.5)
    cell_text(sk.cell(i, 1), v)

heading("Certifications")
para(doc, "AWS Certified Solutions Architect – Associate (2021)")
para(doc, "Confluent Certified Developer for Apache Kafka (2023)")

heading("Volunteering")
para(doc, "**Code Club volunteer**, Levenshulme Library — 2019 to date. Weekly Scratch and Python club for 9–13 year olds.")

heading("Interests")
para(doc, "Fell running (Three Peaks finisher 2022), restoring old ZX Spectrums, Manchester Jazz Festival stewarding.")

heading("References")
para(doc, "Available on request.")

doc.save(sys.argv[1])
