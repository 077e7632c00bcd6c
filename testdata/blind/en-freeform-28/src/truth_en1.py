# Hand-written truths, people 1-6. Imported by truths.py.
P = {}

def W(name, position, start=None, end=None, **kw):
    d = {"name": name, "position": position}
    if start: d["startDate"] = start
    if end: d["endDate"] = end
    d.update(kw)
    return d

def E(inst, area=None, st=None, start=None, end=None, **kw):
    d = {"institution": inst}
    if area: d["area"] = area
    if st: d["studyType"] = st
    if start: d["startDate"] = start
    if end: d["endDate"] = end
    d.update(kw)
    return d

def C(name, issuer=None, **kw):
    d = {"name": name}
    if issuer: d["issuer"] = issuer
    d.update(kw)
    return d

P["en_tamsin_alderwick"] = ({
  "basics": {
    "name": "Tamsin Alderwick",
    "label": "International Board Certified Lactation Consultant (IBCLC)",
    "x-headlineNote": "Registered Midwife",
    "email": "tamsin.alderwick@example.co.uk",
    "phone": "07700 900418",
    "location": {"city": "Norwich", "region": "Norfolk", "postalCode": "NR2", "countryCode": "GB"},
    "profiles": [{"network": "LinkedIn", "username": "tamsin-alderwick", "url": "https://www.linkedin.com/in/tamsin-alderwick"}],
    "summary": "Midwife for eleven years and an IBCLC since 2019. I lead the infant-feeding team in a district general hospital, run a tongue-tie clinic with our ENT colleagues and see families at home through a small private practice. Looking for a specialist infant-feeding post with time for teaching."
  },
  "work": [
    W("Wensum Valley Hospitals NHS Trust", "Infant Feeding Lead (IBCLC)", "2019-03", location="Norwich", highlights=[
      "Lead a team of 3 infant-feeding support workers across the postnatal ward, NNU and community.",
      "Set up a weekly tongue-tie assessment clinic (approx. 40 babies a month, wait cut from 5 weeks to 9 days).",
      "Took the maternity unit through UNICEF UK Baby Friendly Stage 3 reassessment (2022).",
      "Teach the feeding sessions of the student midwife and paediatric registrar programmes."]),
    W("Wensum Valley Hospitals NHS Trust", "Community Midwife", "2015-09", "2019-02", location="Norwich", highlights=[
      "Caseload of ~120 women a year in Drayton and Taverham; home-birth team on call one week in four.",
      "Breastfeeding peer-supporter link midwife."]),
    W("Broadland Maternity Unit", "Locum Midwife", "2015-01", "2015-03", location="Great Yarmouth",
      **{"x-agency": "Anglia Clinical Staffing",
         "summary": "Three-month locum on labour ward and postnatal ward, cover for long-term sickness."}),
    W("Stour & Orwell Hospital", "Staff Midwife", "2013-08", "2014-12", location="Ipswich",
      highlights=["Rotation through labour ward, antenatal clinic and postnatal ward."]),
    W("Latch & Lullaby Feeding Support", "Independent IBCLC", "2021", location="Norwich",
      **{"x-employmentType": "part-time",
         "summary": "Home and video consultations, about six families a month; referral route to NHS frenotomy."}),
  ],
  "education": [
    E("Fenland University", "Midwifery", "BSc (Hons)", "2010", "2013", score="First Class Honours", **{"x-location": "Peterborough"}),
    E("Eastern Lactation Academy", "Lactation Consultant Pathway 3 preparation course", None, "2017", "2018", **{"x-mode": "online"}),
  ],
  "certificates": [
    C("IBCLC", "IBLCE", **{"x-date": "2019", "x-recertified": "2024"}),
    C("Registered Midwife", "Nursing and Midwifery Council", **{"x-number": "00A0000E", "x-date": "2013"}),
    C("Infant Feeding Lead training", "UNICEF UK Baby Friendly Initiative", **{"x-date": "2020"}),
    C("Tongue-tie assessment (Hazelbaker ATLFF)", "Eastern Lactation Academy", **{"x-date": "2019"}),
  ],
  "publications": [
    {"name": "A nurse-led tongue-tie pathway in a district general hospital: one year of referrals",
     "publisher": "Journal of Infant Feeding Practice", "releaseDate": "2022", "x-authors": "Alderwick T, Moyo R"},
    {"name": "Video feeding consultations during lockdown", "publisher": "Norfolk Maternity Study Day",
     "releaseDate": "2021", "x-type": "poster"},
  ],
  "skills": [
    {"name": "Clinical", "keywords": ["tongue-tie assessment", "breast pump provision", "supplementation plans", "NIPE newborn examination"]},
    {"name": "Systems", "keywords": ["BadgerNet", "Lorenzo", "Microsoft Teams"]},
  ],
  "languages": [{"language": "English", "fluency": "native"}, {"language": "Polish", "fluency": "B1"},
                {"language": "British Sign Language", "fluency": "A2"}],
  "interests": [{"name": "Sea swimming at Sea Palling"}, {"name": "community choir (alto)"}, {"name": "allotment"}],
}, ["Tamsin Alderwick", "CV – Tamsin Alderwick 2025", "Properties", "CV 2025", "Résumé", "job-hunt", "cv", "ibclc",
    "draft-3", "2025-01-14", "Contact", "Profile", "Private practice (expand)", "Private practice", "Related",
    "Job hunt 2025", "Cover letter – Broadland post", "#cv",
    "International Board Certified Lactation Consultant (IBCLC) · Registered Midwife", "IBCLC", "Registered Midwife",
    "Locum Midwife (via Anglia Clinical Staffing)", "Anglia Clinical Staffing", "Norwich, Norfolk NR2",
    "IBCLC (recertified 2024)", "Registered Midwife, PIN 00A0000E", "Lactation Consultant Pathway 3 preparation course",
    "Published & presented", "Outside work", "Independent IBCLC — Latch & Lullaby Feeding Support, Norwich",
    "Wensum Valley Hospitals NHS Trust, Norwich", "Great Yarmouth", "CEFR", "LinkedIn"])

