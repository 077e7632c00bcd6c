"""en_siobhan_reilly: Irish marketing CV typed in Word with the section names hanging in the left
margin: each section's first paragraph is `HEADING<TAB>text` with a 3.6 cm hanging indent, so the
heading sits left of the body on the same line (no table). Employer lines `Employer, City -- Title`
with the years in brackets."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Sans", size=10, margins=1.8)
IND = 3.6

def hang(label, text, bold=False, italic=False, before=0, label_size=8.5):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(IND)
    p.paragraph_format.first_line_indent = Cm(-IND)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(IND))
    p.paragraph_format.space_before = Pt(before)
    if label:
        r = run(p, label, bold=True, size=label_size, color="7F7F7F")
    run(p, "\t")
    r = run(p, text, bold=bold)
    r.italic = italic
    return p

para(d, "Siobhán Reilly", bold=True, size=20)
para(d, "Marketing Manager — B2B SaaS & fintech", size=11, color="555555", after=2)
para(d, "Dublin 8, Ireland  |  +353 87 000 0462  |  siobhan.reilly@example.ie  |  linkedin.com/in/siobhanreilly-mktg", size=9, after=10)

hang("PROFILE", "Ten years in B2B marketing, the last five leading demand generation for fintech scale-ups selling "
                "into European banks. I build small, sharp teams, like a clean attribution model, and still write copy myself.", before=4)

hang("EXPERIENCE", "Ledgerline Ltd., Dublin -- Head of Demand Generation (2021 - present)", bold=True, before=10)
for t in ["Team of 5 (content, paid, marketing ops); budget €1.3M",
          "Pipeline from marketing grew from €4M to €11M in two years; 38% of new ARR",
          "Moved the stack from Pardot to HubSpot; rebuilt lead scoring with sales"]:
    hang("", "–  " + t)
hang("", "Corrib Payments, Galway -- Senior Marketing Manager (2018 - 2021)", bold=True, before=6)
for t in ["Launched the SME card product in Ireland and the Netherlands",
          "Ran 14 webinars and two user conferences (400 attendees)"]:
    hang("", "–  " + t)
hang("", "Brightwater Digital Agency, Dublin -- Account Executive, then Account Manager (2014 - 2018)", bold=True, before=6)
hang("", "–  Managed SEO, PPC and social for 12 clients in retail and hospitality")
hang("", "Skyline Duty Free, Dublin Airport -- Sales Assistant (summers 2011 - 2013)", before=6)

hang("EDUCATION", "MSc Digital Marketing, Liffey Business School, Dublin (2013 - 2014) — First Class Honours", before=10)
hang("", "BA (Hons) Communications and French, University of the Western Shore, Galway (2010 - 2013) — 2.1")
hang("", "Leaving Certificate, Coláiste Bríd, Tullamore (2010) — 545 points")

hang("SKILLS", "Marketing: ABM, demand gen, content strategy, SEO/SEM, events", before=10)
hang("", "Tools: HubSpot, Salesforce, Pardot, Google Analytics 4, Looker Studio, Canva, Figma (basic)")

hang("LANGUAGES", "English (native), Irish (fluent), French (C1 — Erasmus year in Lyon)", before=10)

hang("CERTS", "HubSpot Inbound Marketing (2022); Google Ads Search Certification (2020)", before=10)

hang("OUTSIDE WORK", "Sea swimming at the Forty Foot, sean-nós singing, volunteer with Liffeyside Housing Trust (fundraising committee, 2019 - now)", before=10)

hang("REFERENCES", "Available on request.", before=10)
d.save(sys.argv[1])
