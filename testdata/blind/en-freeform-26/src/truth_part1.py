# Hand-written truths, part 1 (kept as Python for readability; writes src/truth/NAME.json).
import json, os
T = {}
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'truth')

T['en_marcus_whitlock'] = ({
 "basics": {"name": "Marcus T. Whitlock", "label": "Marine Operations Supervisor",
  "email": "marcus.whitlock@example.com", "phone": "(757) 555-0143",
  "location": {"city": "Chesapeake", "region": "VA", "countryCode": "US"},
  "summary": "Retired U.S. Coast Guard Boatswain's Mate (20 years) now running vessel traffic on a busy container terminal. Licensed master, 1,600 GT. Led boat crews of 4-12 on search and rescue, law enforcement and aids-to-navigation missions from Hampton Roads to the Gulf of Mexico.",
  "x-securityClearance": "Secret (inactive)"},
 "work": [
  {"name": "Elizabeth River Terminals LLC", "position": "Vessel Traffic Coordinator", "location": "Portsmouth, VA", "startDate": "2021-04",
   "highlights": ["Schedule berths, tugs and line handlers for about 60 vessel calls a month.", "Coordinate with pilots, Sector Virginia and the terminal gate on arrivals and departures.", "Wrote the terminal's heavy-weather berth plan, adopted 2023."]},
  {"name": "U.S. Coast Guard", "x-unit": "Coast Guard Station Cape Sorrel", "position": "Boatswain's Mate Chief (BMC), Officer in Charge", "location": "Cape Sorrel, NC", "startDate": "2017-07", "endDate": "2021-03",
   "highlights": ["Commanded a multi-mission small-boat station of 28 active duty and reserve members and three response boats.", "Station answered 310 SAR cases during my tour.", "Retired 03/2021 after 20 years of service."]},
  {"name": "U.S. Coast Guard", "x-unit": "USCGC Heron Ledge (WPB-87391)", "position": "Boatswain's Mate First Class (BM1), Executive Petty Officer", "location": "Pensacola, FL", "startDate": "2013-06", "endDate": "2017-06",
   "highlights": ["Second in command of an 87-foot patrol boat, crew of 11.", "Qualified Coxswain and Boarding Officer.", "Ran the cutter's training and qualification program."]},
  {"name": "U.S. Coast Guard", "x-unit": "Aids to Navigation Team Pamlico", "position": "Boatswain's Mate Second Class (BM2), Coxswain", "location": "Washington, NC", "startDate": "2006-01", "endDate": "2013-05",
   "highlights": ["Serviced 420 buoys and fixed aids on the Pamlico and Pungo rivers."]}],
 "education": [
  {"institution": "Tidewater Mariners College", "studyType": "Associate of Applied Science", "area": "Maritime Operations", "endDate": "2019-05"},
  {"institution": "Coast Guard Boatswain's Mate \"A\" School", "studyType": "Certificate", "area": "Boatswain's Mate", "endDate": "2002"}],
 "certificates": [
  {"name": "USCG Merchant Mariner Credential - Master 1,600 GT Near Coastal", "issuer": "U.S. Coast Guard National Maritime Center", "x-expires": "2028-08"},
  {"name": "TWIC", "issuer": "Transportation Security Administration", "x-expires": "2027-01"},
  {"name": "STCW Basic Safety Training", "issuer": "Tidewater Mariners College", "x-expires": "2028-08"}],
 "skills": [{"keywords": ["Vessel traffic scheduling", "Search and rescue coordination", "Small boat handling", "Navis N4"]}],
 "awards": [{"title": "Coast Guard Commendation Medal", "date": "2020"}, {"title": "Coast Guard Achievement Medal", "date": "2015"}]
}, ["Marcus T. Whitlock", "U.S. Coast Guard - Coast Guard Station Cape Sorrel", "U.S. Coast Guard - USCGC Heron Ledge (WPB-87391)", "U.S. Coast Guard - Aids to Navigation Team Pamlico",
    "Coast Guard Station Cape Sorrel", "USCGC Heron Ledge (WPB-87391)", "Aids to Navigation Team Pamlico", "Advanced", "Expert", "Intermediate", "United States", "Secret (inactive)",
    "Retired U.S. Coast Guard Boatswain's Mate (20 years) now running vessel traffic on a busy container terminal.",
    "Schedule berths, tugs and line handlers for about 60 vessel calls a month. Coordinate with pilots, Sector Virginia and the terminal gate on arrivals and departures. Wrote the terminal's heavy-weather berth plan, adopted 2023.",
    "Commanded a multi-mission small-boat station of 28 active duty and reserve members and three response boats. Station answered 310 SAR cases during my tour. Retired 03/2021 after 20 years of service.",
    "Second in command of an 87-foot patrol boat, crew of 11. Qualified Coxswain and Boarding Officer. Ran the cutter's training and qualification program."])