P["en_lewis_marchbank"] = ({
  "basics": {
    "name": "Lewis Marchbank",
    "label": "Fire Alarm Commissioning Engineer",
    "email": "lewis.marchbank@example.co.uk",
    "phone": "07700 900736",
    "location": {"city": "Wolverhampton", "region": "West Midlands", "countryCode": "GB"},
    "summary": "Fire alarm engineer with 12 years on addressable systems (Advanced, Gent, Kentec, Hochiki). Moved from install to commissioning and now lead the commissioning team on hospital, school and warehouse jobs across the Midlands. BAFE SP203-1 paperwork, cause-and-effect testing and handover are my bread and butter.",
    "x-status": "OPEN TO OFFERS",
    "x-availability": "Happy to travel and stay away midweek."
  },
  "work": [
    W("BLACK COUNTRY FIRE & SECURITY LTD", "Lead Commissioning Engineer", "2021-04", location="Wolverhampton", highlights=[
      "Run a team of 4 commissioning engineers; plan the week with the contracts manager.",
      "Commissioned 60+ networked panels, incl. a 14-panel Advanced MxPro 5 network on a 600-bed hospital extension.",
      "Write cause-and-effect matrices with M&E consultants and witness-test with building control and the fire service."]),
    W("BLACK COUNTRY FIRE & SECURITY LTD", "Commissioning Engineer", "2017-06", "2021-03", location="Wolverhampton",
      highlights=["Programming, loop testing and handover on Gent Vigilon and Kentec Syncro systems."]),
    W("BLACK COUNTRY FIRE & SECURITY LTD", "Fire Alarm Installer", "2016", "2017", location="Wolverhampton",
      highlights=["First fix and second fix, FP200 cabling, containment."]),
    W("MIDSHIRE ELECTRICAL SERVICES", "Apprentice Electrician → Electrician", "2012-09", "2016-07", location="Walsall",
      highlights=["Domestic and light commercial installs; first fire-alarm jobs as second man on Grade A systems."]),
    W("Self-employed", "Fire alarm servicing", "2019", location="Wolverhampton",
      **{"x-period": "weekends", "x-employmentType": "part-time",
         "summary": "Quarterly and annual servicing for small landlords and two care homes to BS 5839-1."}),
  ],
  "education": [E("Walsall College of Technology", "Electrotechnical Services", "NVQ Level 3", "2012", "2016")],
  "certificates": [
    C("FIA Unit 1–4 (Foundation, Design, Installation, Commissioning)", "Fire Industry Association", **{"x-date": "2017"}),
    C("18th Edition BS 7671", "City & Guilds", **{"x-date": "2019"}),
    C("ECS Gold Card", "JIB", **{"x-date": "2016"}),
    C("IPAF 3a/3b", "IPAF", **{"x-date": "2023"}),
    C("Full clean UK driving licence"),
    C("Enhanced DBS", **{"x-date": "2024"}),
  ],
  "skills": [
    {"name": "Panels", "keywords": ["Advanced MxPro 5", "Gent Vigilon", "Kentec Syncro", "Hochiki FireNET"]},
    {"name": "Standards", "keywords": ["BS 5839-1", "BS 5839-6", "BS 7671", "BAFE SP203-1"]},
    {"name": "Other", "keywords": ["voice alarm", "disabled refuge systems", "AutoCAD LT"]},
  ],
  "references": [{"reference": "References from my contracts manager available on request."}],
}, ["Personal", "Job applications", "Personal : CV - Lewis Marchbank (fire & security)", "CV - Lewis Marchbank (fire & security)",
    "Created by Lewis Marchbank, last modified on Feb 03, 2025", "Lewis Marchbank", "OPEN TO OFFERS", "Attachments:",
    "FIA_certs_scan.pdf", "Document generated by Confluence on Feb 03, 2025 21:14", "Atlassian", "http://www.atlassian.com/",
    "Summary", "Kit I know", "Also", "Weekend work (click to expand)", "Weekend work", "Name", "Role", "Based", "Mobile",
    "Email", "Status", "What", "Where", "When", "Happy to travel and stay away midweek.", "Apprentice Electrician",
    "Electrician", "Fire alarm servicing (weekends)", "NVQ Level 3 Electrotechnical Services", "voice alarm (BS 5839-8)",
    "AutoCAD LT (mark-ups)", "Enhanced DBS (2024)", "Wolverhampton, West Midlands", "Self-employed — Wolverhampton",
    "BS 5839-8", "mark-ups"])

