import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *
d = new("Arial", 10)
T = 17.0
para(d, ("Lachlan Pryce", "b", 18))
para(d, "Mobile: 0491 570 143   |   Email: lachlan.pryce@example.com.au")
para(d, "Address: 27 Sandgate Road, Albion QLD 4010")
def H(t):
    p = para(d, (t, "b", 11.5), space_before=10); bottom_border(p)
H("CAREER OBJECTIVE")
para(d, "To step into a Warehouse or Distribution Centre Manager role in South East Queensland where I can use ten years of "
        "transport and warehousing experience to lift safety, DIFOT and team engagement.")
H("KEY SKILLS")
for s in ["Warehouse operations (3PL and retail DC), 24/7 shift management",
          "WMS: Manhattan SCALE, SAP EWM; TMS: MercuryGate",
          "Chain of Responsibility (CoR) and WHS compliance",
          "Forklift (LF) and Order Picker (LO) high-risk work licences",
          "Rostering, enterprise agreements and team leadership (up to 45 staff)"]:
    bullet(d, s)
H("EMPLOYMENT HISTORY")
def job(title, dates, emp, bullets):
    para(d, (title, "b"), "\t" + dates, tab=T, space_before=6)
    para(d, (emp, "i"))
    for b in bullets: bullet(d, b)
job("Distribution Centre Operations Supervisor", "Jan 2021 – Present", "Koala Freight Solutions Pty Ltd, Richlands QLD",
    ["Run night shift for a 38,000 m² ambient DC serving 120 grocery stores; 45 staff across inbound, pick and dispatch.",
     "Lifted DIFOT from 93.8% to 98.6% in 18 months by re-slotting fast movers and re-sequencing dispatch waves.",
     "Zero lost-time injuries in 2023; led the CoR audit with the transport team."])
job("Warehouse Team Leader", "Jul 2017 – Dec 2020", "Brisbane Bulk Logistics, Eagle Farm QLD",
    ["Team of 14; inbound container unloading (up to 22 containers per day) and cross-dock.",
     "Trained 30+ staff on RF scanning and the new WMS go-live in 2019."])
job("Storeperson / Forklift Operator", "Mar 2014 – Jun 2017", "Outback Hardware Distribution, Townsville QLD", [])
para(d, ("Casual roles (2012–2014): ", "b"), "Coles Supermarkets; Sunshine Coast Removals Pty Ltd; Bunnings Warehouse.")
H("EDUCATION & TRAINING")
para(d, "Diploma of Logistics (TLI50221)\tCurrently studying", tab=T)
para(d, ("Brisbane North Institute of TAFE", "i"))
para(d, "Certificate IV in Warehousing Operations\t2018", tab=T)
para(d, ("Queensland Skills College, Brisbane", "i"))
para(d, "Queensland Certificate of Education (QCE)\t2011", tab=T)
para(d, ("Kirwan State High School, Townsville", "i"))
H("LICENCES & TICKETS")
for s in ["HRW Licence – Forklift (LF) and Order Picker (LO)", "Heavy Rigid (HR) Driver Licence, QLD", "First Aid (HLTAID011), 2023"]:
    bullet(d, s)
H("REFEREES")
para(d, ("Sharon McAllister", "b"), " – DC Manager, Koala Freight Solutions – 0491 570 118")
para(d, ("Tony Nguyen", "b"), " – Operations Manager, Brisbane Bulk Logistics – 0491 570 127")
d.save(sys.argv[1])
