from truth_lib import write

write("en_isla_grant", {
 "basics": {"name": "ISLA GRANT", "label": "Head Distiller", "x-headlineNote": "Malt Whisky",
  "email": "isla.grant@example.co.uk", "phone": "07700 900538",
  "location": {"city": "Dufftown", "region": "Moray", "postalCode": "AB55 4ZX", "countryCode": "GB"},
  "profiles": [{"network": "LinkedIn", "username": "isla-grant-distiller", "url": "https://linkedin.com/in/isla-grant-distiller"}],
  "summary": "Fourteen years on Speyside, from the mash house to head distiller. I run a 2.4 million LPA malt distillery with a team of nine and care most about new-make character, a safe process and excise records the HMRC officer never has to query."},
 "work": [
  {"name": "Glenmarnoch Distillery", "position": "Head Distiller", "location": "Dufftown", "startDate": "2019",
   "highlights": ["Own production of 2.4m LPA a year from two wash stills and two spirit stills; team of 9 operators on a 24/5 rota.",
    "Lengthened fermentation from 56 to 72 hours for the heavier house style; new-make panel scores up 11%.",
    "Led the 2023 conversion of No. 1 wash still from direct fire to steam coils, on time and with no lost production week.",
    "Keep the spirit receiver, filling and warehouse records for HMRC excise returns; two clean audits."]},
  {"name": "Glenmarnoch Distillery", "position": "Assistant Distiller", "location": "Dufftown", "startDate": "2016-09", "endDate": "2019-08",
   "highlights": ["Ran the night shift, made the middle cut calls and trained four new stillmen.",
    "Wrote the standard operating procedures for the mill, mash tun and washbacks."]},
  {"name": "Auchbreck Distillery", "position": "Stillman", "location": "Aberlour", "startDate": "2013-03", "endDate": "2016-08",
   "highlights": ["Operated a four-still house on the Siemens PCS7 control system; cask filling and dispatch."]},
  {"name": "Auchbreck Distillery", "position": "Mashman & Tun Room Operator", "location": "Aberlour", "startDate": "2010-06", "endDate": "2013-02",
   "highlights": ["Milling, mashing and fermentation on a 5-tonne semi-lauter tun; yeast pitching and gravity checks."]}],
 "volunteer": [
  {"organization": "Moray Hill Rescue Team", "position": "Volunteer team member", "x-location": "Dufftown", "startDate": "2014",
   "highlights": ["Callout rota, casualty care and search management; about 25 callouts a year."]}],
 "education": [
  {"institution": "Strathdee University", "x-location": "Edinburgh", "studyType": "MSc", "area": "Brewing and Distilling",
   "startDate": "2009", "endDate": "2010", "score": "Distinction", "x-thesis": "Lactic bacteria in long malt whisky fermentations"},
  {"institution": "Northmuir University", "x-location": "Aberdeen", "studyType": "BSc (Hons)", "area": "Biochemistry",
   "startDate": "2005", "endDate": "2009", "score": "Upper Second Class (2:1)"}],
 "certificates": [
  {"name": "General Certificate in Distilling", "issuer": "Institute of Brewing & Distilling", "x-date": "2011"},
  {"name": "Diploma in Distilling", "issuer": "Institute of Brewing & Distilling", "x-date": "2015"},
  {"name": "IOSH Managing Safely", "x-date": "2020"},
  {"name": "Counterbalance forklift licence"}],
 "awards": [
  {"title": "Gold Medal, IWSC 2022 – Glenmarnoch 12 Year Old", "date": "2022", "awarder": "IWSC"},
  {"title": "Silver Medal, IWSC 2019 – Glenmarnoch Cask Strength Batch 3", "date": "2019", "awarder": "IWSC"}],
 "skills": [
  {"name": "Process", "keywords": ["mashing", "fermentation", "distillation cut points", "cask filling", "new-make sensory"]},
  {"name": "Systems", "keywords": ["Siemens PCS7", "SAP PM", "Excel"]},
  {"name": "Compliance", "keywords": ["HMRC excise warehousing", "COSHH", "DSEAR"]}],
 "interests": [{"name": "Hill running"}, {"name": "second fiddle in the Dufftown Strathspey & Reel Society"}],
 "references": [{"reference": "References on request."}]
}, ["Head Distiller · Malt Whisky", "Head Distiller, Glenmarnoch Distillery (Dufftown)", "Glenmarnoch Distillery (Dufftown)",
    "Auchbreck Distillery (Aberlour)", "Gold Medal", "Silver Medal", "IOSH", "Dufftown, Moray AB55 4ZX", "References on request",
    "Upper Second Class", "2:1", "fiddle", "Dufftown Strathspey & Reel Society"])