P["en_annelise_vukovich"] = ({
  "basics": {
    "name": "Annelise Vukovich",
    "x-postNominals": "RPT",
    "label": "Piano Technician & Concert Tuner",
    "email": "annelise@vukovichpiano.example",
    "phone": "(218) 555-0164",
    "url": "https://vukovichpiano.example",
    "location": {"city": "Duluth", "region": "Minnesota", "countryCode": "US"},
    "summary": "Piano technician with fifteen years at the bench and on the stage. I prepare concert instruments for a university school of music and a regional orchestra, rebuild grands in my own shop, and teach regulation to new technicians."
  },
  "work": [
    W("Arrowhead State University School of Music", "Staff Piano Technician", "2019", "2025", location="Duluth MN",
      summary="care of 58 pianos, including two Steinway D and one Yamaha CFX concert grands.", highlights=[
      "Concert preparation for 120+ recitals a season; on-call during the summer piano festival.",
      "Moved the practice-room fleet to a humidity-control programme (Dampp-Chaser systems); pitch drift halved.",
      "Managed the FY2021–FY2023 replacement budget ($410,000) and the bid for nine new uprights."]),
    W("Hartmann & Lund Pianos", "Rebuilding Technician", "2014", "2019", location="Minneapolis MN",
      summary="shop rebuilding of grands and uprights.", highlights=[
      "Restrung and re-pinned 30+ grands; soundboard repairs, new hammers and full regulation.",
      "Floor-model prep and warranty calls for the showroom."]),
    W("Lakeside Piano Service", "Apprentice Tuner", "2010", "2014", location="Superior WI",
      summary="home tuning route under a master tuner.",
      highlights=["Up to 6 tunings a day across Douglas and St. Louis counties."]),
  ] + [{"name": "Vukovich Piano Works", "location": "Duluth MN", "startDate": "2016", "x-employmentType": "part-time",
        "summary": "Grand regulation, voicing and action rebuilding for private clients and churches; about 25 instruments a year."}],
  "projects": [
    {"name": "Steinway Model D #1", "entity": "Weber Recital Hall (ASU)", "startDate": "2019"},
    {"name": "Yamaha CFX", "entity": "Weber Recital Hall (ASU)", "startDate": "2021"},
    {"name": "Steinway Model D", "entity": "Northland Symphony Orchestra", "startDate": "2020"},
  ],
  "education": [
    E("Great Lakes School of Piano Technology", "Piano Technology", "Diploma", "2008", "2010"),
    E("Lake Superior Conservatory of Music", "Piano Performance", "B.M.", "2004", "2008"),
  ],
  "certificates": [
    C("Registered Piano Technician (RPT)", "Piano Technicians Guild", **{"x-date": "2013"}),
    C("Steinway & Sons Technical Seminar", **{"x-note": "factory course", "x-date": "2022"}),
    C("Yamaha Advanced Piano Technicians Academy", **{"x-date": "2018"}),
  ],
  "publications": [{"name": "Regulating the grand action in a day", "publisher": "PTG Minnesota state conference",
                    "releaseDate": "2023", "x-type": "talk"}],
  "volunteer": [{"organization": "PTG Duluth–Superior Chapter", "position": "Mentor", "startDate": "2017", "endDate": "2024",
                 "summary": "associate members"}],
  "skills": [{"keywords": ["Tuning", "grand and upright regulation", "voicing", "restringing", "soundboard and bridge repair",
                           "action rebuilding", "humidity control"]}],
  "references": [{"reference": "Available on request."}],
}, ["Annelise Vukovich, RPT", "Own business", "Vukovich Piano Works, Duluth MN", "Concert instruments in my care",
    "Instrument", "Venue", "Since", "When", "Role", "Where", "Years", "Programme", "School", "Training", "Credentials",
    "Teaching & talks", "Diploma in Piano Technology", "B.M. in Piano Performance", "Tuning (aural and Verituner)",
    "aural and Verituner", "Verituner", "Steinway & Sons Technical Seminar (factory course)",
    "Mentor, PTG Duluth–Superior Chapter associate members", "Arrowhead State University", "Duluth, Minnesota",
    "Staff Piano Technician", "Rebuilding Technician", "Apprentice Tuner", "ASU"])

