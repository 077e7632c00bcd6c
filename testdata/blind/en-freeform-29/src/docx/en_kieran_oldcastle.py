"""Ex-Army port operator to lock keeper: a covering letter page with the contact details only in
its sign-off, then a two-page CV with the name and town alone at the top."""
import sys
from common import *

d = new_doc(font="Liberation Serif", size=11, margins=2.3)
core(d, "K Oldcastle", "Letter and CV")
para(d, "Recruitment Team", after=0)
para(d, "Western Waterways Trust", after=0)
para(d, "Caen Hill Wharf", after=0)
para(d, "Devizes", after=12)
para(d, "3 March 2025", after=12)
para(d, "Dear Recruitment Team,", after=8)
para(d, "Lock and Bridge Keeper (Seasonal Lead), Kennet & Avon — ref. WWT/0425", bold=True, after=8)
para(d, "I am applying for the seasonal lead post on the Caen Hill flight. I served twelve years with the "
        "Royal Logistic Corps as a port operator and small-craft coxswain, and since leaving the Army I have "
        "worked three seasons at Semington and Seend locks, where I now look after the volunteer lock keepers.", after=6)
para(d, "My CV follows. I hold a current boatmaster licence and I am free to start from 1 April.", after=14)
para(d, "Yours sincerely,", after=22)
para(d, "Kieran Oldcastle", after=0)
para(d, "7 Wharf Cottages, Sells Green, Devizes SN10", after=0)
para(d, "07700 900873", after=0)
para(d, "kieran.oldcastle@example.co.uk")
page_break(d)

para(d, "Kieran Oldcastle", bold=True, size=18, after=0)
para(d, "Devizes, Wiltshire", after=8)

def head(t):
    p = para(d, t, bold=True, size=12, before=10, after=3)

def job(title, emp, dates):
    p = right_tab(d, d.add_paragraph())
    run(p, title, bold=True); run(p, ", " + emp); run(p, "\t" + dates)
    p.paragraph_format.space_after = Pt(1)

head("Summary")
para(d, "Former Army sergeant (port operator, Royal Logistic Corps) now working on the inland waterways. "
        "Used to locks, tides, heavy plant and people; happy on shifts and at weekends.")

head("Civilian work")
job("Lock Keeper", "Western Waterways Trust, Semington", "01.2022 – present")
bullet(d, "Run the Semington and Seend locks for the season (April – October); lead 14 volunteer lock keepers")
bullet(d, "Passage and safety briefings for hire-boat crews; about 2,600 boats a season")
bullet(d, "Winter stoppage work: gate paddles, balance beams and towpath vegetation")
job("Boat Mover (casual)", "Avon Narrowboat Hire, Bradford on Avon", "01.2019 – 12.2021")
bullet(d, "Delivered hire boats between bases on the Kennet & Avon and the Thames")

head("Military service — British Army, 2007 – 2019")
job("Sergeant, Port Operator", "17 Port and Maritime Regiment, Royal Logistic Corps, Marchwood", "2014 – 2018")
bullet(d, "Coxswain of a Mexeflote raft and workboat crews; in charge of a troop of 22")
bullet(d, "Deployments: Op TOSCA, Cyprus (2016); exercise in Norway, winter 2017")
job("Lance Corporal / Corporal, Port Operator", "17 Port and Maritime Regiment, RLC, Marchwood", "2009 – 2014")
bullet(d, "Deployed on Op HERRICK, Afghanistan (2011), movement control at Camp Bastion")
job("Private, Driver", "27 Regiment RLC, Aldershot", "2007 – 2009")
para(d, "Security clearance: SC (lapsed 2019). Discharged with an exemplary record.", italic=True, before=4)

head("Qualifications & licences")
para(d, "Boatmaster Licence (Tier 2, Level 1), MCA, licence no. BML 000000, expires 2029", after=0)
para(d, "RYA Inland Waterways Helmsman Certificate — 2019", after=0)
para(d, "CPC Category C (HGV) and C+E, expires 2027", after=0)
para(d, "Level 3 Award in Education and Training — Army Education Centre, Marchwood, 2015", after=0)
para(d, "First Aid at Work — renewed 2024")

head("Education")
para(d, "BTEC Level 3 Diploma in Port Operations (military), 2010", after=0)
para(d, "GCSEs — Hengrove Park School, Swindon, 2007")

head("Outside work")
para(d, "Veterans' fishing club on the Avon; cadet instructor, Devizes Army Cadet Force detachment (2020 – now).")

head("References")
para(d, "Two referees (one Army, one civilian) — details on request.")
d.save(sys.argv[1])
