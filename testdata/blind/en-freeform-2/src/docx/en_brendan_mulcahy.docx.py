# Brendan Mulcahy — UK gas engineer. A one-page Word CV typed with tab stops: contact details on
# two tab-separated lines, "dates<TAB>employer<TAB>town" job lines with two left tabs and the job
# title as a bold run on the next line; qualifications with dotted-leader tabs to the year.
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Arial", size=10, margins_cm=2.0)
T3 = [(4.0, "left", None), (13.0, "left", None)]
LEAD = [(17.0, "right", "dots")]

para(doc, "**Brendan Mulcahy**", size=20, after=0)
para(doc, "Gas Safe Registered Engineer (Reg. No. 0000512)  –  domestic & light commercial", size=11, after=4)
para(doc, "Address:\tFishponds, Bristol BS16\tMobile: (+44) 7700 900 276", tabs=[(2.2, "left", None), (10.5, "left", None)], size=9.5)
para(doc, "Email:\tb.mulcahy.gas@example.co.uk\tDriving: full UK licence, own van", tabs=[(2.2, "left", None), (10.5, "left", None)], size=9.5, after=8)

def heading(t):
    p = para(doc, "**" + t + "**", size=11, before=8, after=3, keep_next=True)
    bottom_border(p, sz=12, color="000000")

heading("Personal Profile")
para(doc, "Time-served heating engineer, 10 years Gas Safe registered. Boiler installs, breakdowns and "
          "landlord safety checks across Bristol and South Glos, plus commercial catering kitchens since 2021. "
          "Tidy, on time and happy to explain things to customers. Looking for a senior engineer or "
          "supervisor role with a bigger installer.")

heading("Qualifications & Tickets")
for a, b in [("ACS CCN1, CENWAT, CKR1, HTR1, CPA1 (domestic)", "renewed 2023"),
             ("ACS COCN1, CCLP1 (commercial catering)", "2021"),
             ("Unvented hot water (G3)", "2019"),
             ("NVQ Level 3 Diploma in Gas Utilisation Installation and Maintenance", "2014"),
             ("Worcester Bosch, Vaillant and Ideal accredited installer", "current")]:
    para(doc, a + "\t" + b, tabs=LEAD)

heading("Employment History")

def job(dates, emp, town, title, bullets):
    para(doc, dates + "\t" + "**" + emp + "**" + "\t" + town, tabs=T3, before=5, keep_next=True)
    para(doc, "\t**" + title + "**", tabs=T3, keep_next=True)
    for b in bullets:
        p = para(doc, "\t-  " + b, tabs=[(4.0, "left", None)], indent_cm=4.0, hanging_cm=0.0)

job("Mar 2019 – present", "Severn Heat Services Ltd", "Bristol", "Senior Gas Engineer", [
    "Around 180 boiler installs a year (combi swaps, system conversions, heat pump hybrids).",
    "Commercial catering: interlocks, gas proving, CP42 certificates for 30+ restaurant kitchens.",
    "Train and sign off two apprentices; cover the on-call rota one week in four."])
job("Jun 2016 – Feb 2019", "B. Mulcahy Heating (self-employed)", "Bristol", "Heating Engineer", [
    "Own small business: breakdowns, servicing and landlord gas safety records (CP12) for 3 letting agents."])
job("Sept 2011 – May 2016", "Avonvale Housing Association", "Bristol", "Apprentice, then Gas Engineer", [
    "Planned maintenance and reactive repairs across 4,000 social housing homes."])

heading("Education")
para(doc, "2011 – 2014\tKingsweston College, Bristol – NVQ Level 3 (see above), Level 2 Plumbing", tabs=T3)
para(doc, "2006 – 2011\tHengrove Park School – 8 GCSEs incl. Maths (B) and English (C)", tabs=T3)

heading("Interests")
para(doc, "Five-a-side football, fishing on the Chew Valley Lake, and doing up a 1978 VW camper.")

heading("References")
para(doc, "Gary Whitcombe, Contracts Manager, Severn Heat Services – 0117 496 0123")
para(doc, "Helen Pryce, Maintenance Lead, Avonvale Housing Association – 0117 496 0744")

doc.save(sys.argv[1])