P["en_gideon_thwaite"] = ({
  "basics": {
    "name": "GIDEON THWAITE",
    "label": "Master Saddler & Qualified Saddle Fitter",
    "email": "gideon@thwaitesaddlery.example",
    "phone": "07700 900563",
    "x-phoneLandline": "01632 960582",
    "location": {"address": "Unit 4, Exning Road Yard", "city": "Newmarket", "region": "Suffolk", "postalCode": "CB8", "countryCode": "GB"},
    "summary": "Saddler for twenty years, the last six with my own workshop on the edge of the Heath. I make and repair racing saddles, bridles and show tack, fit saddles for trainers and private owners, and train apprentices through the Society of Master Saddlers."
  },
  "work": [
    W("Thwaite Saddlery", "owner / master saddler", "2019-03", location="Newmarket", highlights=[
      "Bespoke racing saddles (exercise, race and lightweight), bridlework, repairs.",
      "Saddle fitting for 9 training yards on the Bury Road and Hamilton Road.",
      "Took on and trained 2 apprentices (one now qualified)."]),
    W("Heathside Racing Saddlery Ltd", "Saddler", "2012", "2019", location="Newmarket", highlights=[
      "Race saddles and exercise saddles for the Newmarket yards; repair counter.",
      "Promoted to workshop foreman in 2016 (4 staff)."]),
    W("Walsall Leather Works", "Apprentice Saddler", "2005-09", "2012-07", location="Walsall",
      highlights=["Bench apprenticeship: bridles, headcollars, then saddle trees and panels."]),
  ],
  "education": [
    E("Saltwell College of Saddlery", "Saddlery", "City & Guilds Level 3 Diploma", "2005", "2008", **{"x-note": "Work-based"}),
    E("Fordham Road Community School", None, "GCSEs", "1999", "2005", **{"x-results": "x 8, incl. Maths, English, D&T (A)"}),
  ],
  "certificates": [
    C("SMS Master Saddler", "Society of Master Saddlers", **{"x-date": "2014"}),
    C("SMS Qualified Saddle Fitter", **{"x-date": "2011"}),
    C("SMS Qualified Bridle Maker", **{"x-date": "2009"}),
    C("First Aid at Work", "St John Ambulance", **{"x-date": "2023"}),
    C("Clean driving licence", **{"x-categories": "B + BE"}),
  ],
  "awards": [
    {"title": "Best Racing Saddle", "awarder": "Society of Master Saddlers National Saddlery Competition", "date": "2017"},
    {"title": "Runner-up, Bridlework class", "awarder": "National Saddlery Competition", "date": "2013"},
  ],
  "skills": [{"name": "Machines & materials", "keywords": ["Adler 205 and Pfaff 335 sewing machines", "hand stitching",
              "English bridle leather", "synthetic race saddles", "flocking and wool panels", "Prolite and gel pads"]}],
  "volunteer": [{"organization": "Racing Welfare", "startDate": "2018", "x-event": "Newmarket open day", "summary": "leatherwork demos"}],
  "interests": [{"name": "Ride out for a local yard on Saturdays."}],
  "references": [{"reference": "on request"}],
}, ["GIDEON THWAITE", "01632 960582", "Tel. 01632 960582", "About", "The bench", "Learnt at", "Papers", "Prizes",
    "Other things", "References on request.", "REFERENCES - on request", "owner", "master saddler",
    "City & Guilds Level 3 Diploma in Saddlery (Work-based)", "City & Guilds Level 3 Diploma in Saddlery",
    "GCSEs x 8, incl. Maths, English, D&T (A)", "SMS Master Saddler (Society of Master Saddlers)",
    "Clean driving licence (B + BE)", "Adler 205", "Pfaff 335 sewing machines", "hand stitching (8 to the inch)",
    "Volunteer with Racing Welfare's Newmarket open day since 2018 (leatherwork demos).", "Racing Welfare's Newmarket open day",
    "Best Racing Saddle, Society of Master Saddlers National Saddlery Competition 2017",
    "Runner-up, Bridlework class, National Saddlery Competition 2013", "Unit 4, Exning Road Yard, Newmarket, Suffolk CB8",
    "Society of Master Saddlers"])

