# Classic US Word résumé (Letter, Garamond-like serif): centred name, small-caps headings with a
# rule, Key Achievements block up front, jobs `Employer, City, ST<TAB>dates (2 yrs 3 mos)` with the
# dates on the far right via a right tab, italic title under it; an independent-consulting block
# whose clients are sub-entries with their own dates.
import sys
from docxlib import *

d = new_doc(font="Times New Roman", size=11, margins_cm=(1.6, 1.6, 1.9, 1.9), letter=True)
R = 21.59 - 3.8

def head(txt):
    p = para(d, [(txt, dict(b=True, smallcaps=True, size=12))], before=10, after=3)
    border(p, "bottom", "000000", 6)

para(d, [("DARNELL J. FORSYTHE", dict(b=True, size=20))], align="center", after=0)
para(d, ["Atlanta, GA 30308  ·  (404) 555-0172  ·  darnell.forsythe@example.com  ·  darnellforsythe.example.com"], align="center", after=2)
para(d, [("Director of Marketing — B2C brands, lifecycle and performance marketing", dict(i=True))], align="center", after=4)

head("Summary")
para(d, ["Marketing leader who has run $20M+ budgets for consumer fintech and retail brands. I pair brand work "
         "with hard numbers: every campaign I sign off has a holdout group. Built and led teams of up to 18."], align="justify")

head("Key Achievements")
for b in ["Grew Peachline Bank's funded accounts from 40,000 to 310,000 in three years with CAC down 35%.",
          "Relaunched the Magnolia Home loyalty program; repeat purchase rate up 19 points.",
          "Named one of the Atlanta Business Ledger's “40 Under 40” (2021)."]:
    bullet(d, [b], indent=0.6, sym="•")

head("Professional Experience")

def job(emp, city, dates, dur, title, bullets=(), summary=None):
    p = para(d, [(emp, dict(b=True)), ", " + city + "\t" + dates + "  ", (dur, dict(i=True, size=9.5))], before=6, after=0)
    tab_stop(p, R, "right")
    para(d, [(title, dict(i=True))], after=1)
    if summary:
        para(d, [summary], after=1)
    for b in bullets:
        bullet(d, [b], indent=0.6, sym="•")

job("Peachline Bank", "Atlanta, GA", "Jan 2021 – Present", "(3 yrs 9 mos)", "Director of Marketing",
    ["Lead brand, lifecycle, performance and content teams (18 people, $22M budget).",
     "Moved 60% of paid spend to channels measured by incrementality tests.",
     "Launched the “Bank Like a Neighbor” campaign (Effie finalist 2023)."])
job("Peachline Bank", "Atlanta, GA", "Sept 2019 – Dec 2020", "(1 yr 4 mos)", "Senior Manager, Growth Marketing",
    ["Built the referral program that became 28% of new accounts."])

p = para(d, [("Forsythe Growth Advisory", dict(b=True)), " (independent consulting), Atlanta, GA\tMar 2017 – Aug 2019  ", ("(2 yrs 6 mos)", dict(i=True, size=9.5))], before=6, after=0)
tab_stop(p, R, "right")
para(d, [("Principal", dict(i=True))], after=1)
para(d, ["Fractional CMO for consumer brands between Series A and C. Selected clients:"], after=1)
for c, dates, txt in [("Magnolia Home", "2018 – 2019", "relaunched the loyalty program and CRM journeys (Braze)."),
                      ("Tallulah Coffee Co.", "2017 – 2018", "DTC subscription launch; 9,000 subscribers in year one."),
                      ("Southbound Outfitters", "2017", "paid-social audit that cut CPA by 31%.")]:
    p = para(d, [("Client: ", dict(i=True)), (c, dict(b=True)), " (" + dates + ") — " + txt], indent=0.6, after=1)

job("Magnolia Home", "Charlotte, NC", "June 2013 – Feb 2017", "(3 yrs 9 mos)", "Marketing Manager, CRM & Loyalty",
    ["Ran e-mail and SMS for 2.4M loyalty members; revenue per e-mail up 44%."])
job("Brightwater Agency", "Atlanta, GA", "Aug 2010 – May 2013", "(2 yrs 10 mos)", "Account Executive",
    ["Managed retail and QSR accounts billing $3M a year."])

head("Education")
p = para(d, [("Piedmont School of Business", dict(b=True)), " — MBA, Marketing\t2013"], after=0); tab_stop(p, R, "right")
p = para(d, [("Chattahoochee State University", dict(b=True)), " — B.A., Communication, magna cum laude\t2010"], after=0); tab_stop(p, R, "right")

head("Professional Development")
para(d, ["Reforge Growth Series (2020) · Google Analytics 4 Certification (2023) · Pragmatic Institute Foundations (2018)"])

head("Affiliations")
para(d, ["American Marketing Association, Atlanta chapter — board member (programs chair), 2019 – present"])
para(d, ["100 Black Men of Atlanta — mentor, 2016 – present"])

head("Interests")
para(d, ["Marathons (Atlanta, Chicago), vinyl collecting, youth basketball coaching"])
d.save(sys.argv[1])
