# Hand-written truths, part 2 (writes src/truth/NAME.json).
import json, os
T = {}
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'truth')

T['en_jordan_haugland'] = ({
 "basics": {"name": "Jordan Haugland", "label": "Precision Agriculture Data Analyst (entry level)", "phone": "(515) 555-0186", "email": "jhaugland@example.edu",
  "location": {"city": "Ames", "region": "Iowa", "countryCode": "US"},
  "profiles": [{"network": "LinkedIn", "username": "jordan-haugland-ag", "url": "https://www.linkedin.com/in/jordan-haugland-ag"},
               {"network": "GitHub", "username": "jhaugland-ag", "url": "https://github.com/jhaugland-ag"}]},
 "education": [{"institution": "Prairie State University", "x-location": "Ames, IA", "studyType": "B.S.", "area": "Agricultural Systems Technology", "x-minor": "Data Science", "endDate": "2025-05", "x-status": "Expected", "score": "3.62/4.00",
   "courses": ["Precision Agriculture", "Geospatial Technologies", "Applied Statistics", "Machine Learning for Agriculture"]}],
 "work": [
  {"name": "Heartland Grain Cooperative", "location": "Story City, IA", "position": "Precision Ag Intern", "startDate": "2024-05", "endDate": "2024-08",
   "highlights": ["Cleaned yield-monitor data for 38,000 acres and built zone maps for variable-rate seeding", "Flew 60 drone scouting flights and flagged stand-count problems for agronomists"]},
  {"name": "Prairie State University", "x-department": "Soil & Water Sensing Lab", "position": "Undergraduate Research Assistant", "startDate": "2023-01",
   "highlights": ["Maintain 24 soil-moisture stations and the lab's PostgreSQL database", "Wrote R scripts that turned two weeks of manual QA into one afternoon"]},
  {"name": "Haugland Family Farm", "location": "Roland, IA", "position": "Farm Hand", "x-period": "summers", "startDate": "2019", "endDate": "2022",
   "highlights": ["Corn and soybean operation, 900 acres; planter and sprayer operation, grain hauling"]}],
 "projects": [
  {"name": "Nitrogen Rate Explorer", "x-period": "Fall 2024", "startDate": "2024", "endDate": "2024", "description": "Shiny app comparing on-farm nitrogen trial strips across 14 fields; senior capstone, team of four", "keywords": ["R", "Shiny", "sf", "Leaflet"]},
  {"name": "Tile Drainage Mapper", "x-period": "Spring 2024", "startDate": "2024", "endDate": "2024", "description": "Detected drainage tile lines from drone thermal images with a U-Net model in Python (PyTorch)"}],
 "skills": [{"name": "Languages", "keywords": ["Python", "R", "SQL"]}, {"name": "GIS", "keywords": ["ArcGIS Pro", "QGIS", "Google Earth Engine"]},
            {"name": "Ag tech", "keywords": ["John Deere Operations Center", "Climate FieldView", "SMS Advanced"]}, {"name": "Tools", "keywords": ["Git", "Tableau", "Excel (Power Query)"]}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "Norwegian", "fluency": "conversational"}, {"language": "Spanish", "fluency": "basic"}],
 "certificates": [{"name": "FAA Part 107 Remote Pilot", "x-date": "2023"}, {"name": "Iowa Commercial Pesticide Applicator, Category 10", "x-date": "2024"}],
 "awards": [{"title": "Dean's List, six semesters"}, {"title": "Iowa Corn Growers Scholarship", "date": "2023"}],
 "x-activities": ["Agricultural Systems Technology Club — treasurer", "Intramural volleyball"]
}, ["Jordan Haugland", "GPA 3.62/4.00", "Soil & Water Sensing Lab, Prairie State University", "Farm Hand (summers)", "Agricultural Systems Technology Club", "Intramural volleyball", "Excel", "Power Query", "Dean's List"])
# top level allows no extra keys: activities go to basics
T['en_jordan_haugland'][0]['basics']['x-activities'] = T['en_jordan_haugland'][0].pop('x-activities')