P["en_ruaridh_costello"] = ({
  "basics": {
    "name": "Ruaridh Costello",
    "label": "FOH & Monitor Engineer",
    "x-headlineNote": "touring and festivals",
    "email": "ruaridh.costello@example.com",
    "phone": "+44 7700 900215",
    "location": {"city": "Dundee", "region": "Scotland", "countryCode": "GB"},
    "profiles": [{"network": "SoundCloud", "username": "ruaridh-mixes", "url": "https://soundcloud.com/ruaridh-mixes"}],
    "summary": "Live sound engineer, eleven years on the road. Mixes front of house for mid-size folk and indie acts (500–3,000 cap), monitors for festival stages, and designs small PA systems for venues. Comfortable on DiGiCo, Yamaha and Allen & Heath; happy on a bus for six weeks.",
    "x-passport": "Passport valid to 2031."
  },
  "work": [
    W("The Kelpie Lights", "FOH Engineer", "2022-10", **{"x-employmentType": "freelance", "x-note": "band", "highlights": [
      "Three UK & Ireland tours and two European tours a year, 25–40 shows each; carry DiGiCo SD12 and in-ear rack.",
      "Mixed the band's live album \"Harbour Nights\" (recorded at 4 shows, released 2024)."]}),
    W("Tayside Outdoor Festivals Ltd", "Monitor Engineer", "2023-06", "2024-08", **{
      "x-period": "Jun.–Aug. 2023 and Jun.–Aug. 2024", "x-agency": "Crewline Scotland", "highlights": [
      "Main-stage monitors, 14 acts a day, Yamaha PM5 + Shure PSM1000 in-ears; changeovers in 20 minutes."]}),
    W("The Caird Street Warehouse", "House Engineer", "2016", "2022", location="Dundee", highlights=[
      "Resident engineer at a 900-cap venue, 3–4 shows a week; looked after the d&b Q-series PA and the crew rota.",
      "Specified and installed the 2019 upgrade (Allen & Heath dLive, new monitor wedges); came in £6k under budget.",
      "Trained 11 students from the college's live-sound course on placements."]),
    W("various promoters", "Stage Technician", "2013", "2016", **{"x-agency": "Stagehand North & Crewline Scotland",
      "x-employmentType": "casual", "highlights": [
      "Load-ins, line checks and patching for arena and theatre shows in Glasgow, Edinburgh and Aberdeen."]}),
  ],
  "education": [
    E("Tay Valley College", "Sound Production", "HND", "2011", "2013", **{"x-location": "Dundee"}),
    E("Tay Valley College", "Music Technology", "NC", "2010", "2011", **{"x-location": "Dundee"}),
  ],
  "certificates": [
    C("IPAF 3a/3b", **{"x-date": "2022"}),
    C("Working at Height", "PLASA", **{"x-date": "2021"}),
    C("d&b Certified System Technician", **{"x-date": "2019"}),
    C("Emergency First Aid at Work", **{"x-date": "2024"}),
    C("Full driving licence", **{"x-categories": "incl. 7.5 t (C1)"}),
  ],
  "skills": [
    {"name": "Expert", "level": "Expert", "keywords": ["DiGiCo SD/Quantum", "Allen & Heath dLive", "Yamaha CL/PM", "Shure & Sennheiser IEM"]},
    {"name": "Proficient", "level": "Proficient", "keywords": ["d&b ArrayCalc", "Smaart v9", "Waves SuperRack", "Reaper"]},
    {"name": "Familiar", "level": "Familiar", "keywords": ["L-Acoustics Soundvision", "Dante Level 2", "QLab"]},
  ],
  "languages": [{"language": "Scottish Gaelic", "fluency": "conversational"}, {"language": "Spanish", "fluency": "A2"}],
}, ["Ruaridh Costello — FOH / Monitor Engineer", "FOH & Monitor Engineer — touring and festivals", "In short", "Gigs",
    "Study", "Tickets", "Desks & tools", "Also", "The Kelpie Lights (band)", "freelance", "via Crewline Scotland",
    "Stagehand North", "Crewline Scotland", "DiGiCo SD", "Quantum", "Yamaha CL", "PM", "Shure", "Sennheiser IEM",
    "Reaper (multitrack)", "HND Sound Production", "NC Music Technology", "Working at Height (PLASA)",
    "Full driving licence incl. 7.5 t (C1)", "Passport valid to 2031.", "Dundee, Scotland", "SoundCloud"])