T['en_gareth_pilkington'] = ({
 "basics": {"name": "Gareth Pilkington", "label": "Master Locksmith & Safe Engineer",
  "email": "gareth@pilkingtonlocks.example", "phone": "07700 900274", "url": "https://www.pilkingtonlocks.example",
  "location": {"address": "14 Brinksway Terrace", "city": "Stockport", "postalCode": "SK3 0QX", "countryCode": "GB"},
  "summary": "Twenty-two years on doors, locks and safes. I run a one-van business covering Stockport, Tameside and south Manchester, mostly commercial access control and insurance-grade safe work, plus emergency lock-outs on a 24/7 rota shared with two other firms."},
 "work": [
  {"name": "Pilkington Locks & Safes", "location": "Stockport", "position": "owner / master locksmith", "startDate": "2020",
   "highlights": ["600+ jobs a year; about 40% safes and vaults for jewellers, pharmacies and two building societies", "Install and service Paxton Net2 and Salto access control for 30 contract sites", "Trained one apprentice to MLA Level 2"]},
  {"name": "Northgate Security Services Ltd", "location": "Manchester", "position": "Senior Safe Engineer", "startDate": "2019-01", "endDate": "2021-03",
   "highlights": ["Opened and repaired Chubb, Dudley and Burton safes; deposit safes for a supermarket chain across the North West", "Part-time from 2020 while setting up my own business"]},
  {"name": "Northgate Security Services Ltd", "location": "Manchester", "position": "Locksmith", "startDate": "2008-06", "endDate": "2018-12",
   "highlights": ["Domestic and commercial call-outs, master-key systems for schools and a hospital trust"]},
  {"name": "Cheadle Hardware & Keys", "location": "Cheadle", "position": "shop assistant then key cutter", "startDate": "2002", "endDate": "2008"}],
 "education": [
  {"institution": "Stockport College of Technology", "studyType": "City & Guilds Level 2", "area": "Electrical Installation", "startDate": "2004", "endDate": "2006"},
  {"institution": "Brinnington Park High School", "studyType": "GCSEs", "x-results": "8", "endDate": "2002"}],
 "certificates": [
  {"name": "Level 3 Diploma in Locksmithing", "issuer": "MLA", "x-date": "2009"},
  {"name": "Safe Engineering Certificate", "issuer": "Master Locksmiths Association", "x-date": "2012"},
  {"name": "Licensed member of the Master Locksmiths Association", "x-number": "No. 00418"},
  {"name": "DBS checked", "x-note": "enhanced, updated annually"},
  {"name": "Full clean UK driving licence"}],
 "skills": [{"keywords": ["Non-destructive entry", "safe manipulation", "master-key planning", "Paxton Net2", "Salto", "SimonsVoss", "Abloy Protec2", "UPVC mechanisms"]}],
 "references": [{"reference": "References from two commercial clients on request."}]
}, ["Gareth Pilkington", "www.pilkingtonlocks.example", "Level 3 Diploma in Locksmithing (MLA)", "GCSEs (8)", "City & Guilds Level 2 Electrical Installation", "Licensed member of the Master Locksmiths Association (No. 00418)", "DBS checked (enhanced, updated annually)", "owner", "master locksmith", "References from two commercial clients on request."])