write("en_remy_castonguay", {
 "basics": {"name": "Rémy Castonguay", "label": "IFMGA / ACMG Mountain Guide", "x-headlineNote": "ski touring, alpine rock & waterfall ice",
  "email": "remy@castonguay-guiding.example", "phone": "+1 403-555-0177", "url": "https://castonguay-guiding.example",
  "location": {"city": "Canmore", "region": "Alberta", "countryCode": "CA"},
  "profiles": [{"network": "Instagram", "username": "remy.on.rock", "url": "https://instagram.com/remy.on.rock"}],
  "summary": "Full guide since 2017. Twelve winters in the Rockies and Selkirks, most of them ski touring from huts and lodges; summers on Rockies limestone and the Bugaboos-style granite of the Purcells. I keep small groups, slow decisions and good notes."},
 "work": [
  {"name": "Castonguay Mountain Guiding", "position": "Owner & lead guide", "location": "Canmore", "startDate": "2017",
   "highlights": ["Private and small-group ski touring, alpine climbing and ice; 140–160 guiding days a year.",
    "Run the hut-to-hut Wapta traverse each April (8–10 trips a spring) with two assistant guides.",
    "Write the season's hazard and operating plan; zero lost-time incidents since 2017."]},
  {"name": "Tumbling Glacier Lodge", "position": "Lodge ski guide", "location": "Selkirk Mountains (BC)", "startDate": "2016", "endDate": "2022",
   "x-period": "2016/17 – 2021/22 seasons",
   "highlights": ["Daily terrain selection and avalanche hazard forecasting for a 24-guest backcountry lodge.",
    "Morning guides' meeting lead in 2020/21 season; mentored three apprentice ski guides."]},
  {"name": "Kootenay Heli-Ski", "position": "Assistant ski guide", "location": "Nelson (BC)", "startDate": "2014", "endDate": "2015",
   "x-period": "2014/15 season",
   "highlights": ["Tail guide for groups of four; snow profiles and InfoEx observations."]},
  {"name": "Bow Valley Climbing School", "position": "Climbing instructor", "location": "Canmore", "startDate": "2012", "endDate": "2016",
   "x-period": "summers 2012—2016",
   "highlights": ["Taught intro rock and multi-pitch courses; waterfall ice clinics in the shoulder seasons."]}],
 "volunteer": [
  {"organization": "Bow Valley Search & Rescue Auxiliary", "position": "Volunteer", "x-location": "Canmore", "startDate": "2015", "endDate": "2020",
   "highlights": ["Avalanche transceiver and rope-rescue exercises with the public safety team; four real callouts."]}],
 "certificates": [
  {"name": "Mountain Guide (IFMGA)", "issuer": "Association of Canadian Mountain Guides", "x-date": "2017"},
  {"name": "Ski Guide", "issuer": "Association of Canadian Mountain Guides", "x-date": "2015"},
  {"name": "Avalanche Operations Level 2", "issuer": "Canadian Avalanche Association", "x-date": "2016"},
  {"name": "Wilderness First Responder", "x-duration": "80 h", "issuer": "Wilderness Medical Associates", "x-renewed": "2024"}],
 "projects": [
  {"name": "Northeast Face", "x-mountain": "Mount Alberta", "startDate": "2023", "endDate": "2023"},
  {"name": "Greenwood-Locke", "x-mountain": "Mount Temple", "startDate": "2021", "endDate": "2021"},
  {"name": "Polar Circus (WI5)", "x-mountain": "Cirrus Mountain", "startDate": "2019", "endDate": "2019"}],
 "education": [
  {"institution": "Rundle College of the Rockies", "x-location": "Canmore", "studyType": "Diploma", "area": "Adventure Tourism Management", "startDate": "2010", "endDate": "2012"},
  {"institution": "Cégep de la Baie", "x-location": "Rimouski (QC)", "studyType": "DEC", "area": "Sciences de la nature", "startDate": "2008", "endDate": "2010"}],
 "languages": [{"language": "French", "fluency": "native"}, {"language": "English", "fluency": "fluent"}, {"language": "German", "fluency": "basic"}]
}, ["IFMGA / ACMG Mountain Guide — ski touring, alpine rock & waterfall ice", "Wilderness First Responder (80 h)", "Polar Circus",
    "Mount Alberta", "Mount Temple", "Cirrus Mountain", "Selkirk Mountains", "Nelson", "Tumbling Glacier Lodge, Selkirk Mountains (BC)", "Volunteer",
    "Mountain Guide", "@remy.on.rock"])