T['en_ewan_macritchie'] = ({
 "basics": {"name": "EWAN MACRITCHIE", "label": "Railway Signaller (Grade 8)", "x-headlineNote": "Signalling Operations Trainer",
  "phone": "07700 900815", "email": "ewan.macritchie@example.co.uk",
  "location": {"address": "Culloden Road", "city": "Inverness", "postalCode": "IV2 7QP", "countryCode": "GB"},
  "summary": "Fourteen years in signal boxes and a signalling centre on the Highland and Far North lines: single-line token working, radio electronic token block, level crossings and engineering possessions. Now training new signallers. Safety-critical, calm on disrupted days, and happy on nights."},
 "work": [
  {"name": "Caledonian Rail Infrastructure", "location": "Inverness", "position": "Signalling Operations Trainer", "startDate": "2021-09", "x-duration": "3 yrs 5 mos", "x-employerTenure": "2011 – present (13 yrs 8 mos)",
   "highlights": ["Deliver the 12-week initial signaller course at the Inverness training centre, 6–8 trainees a cohort", "Assess competence of 40 signallers across the route under the Competence Management System", "Rewrote the RETB simulator exercises after the 2022 timetable change"]},
  {"name": "Caledonian Rail Infrastructure", "location": "Inverness", "position": "Signaller, Grade 8 — Inverness Signalling Centre", "startDate": "2019-06", "endDate": "2021-08", "x-duration": "2 yrs 3 mos",
   "highlights": ["Worked the Far North RETB panel and the Inverness area panel", "Shift pattern: 3 × 12 h days, 3 × 12 h nights, 6 off; covered rest-day working"]},
  {"name": "Caledonian Rail Infrastructure", "location": "Inverness", "position": "Signaller, Grade 5 — Dingwall and Lairg signal boxes", "startDate": "2014-03", "endDate": "2019-05", "x-duration": "5 yrs 3 mos",
   "highlights": ["Single-line token working and manually controlled barrier level crossings", "Relief signaller across six boxes"]},
  {"name": "Caledonian Rail Infrastructure", "location": "Inverness", "position": "Crossing Keeper / Trainee Signaller", "startDate": "2011-10", "endDate": "2014-02", "x-duration": "2 yrs 5 mos",
   "highlights": ["Passed the signaller course first time in 2013"]},
  {"name": "Highland Fuel Services Ltd", "position": "Tanker Loader (shifts)", "startDate": "2008-04", "endDate": "2011-09",
   "highlights": ["Loaded road tankers at the Inverness harbour depot; COMAH site inductions"]}],
 "education": [{"institution": "Millburn Brae Academy", "x-location": "Inverness", "studyType": "Highers", "x-results": "English (B), Mathematics (B), Geography (A)", "endDate": "2008"}],
 "certificates": [
  {"name": "Signaller competence: RETB, Track Circuit Block, Absolute Block, Tokenless Block", "x-status": "current"},
  {"name": "PTS (Personal Track Safety)", "x-renewed": "2024"},
  {"name": "Level 3 Award in Education and Training", "x-date": "2021"},
  {"name": "SVQ Level 3 Rail Transport Operations (Signal Operations)", "x-date": "2015"}],
 "skills": [{"name": "Operational", "keywords": ["Rule Book and Sectional Appendix", "possession management", "level crossing risk", "train-crew and control liaison"]},
            {"name": "Training", "keywords": ["course design", "simulator assessment", "coaching", "mentoring new starters"]},
            {"name": "IT", "keywords": ["RETB panel software", "TRUST", "Microsoft 365"]}],
 "languages": [{"language": "English"}, {"language": "Scottish Gaelic", "fluency": "conversational"}],
 "volunteer": [{"organization": "Highland Railway Heritage Trust", "position": "guide at the Dingwall station museum", "startDate": "2016", "summary": "weekends since 2016"}],
 "references": [{"reference": "References on request."}]
}, ["EWAN MACRITCHIE", "Railway Signaller (Grade 8) | Signalling Operations Trainer", "Signaller, Grade 8", "Signaller, Grade 5", "Inverness Signalling Centre", "Dingwall and Lairg signal boxes", "Tanker Loader", "Highers: English (B), Mathematics (B), Geography (A)", "Full UK driving licence", "Signaller competence"])