T['en_callum_thibodeau'] = ({
 "basics": {"name": "Callum Thibodeau", "label": "English Teacher (EFL)", "x-headlineNote": "Haeundae-gu, Busan, South Korea",
  "email": "callum.thibodeau@example.ca", "phone": "+82 10-5550-0193", "x-phoneCanada": "(506) 555-0127",
  "url": "https://chalkdust-busan.example",
  "location": {"city": "Busan", "x-district": "Haeundae-gu", "countryCode": "KR"},
  "x-home": "Moncton, NB, Canada", "x-visa": "E-2, valid to 2026-02", "x-availableFrom": "2026-03",
  "summary": "Canadian, bilingual in English and French, six years teaching English in Korea -- first in a public middle school through EPIK, then at a private academy (hagwon) and now as head teacher of a small branch. I plan lessons for 8- to 15-year-olds from phonics to debate, and I train new foreign teachers."},
 "work": [
  {"name": "Seomyeon Bright Minds English Academy", "location": "Busan", "position": "Head Teacher", "startDate": "2022",
   "summary": "Leads 6 foreign and 4 Korean teachers; 240 students.",
   "highlights": ["Wrote the branch's debate curriculum (grades 5–9), now used in three other branches", "Runs monthly parent briefings with a Korean co-teacher", "Schedule: Mon–Fri 13:30–21:30"]},
  {"name": "Bright Minds English Academy (Centum branch)", "location": "Busan", "position": "English Instructor", "startDate": "2020-03", "endDate": "2022-02",
   "highlights": ["28 teaching hours a week, elementary and middle-school classes", "Moved all classes to Zoom in four days in March 2020"]},
  {"name": "Busan Metropolitan City Office of Education (EPIK)", "position": "Guest English Teacher", "startDate": "2018-08", "endDate": "2020-02",
   "summary": "Placed at Gwangan Middle School, co-teaching with three Korean English teachers.",
   "highlights": ["Ran the after-school English camp each winter and summer"]},
  {"name": "Camp Petitcodiac", "location": "New Brunswick", "position": "Camp Counsellor", "startDate": "2015", "endDate": "2017", "x-period": "Summers 2015–2017"}],
 "education": [
  {"institution": "Chignecto University", "x-location": "Sackville, NB", "studyType": "Bachelor of Arts", "area": "History", "x-minor": "French", "startDate": "2014", "endDate": "2018"},
  {"institution": "Cambridge English", "x-centre": "Seoul Language Centre", "studyType": "CELTA", "score": "Pass A", "endDate": "2021"}],
 "certificates": [
  {"name": "TESOL certificate, 120 hours", "x-date": "2018"},
  {"name": "Korean Language Proficiency Test (TOPIK) Level 3", "x-date": "2023"},
  {"name": "First Aid & CPR", "issuer": "Korean Red Cross", "x-date": "2024"}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "French", "fluency": "fluent (bilingual schooling)"}, {"language": "Korean", "fluency": "intermediate (TOPIK 3)"}],
 "volunteer": [{"organization": "Busan Foreign Residents' Helpline", "position": "Volunteer interpreter (English–Korean)", "startDate": "2021", "summary": "Evening calls twice a month."}],
 "interests": [{"name": "Hiking the Galmaetgil trails"}, {"name": "board games"}, {"name": "film photography"}]
}, ["Callum Thibodeau", "English Teacher (EFL) · Haeundae-gu, Busan, South Korea", "Haeundae-gu, Busan, South Korea", "+82 10-5550-0193 (Korea) / (506) 555-0127 (Canada)", "Moncton", "Bright Minds English Academy", "Busan Metropolitan City Office of Education", "Gwangan Middle School", "Bachelor of Arts, History (minor in French)", "History (minor in French)", "Seoul Language Centre", "Leads 6 foreign and 4 Korean teachers; 240 students.", "E-2, valid to 2026-02", "Camp Petitcodiac, New Brunswick"])

