# Returner résumé (Canada, Letter): headings as bold caps with a shaded band; Summary of
# Qualifications bullets; an explained career break; each job = bold title, employer + city line,
# then the dates on their own line; Professional Development; Volunteer Experience; Interests.
import sys
from docxlib import *

d = new_doc(font="Arial", size=10.5, margins_cm=(1.8, 1.8, 2.0, 2.0), letter=True)
para(d, [("Heather MacKinnon", dict(b=True, size=22, color="3B2E5A"))], after=0)
para(d, ["Dartmouth, Nova Scotia  |  902-555-0139  |  heather.mackinnon@example.com"], after=0)
para(d, [("Customer Support Team Lead — returning to work after a planned career break", dict(i=True))], after=6)

def head(txt):
    p = para(d, [(txt.upper(), dict(b=True, size=10.5, color="3B2E5A"))], before=10, after=4)
    shade_par(p, "E9E4F2")

head("Summary of Qualifications")
for b in ["Nine years in customer support for telecom and software, four of them leading teams of 8–12 agents.",
          "Kept CSAT above 92% for three years running; took first-contact resolution from 61% to 78%.",
          "Back up to date: Zendesk Support Administrator certificate and a customer-experience analytics course (2023).",
          "Bilingual English / French (Canadian)."]:
    bullet(d, [b], indent=0.6, sym="•")

head("Career Break")
para(d, [("Aug 2018 – Sept 2023", dict(b=True)), " — Full-time parent to two children; treasurer of the school parents' association (see Volunteer Experience)."])

head("Work Experience")

def job(title, emp, dates, bullets):
    para(d, [(title, dict(b=True))], before=6, after=0)
    para(d, [emp], after=0)
    para(d, [(dates, dict(i=True, color="555555"))], after=2)
    for b in bullets:
        bullet(d, [b], indent=0.6, sym="•")

job("Contract Support Specialist (returnship)", "Fundy Cloud Services, remote", "Oct 2023 – Present",
    ["Twelve-week returnship turned into a contract: Tier 2 support and Zendesk macro clean-up."])
job("Customer Support Team Lead", "Bluenose Telecom, Halifax NS", "April 2014 – July 2018",
    ["Led a team of 12 phone and chat agents for residential internet customers.",
     "Rewrote the escalation playbook; average handle time down 18%.",
     "Trained every new hire in the region (about 40 a year)."])
job("Senior Customer Support Representative", "Bluenose Telecom, Halifax NS", "June 2012 – March 2014",
    ["Second-line support for billing disputes and outages; Agent of the Quarter twice."])
job("Technical Support Agent", "Harbourview Software, Moncton NB", "Sept 2009 – May 2012",
    ["Phone and e-mail support in English and French for accounting software used by small businesses."])

head("Education")
para(d, [("Diploma, Business Administration", dict(b=True)), " — Nova Scotia Community College of the Atlantic, 2009"])

head("Professional Development")
para(d, ["Zendesk Support Administrator — Zendesk, November 2023"], after=1)
para(d, ["Customer Experience Analytics (online course) — Dalhousie Continuing Education, 2023"], after=1)
para(d, ["Mental Health First Aid — Mental Health Commission of Canada, 2017"], after=1)

head("Volunteer Experience")
para(d, [("Treasurer", dict(b=True)), ", Tallahassee Elementary Parents' Association, Dartmouth — 2020 – 2023"], after=0)
para(d, ["Managed a $28,000 budget and ran the book fair and winter market."], after=3)
para(d, [("Shift volunteer", dict(b=True)), ", Dartmouth Family Food Bank — 2019 – present"], after=0)

head("Interests")
para(d, ["Kayaking, Gaelic singing, community theatre"])
d.save(sys.argv[1])