write("en_harriet_oyelaran", {
 "basics": {"name": "Harriet Oyelaran", "label": "Registered Osteopath (GOsC 0000)", "x-headlineNote": "sports injuries, pregnancy & paediatrics",
  "email": "h.oyelaran@example.co.uk", "phone": "07700 900184",
  "location": {"city": "Hove", "region": "East Sussex", "postalCode": "BN3", "countryCode": "GB"},
  "summary": "Osteopath with six years in private practice on the Sussex coast. I treat runners, dancers and office backs, run a Saturday pregnancy clinic and teach second-year students on their clinic days. Patients come back by word of mouth, and I keep my notes to the standard the GOsC expects.",
  "x-memberships": ["Member, Institute of Osteopathy"],
  "x-cpd": [{"cycle": "2022–2025 cycle", "hours": "94", "learningWithOthers": "41"}, {"cycle": "2019–2022 cycle", "hours": "98", "learningWithOthers": "36"}]},
 "work": [
  {"name": "Kemptown Spine & Joint Clinic", "position": "Associate Osteopath", "location": "Brighton", "startDate": "2021-09-06",
   "highlights": ["Around 30 patients a week; my own list grew to 85% return bookings within the first year.",
    "Set up the Saturday pregnancy and postnatal clinic with the practice midwife.",
    "Clinic lead for case-based discussion (monthly, six osteopaths)."]},
  {"name": "Seven Dials Osteopaths", "position": "Osteopath", "location": "Brighton", "startDate": "2019-01-14", "endDate": "2021-08-27",
   "highlights": ["General practice list; home visits for older patients during 2020.",
    "Pitch-side cover for Hove Park Harriers on race days (voluntary)."]},
  {"name": "South Downs School of Osteopathy", "position": "Clinic Tutor", "x-employmentType": "sessional", "location": "Lewes",
   "startDate": "2018-09-03", "endDate": "2021-07-16",
   "highlights": ["Supervised second-year students in the teaching clinic, one afternoon a week."]},
  {"name": "Preston Park Leisure Centre", "position": "Sports Massage Therapist", "x-employmentType": "part-time", "location": "Brighton",
   "startDate": "2014-06-02", "endDate": "2018-08-31"}],
 "education": [
  {"institution": "South Downs School of Osteopathy", "x-location": "Lewes", "studyType": "Master of Osteopathy (MOst)",
   "startDate": "2014-09", "endDate": "2018-07", "score": "First Class Honours",
   "x-thesis": "Lumbar spine manipulation and hamstring flexibility in recreational runners"},
  {"institution": "University of the Weald", "x-location": "Canterbury", "studyType": "BSc (Hons)", "area": "Sport and Exercise Science",
   "startDate": "2010-09", "endDate": "2013-06", "score": "Upper Second Class (2:1)", "x-minor": "Psychology"}],
 "certificates": [
  {"name": "registered osteopath", "issuer": "General Osteopathic Council", "x-number": "0000", "x-date": "2018"},
  {"name": "Paediatric Osteopathy Foundation Course", "x-date": "2020"},
  {"name": "Emergency First Aid at Work", "x-renewed": "2024"}],
 "publications": [
  {"name": "Sacroiliac joint pain in the third trimester: a case series of six patients", "publisher": "Journal of Manual Therapy Case Reports",
   "releaseDate": "2023", "x-doi": "10.5555/jmtcr.2023.0172",
   "x-authors": "Oyelaran H, Mistry K", "x-citation": "2023;7(2):44–51"}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "Yoruba", "fluency": "conversational"}, {"language": "French", "fluency": "basic"}],
 "references": [
  {"name": "Dr Karan Mistry", "reference": "Principal, Kemptown Spine & Joint Clinic", "x-phone": "01632 960163"},
  {"name": "Fiona Lidstone", "reference": "Head of Clinic, South Downs School of Osteopathy", "x-phone": "07700 900427"}]
}, ["Registered Osteopath (GOsC 0000) — sports injuries, pregnancy & paediatrics", "Registered Osteopath",
    "Associate Osteopath @ Kemptown Spine & Joint Clinic, Brighton", "Clinic Tutor (sessional)", "Sports Massage Therapist (part-time)",
    "General Osteopathic Council — registered osteopath, no. 0000", "Master of Osteopathy", "MOst", "Osteopathy", "Master", "Institute of Osteopathy",
    "2022–2025 cycle", "2019–2022 cycle", "Hove, East Sussex BN3", "https://doi.org/10.5555/jmtcr.2023.0172", "doi:10.5555/jmtcr.2023.0172"])