T['en_bethan_pryce_jones'] = ({
 "basics": {"name": "Bethan Pryce-Jones", "x-postNominals": "ACII", "label": "Chartered Loss Adjuster — Major & Complex Property Claims",
  "phone": "+44 7700 900342", "email": "bethan.pj@example.co.uk",
  "location": {"city": "Cardiff", "x-district": "Pontcanna", "postalCode": "CF11 9LJ", "countryCode": "GB"},
  "profiles": [{"network": "LinkedIn", "username": "bethan-pryce-jones", "url": "https://www.linkedin.com/in/bethan-pryce-jones"}],
  "summary": "Loss adjuster for 11 years, chartered since 2018. I handle commercial property and business interruption claims from £250k to £15m — fires, escape of water in high-rise blocks, flood on industrial estates — and I sit on my firm's major loss response rota for Wales and the South West."},
 "work": [
  {"name": "Dryden Hale Loss Adjusters", "location": "Cardiff", "position": "Associate Director, Major & Complex Loss", "startDate": "2019",
   "highlights": ["Caseload of 25–30 live claims, reserves totalling about £60m", "Led the adjusting team on the 2020 Storm Dennis flood losses on the Treforest industrial estate (41 claims)", "Mentor four trainee adjusters through the CII Diploma"]},
  {"name": "Dryden Hale Loss Adjusters", "location": "Bristol", "position": "Senior Claims Adjuster", "startDate": "2016", "endDate": "2019",
   "highlights": ["Commercial property and BI claims up to £2m; moved to Cardiff office on promotion"]},
  {"name": "Severnside Assessors Ltd", "location": "Newport", "position": "Claims Adjuster", "startDate": "2013-09", "endDate": "2016-07",
   "highlights": ["Domestic buildings and contents claims, 120+ open files", "Subsidence claims with structural engineers"]},
  {"name": "Penarth Mutual Insurance", "location": "Cardiff", "position": "Claims Handler", "x-note": "graduate scheme", "startDate": "2012", "endDate": "2013"}],
 "education": [{"institution": "Taff University", "studyType": "BSc (Hons)", "area": "Geography", "score": "2:1", "startDate": "2009", "endDate": "2012"}],
 "certificates": [{"name": "ACII", "x-note": "Chartered Insurer", "issuer": "Chartered Insurance Institute", "x-date": "2018"},
                  {"name": "Diploma in Insurance", "issuer": "Chartered Insurance Institute", "x-date": "2015"}],
 "skills": [{"name": "Claims", "keywords": ["policy interpretation", "BI calculations", "reinstatement valuations", "fraud indicators", "salvage"]},
            {"name": "Tools", "keywords": ["Xactimate", "Guidewire ClaimCenter", "Excel", "Power BI"]}],
 "languages": [{"language": "Welsh", "fluency": "fluent, first language"}, {"language": "English", "fluency": "fluent"}],
 "x-memberships": [],
 "volunteer": [{"organization": "Pontcanna Community Resilience Group", "position": "Flood warden", "startDate": "2020"}],
 "interests": [{"name": "Open-water swimming"}, {"name": "Welsh-language choir (alto)"}, {"name": "restoring a 1970s sailing dinghy"}]
}, ["Bethan Pryce-Jones ACII", "ACII (Chartered Insurer)", "Claims Handler (graduate scheme)", "Chartered Institute of Loss Adjusters (CILA), Associate", "Insurance Institute of Cardiff & South Wales, committee member", "Chartered Loss Adjuster", "Major & Complex Property Claims"])
b = T['en_bethan_pryce_jones'][0]; b.pop('x-memberships')
b['basics']['x-memberships'] = ["Chartered Institute of Loss Adjusters (CILA), Associate — since 2014", "Insurance Institute of Cardiff & South Wales, committee member 2021–2023"]