T['en_shannon_bellairs'] = ({
 "basics": {"name": "Shannon Bellairs", "label": "Bar & Venue Manager", "email": "shannon.bellairs@example.com.au", "phone": "0491 570 156",
  "location": {"city": "Darwin", "x-district": "Parap", "region": "NT", "postalCode": "0820", "countryCode": "AU"},
  "summary": "Hospitality manager with ten years behind the bar, the last five running late-night venues in the Darwin CBD and on the waterfront. Comfortable with 300-capacity nights, wet-season lulls and the NT liquor licensing rules. Looking for a venue manager or area role."},
 "work": [
  {"name": "The Salt Pan Bar & Kitchen", "location": "Darwin Waterfront", "position": "Venue Manager", "startDate": "2022", "x-roster": "4 on / 3 off, mostly 4 pm – 2 am, Thursday to Sunday closes",
   "highlights": ["Run a team of 22 (bar, floor, security contractor) and a $3.1M annual bar turnover", "Cut stock variance from 6% to under 2% with weekly counts in Bepoz", "Nominee under the venue’s liquor licence; no breach notices since I started"]},
  {"name": "Mitchell Street Social", "location": "Darwin City", "position": "Bar Manager", "startDate": "2019", "endDate": "2022", "x-roster": "5 nights, rotating early (2 pm – 11 pm) and late (7 pm – 4 am)",
   "highlights": ["Built the cocktail list that took the venue to a Top End Hospitality Award in 2021", "Trained 30+ bartenders a year, most of them backpackers on working holiday visas"]},
  {"name": "The Cavenagh Hotel", "location": "Darwin", "position": "Bartender, then Senior Bartender", "startDate": "2015-02", "endDate": "2018-12",
   "highlights": ["Public bar, gaming room and bottle shop shifts; relief duty manager from 2017"]},
  {"name": "Alice Springs Tavern Co.", "location": "Alice Springs", "position": "Bar Attendant", "x-employmentType": "casual", "startDate": "2013", "endDate": "2014"}],
 "education": [
  {"institution": "Top End Institute of Hospitality", "x-location": "Darwin", "studyType": "Certificate IV", "area": "Hospitality", "endDate": "2019"},
  {"institution": "Top End Institute of Hospitality", "x-location": "Darwin", "studyType": "Certificate III", "area": "Hospitality", "endDate": "2015"}],
 "certificates": [
  {"name": "Responsible Service of Alcohol (RSA), Northern Territory", "x-status": "current"},
  {"name": "Responsible Conduct of Gambling (RCG)", "x-date": "2016"},
  {"name": "Approved Manager / Nominee", "issuer": "NT Liquor Commission", "x-date": "2022"},
  {"name": "HLTAID011 Provide First Aid", "x-expires": "2026-09"},
  {"name": "Ochre Card (Working with Children, NT)"}],
 "skills": [{"name": "Systems", "keywords": ["Bepoz", "Deputy", "Xero", "Lightspeed"]},
            {"name": "Bar", "keywords": ["cocktail menu design", "cellar management", "stocktakes", "supplier negotiation"]}],
 "references": [{"reference": "Available on request."}]
}, ["Shannon Bellairs", "Bar Attendant (casual)", "Certificate IV in Hospitality", "Certificate III in Hospitality", "Top End Hospitality Award", "Available on request.", "Parap"])

