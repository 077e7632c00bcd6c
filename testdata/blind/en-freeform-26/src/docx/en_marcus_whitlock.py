from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

# Word twin of the ATS export: the same facts typed as an ordinary résumé.
d = new_doc(font="Cambria", size=10.5, letter=True, margins=0.8)
para(d, [("Marcus T. Whitlock", "b")], size=18, after=0)
para(d, "Marine Operations Supervisor", size=12, after=0)
para(d, "Chesapeake, VA  •  (757) 555-0143  •  marcus.whitlock@example.com", after=8)

def heading(t):
    p = para(d, [(t, "b")], size=11, before=8, after=2)
    bottom_rule(p)

heading("PROFESSIONAL SUMMARY")
para(d, "Retired U.S. Coast Guard Boatswain's Mate (20 years) now running vessel traffic on a busy container "
        "terminal. Licensed master, 1,600 GT. Led boat crews of 4-12 on search and rescue, law enforcement and "
        "aids-to-navigation missions from Hampton Roads to the Gulf of Mexico.")

heading("CIVILIAN EXPERIENCE")
para(d, [("Vessel Traffic Coordinator", "b"), ("\t04/2021 – Present", "")], right_tab=True, after=0)
para(d, [("Elizabeth River Terminals LLC, Portsmouth, VA", "i")], after=1)
bullet(d, "Schedule berths, tugs and line handlers for about 60 vessel calls a month.")
bullet(d, "Coordinate with pilots, Sector Virginia and the terminal gate on arrivals and departures.")
bullet(d, "Wrote the terminal's heavy-weather berth plan, adopted 2023.")

heading("MILITARY EXPERIENCE — U.S. COAST GUARD")
for title, unit, place, dates, lines in [
    ("Boatswain's Mate Chief (BMC), Officer in Charge", "Coast Guard Station Cape Sorrel", "Cape Sorrel, NC", "07/2017 – 03/2021",
     ["Commanded a multi-mission small-boat station of 28 active duty and reserve members and three response boats.",
      "Station answered 310 SAR cases during my tour.",
      "Retired 03/2021 after 20 years of service."]),
    ("Boatswain's Mate First Class (BM1), Executive Petty Officer", "USCGC Heron Ledge (WPB-87391)", "Pensacola, FL", "06/2013 – 06/2017",
     ["Second in command of an 87-foot patrol boat, crew of 11.",
      "Qualified Coxswain and Boarding Officer.",
      "Ran the cutter's training and qualification program."]),
    ("Boatswain's Mate Second Class (BM2), Coxswain", "Aids to Navigation Team Pamlico", "Washington, NC", "01/2006 – 05/2013",
     ["Serviced 420 buoys and fixed aids on the Pamlico and Pungo rivers."]),
]:
    para(d, [(title, "b"), ("\t" + dates, "")], right_tab=True, before=4, after=0)
    para(d, [(unit + ", " + place, "i")], after=1)
    for l in lines:
        bullet(d, l)

heading("EDUCATION")
para(d, [("Associate of Applied Science, Maritime Operations", "b"), (" — Tidewater Mariners College", ""), ("\t05/2019", "")], right_tab=True)
para(d, [("Certificate, Boatswain's Mate", "b"), (" — Coast Guard Boatswain's Mate \"A\" School", ""), ("\t2002", "")], right_tab=True)

heading("LICENSES AND CERTIFICATIONS")
bullet(d, "USCG Merchant Mariner Credential - Master 1,600 GT Near Coastal — U.S. Coast Guard National Maritime Center (exp. 08/2028)")
bullet(d, "TWIC — Transportation Security Administration (exp. 01/2027)")
bullet(d, "STCW Basic Safety Training — Tidewater Mariners College (exp. 08/2028)")

heading("SKILLS")
para(d, "Vessel traffic scheduling (Advanced) • Search and rescue coordination (Expert) • Small boat handling (Expert) • Navis N4 (Intermediate)")

heading("AWARDS")
para(d, "Coast Guard Commendation Medal (2020)  •  Coast Guard Achievement Medal (2015)")

heading("ADDITIONAL")
para(d, "Security clearance: Secret (inactive). Protected veteran.")

save(d, out_path("en_marcus_whitlock.docx"))