P["en_johanna_kereama"] = ({
  "basics": {
    "name": "Johanna Kereama",
    "label": "Vineyard Manager",
    "x-headlineNote": "Viticulturist",
    "email": "jo.kereama@example.co.nz",
    "phone": "021 555 0186",
    "location": {"city": "Havelock North", "region": "Hawke's Bay", "countryCode": "NZ"},
    "profiles": [{"network": "LinkedIn", "username": "jokereama", "url": "https://linkedin.com/in/jokereama"}],
    "summary": "Viticulturist with 14 vintages in Hawke's Bay and two in Marlborough and the Barossa. I run 120 ha of Gimblett Gravels and Bridge Pa vineyards for a family winery: canopy and crop planning, spray programme, SWNZ compliance, seasonal crews under the RSE scheme and a budget of NZ$2.4 m."
  },
  "work": [
    W("TE AWA RIDGE ESTATE", "Vineyard Manager", "2020-07", location="Hastings, HB", highlights=[
      "Responsible for 120 ha over 6 blocks (Syrah, Merlot, Cabernet Sauvignon, Chardonnay); 3 permanent staff, up to 40 seasonal.",
      "Moved 40 ha to under-vine mowing and mid-row cover crops; herbicide use down 70 %.",
      "Frost plan with 4 new wind machines after the 2021 frost; zero frost losses since.",
      "Yield estimates within 5 % of crush for three straight vintages."]),
    W("TE AWA RIDGE ESTATE", "Assistant Vineyard Manager", "2016-08", "2020-06", location="Hastings, HB", highlights=[
      "Ran the spray programme and the RSE crew (Vanuatu) for pruning and harvest.",
      "Set up block records in Vitivisor-style spreadsheets, later moved to Vinsight."]),
    W("TE AWA RIDGE ESTATE", "Vineyard Supervisor", "2013", "2016", location="Hastings, HB",
      highlights=["Hand crews for pruning, wire-lifting and leaf-plucking; tractor and harvester operator."]),
    W("KAIWAKA VITICULTURE SERVICES", "Vintage Hand / Grower Liaison", "2012-02", "2012-05", location="Blenheim, Marlborough",
      **{"x-period": "Vintage 2012 (Feb.–May)", "highlights": ["Maturity sampling for 30 contract growers; harvest scheduling with the winery."]}),
    W("SEPPELTHORN WINES", "Vintage Cellarhand", "2011-01", "2011-04", location="Tanunda, South Australia",
      **{"x-employmentType": "contract", "highlights": ["Receival, pressing and ferment plunging; northern-hemisphere season swap."]}),
  ],
  "education": [
    E("Pacific Lincoln Polytechnic", "Viticulture and Wine Science", "Bachelor", "2007", "2010",
      **{"x-major": "Viticulture", "x-location": "Napier"}),
    E("NZ Winegrowers Growing Skills programme", "Pest and Disease Management", "Certificate", None, "2015"),
  ],
  "certificates": [
    C("GROWSAFE Registered Chemical Applicator", **{"x-renewed": "2024"}),
    C("Approved Handler (Hazardous Substances)", **{"x-date": "2021"}),
    C("Class 1 and Class 2 driver licence", **{"x-endorsements": "F and W endorsements"}),
    C("First Aid Level 2", **{"x-date": "2023"}),
  ],
  "skills": [
    {"name": "Expert", "level": "Expert", "keywords": ["canopy management", "crop estimation", "spray programmes", "frost protection", "RSE crew management"]},
    {"name": "Proficient", "level": "Proficient", "keywords": ["Vinsight", "Excel", "irrigation scheduling", "budgeting"]},
    {"name": "Familiar", "level": "Familiar", "keywords": ["QGIS", "NDVI drone imagery", "te reo Māori"]},
  ],
  "awards": [
    {"title": "Hawke's Bay Young Viticulturist of the Year — runner-up", "date": "2014"},
    {"title": "Sustainable Winegrowing NZ Vineyard Award", "date": "2023", "x-note": "Te Awa Ridge Estate team"},
  ],
  "references": [
    {"name": "Marama Tūhoe-Blake", "reference": "General Manager, Te Awa Ridge Estate", "x-phone": "06 555 0147"},
    {"name": "Greg Oldfield", "reference": "Director, Kaiwaka Viticulture Services", "x-phone": "03 555 0162"},
  ],
}, ["Vineyard Manager · Viticulturist", "Havelock North, Hawke's Bay", "PROFILE", "EXPERIENCE", "Bachelor of Viticulture and Wine Science",
    "Certificate in Pest and Disease Management", "Major: Viticulture", "Vintage Cellarhand (contract)",
    "Class 1 and Class 2 driver licence, F and W endorsements", "GROWSAFE Registered Chemical Applicator — renewed 2024",
    "Sustainable Winegrowing NZ Vineyard Award (Te Awa Ridge Estate team)", "Hawke's Bay Young Viticulturist of the Year",
    "runner-up", "Vintage Hand", "Grower Liaison", "Te Awa Ridge Estate", "Kaiwaka Viticulture Services", "Seppelthorn Wines",
    "CERTIFICATES & LICENCES", "AWARDS", "REFERENCES", "SKILLS", "EDUCATION"])