write("en_tobias_quayle", {
 "basics": {"name": "Tobias Quayle", "label": "Food Science Student", "x-objective": "seeking a 2026 new-grad role in product development",
  "email": "tobias.quayle@example.ca", "phone": "(519) 555-0138",
  "location": {"city": "Guelph", "region": "ON", "countryCode": "CA"},
  "profiles": [{"network": "LinkedIn", "username": "tobiasquayle", "url": "https://linkedin.com/in/tobiasquayle"}],
  "summary": "Fourth-year food science student with three co-op terms in dairy, bakery and plant-based protein. I like the bench work of getting a formula to behave at pilot scale, and the paperwork that proves it is safe."},
 "education": [
  {"institution": "University of the Grand River", "x-location": "Guelph, ON", "studyType": "B.Sc. (Honours)", "area": "Food Science",
   "startDate": "2021-09", "endDate": "2026-04", "x-status": "expected", "x-minor": "Nutrition", "score": "3.71 / 4.00",
   "x-thesis": "Pea-protein gel strength after high-pressure processing", "x-honors": "Dean's Honours List, 2022, 2023, 2024"},
  {"institution": "University of the Grand River", "x-location": "Guelph, ON", "studyType": "Certificate", "area": "Food Safety Management",
   "endDate": "2024"}],
 "work": [
  {"name": "Verdant Pulse Foods", "position": "Product Development Co-op", "location": "Mississauga, ON", "startDate": "2025-05", "endDate": "2025-08",
   "x-duration": "4 mo.",
   "highlights": ["Ran 40 pilot batches of a pea-and-faba burger; cut cook loss from 18% to 12%.",
    "Wrote the shelf-life study plan and the sensory ballots for a 60-person panel."]},
  {"name": "Hearthstone Bakeries", "position": "Quality Assurance Co-op", "location": "Kitchener, ON", "startDate": "2024-09", "endDate": "2024-12",
   "x-duration": "4 mo.",
   "highlights": ["Daily GMP audits and metal-detector verification on two bread lines.",
    "Updated 12 HACCP records ahead of the SQF audit (score 96)."]},
  {"name": "Elora Valley Dairy Co-operative", "position": "Lab Assistant Co-op", "location": "Elora, ON", "startDate": "2024-01", "endDate": "2024-04",
   "x-duration": "4 mo.",
   "highlights": ["Milk component testing (FTIR) and yogurt viscosity checks."]}],
 "projects": [
  {"name": "Oat-based cheese spread — student product competition", "startDate": "2024", "endDate": "2025",
   "description": "Team of four; formulated, costed and labelled a shelf-stable oat spread.",
   "keywords": ["Genesis R&D", "Brookfield viscometer"]}],
 "awards": [{"title": "Gordon Pell Scholarship in Food Science", "date": "2023"}],
 "volunteer": [{"organization": "Guelph Community Food Pantry", "position": "Volunteer", "startDate": "2022", "summary": "weekly sort shift"}],
 "skills": [{"keywords": ["Sensory evaluation", "HACCP & GMP", "Product formulation", "Texture analysis", "Minitab", "R"]}],
 "languages": [{"language": "English"}, {"language": "French"}],
 "interests": [{"name": "Sourdough"}, {"name": "ultimate frisbee"}, {"name": "canoe tripping"}]
}, ["Food Science Student — seeking a 2026 new-grad role in product development", "Certificate in Food Safety Management",
    "Dean's Honours List", "HACCP", "GMP", "Skills", "Oat-based cheese spread", "student product competition", "4 mo.",
    "Made with Lumen CV", "Exported as plain text from Lumen CV", "Volunteer, Guelph Community Food Pantry — weekly sort shift",
    "4/5", "3/5", "2/5", "5/5", "Profile photo", "TQ", "Tools: Genesis R&D, Brookfield viscometer"])