T['en_morwenna_tregellas'] = ({
 "basics": {"name": "Dr Morwenna Tregellas", "label": "Senior Lecturer in Glaciology", "x-teaching": ["Glacial Processes (year 2, 120 students), 2017 – present", "Polar Field Methods (MSc, Svalbard field course), 2021 – present"],
  "phone": "+44 7700 900631", "x-phoneLandline": "01970 555 0142",
  "email": "m.tregellas@example.ac.uk", "url": "https://icecore-lab.example",
  "location": {"city": "Aberystwyth", "countryCode": "GB"},
  "summary": "Glaciologist working on debris-covered glaciers in the Himalaya and on Svalbard ice caps, using UAV photogrammetry, ground-penetrating radar and numerical models. Department of Geography and Earth Sciences, Dyfi Valley University, Aberystwyth. I lead a group of four PhD students and one postdoctoral researcher and teach field skills from first year to MSc."},
 "work": [
  {"name": "Dyfi Valley University", "location": "Aberystwyth", "position": "Senior Lecturer in Glaciology", "startDate": "2021",
   "summary": "Research and teaching post; programme director of the MSc in Glaciology and Climate since 2023.",
   "highlights": ["Module convenor for Glacial Processes (year 2) and Polar Field Methods (MSc)", "Director of the departmental UAV and GPR equipment pool", "NERC Standard Grant as PI (see Grants)", "Teaching Excellence Award, 2023"]},
  {"name": "Dyfi Valley University", "location": "Aberystwyth", "position": "Lecturer in Physical Geography", "startDate": "2017", "endDate": "2021",
   "summary": "Lecturing and fieldwork leadership; first-year tutor."},
  {"name": "University Centre of the North", "x-department": "Arctic Surface Processes Group", "location": "Longyearbyen", "position": "Postdoctoral Research Associate", "startDate": "2014", "endDate": "2017",
   "summary": "Mass balance and radar surveys on two Svalbard ice caps, three field seasons (April–May)."}],
 "education": [
  {"institution": "Pennine University", "x-location": "Lancaster", "studyType": "PhD", "area": "Glaciology", "startDate": "2010", "endDate": "2014"},
  {"institution": "Pennine University", "x-location": "Lancaster", "studyType": "MSc", "area": "Polar and Alpine Change", "startDate": "2009", "endDate": "2010"},
  {"institution": "Kernow College, University of the West Country", "studyType": "BSc (Hons)", "area": "Geography", "score": "First Class", "startDate": "2006", "endDate": "2009"}],
 "awards": [
  {"title": "NERC Standard Grant (PI), Debris thickness and melt on Khumbu-region glaciers", "x-type": "grant", "awarder": "NERC", "x-amount": "£612,000", "date": "2022", "x-endDate": "2025"},
  {"title": "Royal Society Research Grant, Low-cost GPR for firn density", "x-type": "grant", "awarder": "Royal Society", "x-amount": "£19,800", "date": "2019"},
  {"title": "Leverhulme Trust Early Career Fellowship", "x-type": "fellowship", "awarder": "Leverhulme Trust", "date": "2016", "x-endDate": "2017", "summary": "declined to take up lectureship"}],
 "certificates": [{"name": "Fellow of the Higher Education Academy (FHEA)", "x-date": "2019"}],
 "publications": [
  {"name": "Supraglacial ponds and debris thickness on Ngozumpa Glacier from repeat UAV surveys", "publisher": "Journal of Mountain Ice", "releaseDate": "2024", "x-coauthors": "Dolma, P. and Hext, R.", "x-citation": "18, 211–229"},
  {"name": "Firn density from a low-cost ground-penetrating radar", "publisher": "Cryosphere Methods Letters", "releaseDate": "2020", "x-coauthors": "Aune, K.", "x-citation": "4, 55–63"},
  {"name": "Ice-cap thinning on Nordaustlandet, 2004–2015", "publisher": "Arctic Surface Processes", "releaseDate": "2016", "x-citation": "9, 1–17"}],
 "skills": [{"keywords": ["Agisoft Metashape", "Elmer/Ice", "Python", "QGIS", "GPR (Malå, pulseEKKO)", "UAV pilot (CAA A2 CofC)"]}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "Cornish", "fluency": "conversational"}, {"language": "Norwegian", "fluency": "basic"}]
}, ["Dr Morwenna Tregellas", "Morwenna Tregellas", "Arctic Surface Processes Group, University Centre of the North, Longyearbyen", "Arctic Surface Processes Group", "Kernow College", "University of the West Country", "GPR", "UAV pilot", "Role outline", "Responsibilities", "Achievements", "NERC Standard Grant as PI (see Grants)", "Teaching Excellence Award, 2023", "Department of Geography and Earth Sciences", "Fellow of the Higher Education Academy (FHEA)", "Teaching Excellence Award", "NERC Standard Grant", "Royal Society Research Grant", "Glacial Processes (year 2, 120 students)", "Polar Field Methods (MSc, Svalbard field course)"])

for k, (r, l) in T.items():
    with open(os.path.join(D, k + '.json'), 'w', encoding='utf-8') as fh:
        json.dump({"resume": r, "lenient": l}, fh, ensure_ascii=False, indent=2); fh.write('\n')
print('wrote', len(T))