T['en_kezia_montoya'] = ({
 "basics": {"name": "Kezia Montoya", "label": "Geophysics graduate", "x-objective": "looking for a field geophysicist job (seismic or GPR)",
  "phone": "575-555-0161", "email": "kezia.montoya@example.edu",
  "location": {"city": "Socorro", "region": "New Mexico", "countryCode": "US"},
  "profiles": [{"network": "GitHub", "username": "kmontoya-geo", "url": "https://github.com/kmontoya-geo"}],
  "summary": "A December 2024 B.S. graduate in geophysics who likes long days outside with a shot-gun source and a laptop. I have run seismic refraction, MASW and ground-penetrating radar surveys for a state geological survey and a geotechnical consultant, and I can process the data afterwards."},
 "education": [
  {"institution": "Sangre de Cristo Institute of Mining and Technology", "x-location": "Socorro, NM", "studyType": "B.S.", "area": "Geophysics", "startDate": "2020-08", "endDate": "2024-12", "score": "3.41",
   "x-thesis": "Shallow shear-wave velocity of the Rio Grande floodplain from MASW."},
  {"institution": "Field camp", "x-period": "Summer ’23", "startDate": "2023", "endDate": "2023", "x-note": "six weeks, Front Range and San Juan Mountains, Colorado"}],
 "work": [
  {"name": "Bosque Geotechnical Partners", "location": "Albuquerque NM", "position": "Geophysics Intern", "startDate": "2024-05", "endDate": "2024-08",
   "highlights": ["Seismic refraction lines for two highway bridge foundations; picked first breaks in SeisImager", "GPR utility locates on 11 sites with a GSSI SIR-4000"]},
  {"name": "New Mexico Bureau of Geology & Mineral Resources", "position": "Student Field Technician", "startDate": "2022-01", "endDate": "2024-05",
   "highlights": ["Helped install three broadband seismometers; monthly data pulls and station checks", "10–15 hours a week during semesters"]},
  {"name": "Socorro Aquatic Center", "position": "Lifeguard", "x-period": "summers 2019–2021", "startDate": "2019", "endDate": "2021"}],
 "skills": [{"name": "Geophysics software", "keywords": ["SeisImager", "ReflexW", "Geopsy", "Oasis montaj"]},
            {"name": "Programming", "keywords": ["Python", "MATLAB", "Bash"]},
            {"name": "Field gear", "keywords": ["Geometrics Geode", "GSSI SIR-4000", "Trimble R10 GNSS"]}],
 "languages": [{"language": "Spanish", "fluency": "native (bilingual home)"}, {"language": "English", "fluency": "native"}],
 "publications": [{"name": "MASW along the Rio Grande floodplain, central New Mexico", "publisher": "AGU Fall Meeting 2024", "x-type": "poster", "releaseDate": "2024"}],
 "certificates": [{"name": "Wilderness First Aid", "issuer": "NOLS", "x-date": "2023"}, {"name": "New Mexico driver's license", "x-note": "clean record"}],
 "interests": [{"name": "trail running"}, {"name": "fixing old pickups"}]
}, ["Kezia Montoya", "Geophysics graduate — looking for a field geophysicist job (seismic or GPR)", "B.S. Geophysics", "GPA 3.41", "SEG Student Member", "Python (ObsPy, NumPy, Matplotlib)", "ObsPy", "NumPy", "Matplotlib", "Field camp", "Summer ’23", "Who am I?", "Where did I study?", "What have I done?", "What can I use?", "What else?", "I like trail running and fixing old pickups."])

for k, (r, l) in T.items():
    with open(os.path.join(D, k + '.json'), 'w', encoding='utf-8') as fh:
        json.dump({"resume": r, "lenient": l}, fh, ensure_ascii=False, indent=2); fh.write('\n')
print('wrote', len(T))
