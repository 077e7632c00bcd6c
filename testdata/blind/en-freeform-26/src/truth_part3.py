# Hand-written truths, part 3 (writes src/truth/NAME.json).
import json, os
T = {}
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'truth')

T['en_ruthann_vandersloot'] = ({
 "basics": {"name": "Ruth Ann Vandersloot", "label": "Head Cheesemaker", "x-headlineNote": "Licensed Dairy Products Processor (Oregon)",
  "phone": "(503) 555-0119", "email": "ruthann.v@example.com",
  "location": {"city": "Tillamook", "region": "OR", "postalCode": "97141", "countryCode": "US"},
  "summary": "I make washed-rind and alpine-style cheeses from raw and pasteurized milk, and I have run the make room at two creameries. I care about milk quality, clean records and training people to read the curd by hand.",
  "x-memberships": ["Member, Oregon Cheese Guild (board secretary, 2021–2023)"]},
 "work": [
  {"name": "Nestucca Bay Creamery", "location": "Cloverdale, OR", "position": "Head Cheesemaker", "startDate": "2019-04", "x-duration": "5 yrs 10 mos",
   "summary": "Responsible for the whole make schedule, aging caves (4,000 wheels) and the raw-milk program.",
   "highlights": ["Lead a make team of 5 on 9,000 lb of milk a day from two family herds", "Developed Nestucca Tomme and Bay Crottin; Nestucca Tomme took a 2nd place at the American Cheese Society judging, 2023", "Wrote the plant's HACCP and FSMA preventive-controls plan; zero FDA 483 observations at the 2022 inspection"]},
  {"name": "Kilchis River Cheese Co.", "location": "Tillamook, OR", "position": "Assistant Cheesemaker", "startDate": "2015", "endDate": "2019", "x-duration": "4 yrs",
   "highlights": ["Cheddar and Colby vats, brining, cave turning and washing", "Kept pH, titratable acidity and moisture logs for every vat"]},
  {"name": "Portland Provisions Market", "location": "Portland, OR", "position": "Cheese Counter Lead", "x-employmentType": "part-time", "startDate": "2014", "x-startPeriod": "Summer ’14", "endDate": "2014-12",
   "highlights": ["Cut-to-order counter; trained staff on 120 cheeses"]}],
 "education": [
  {"institution": "Willamette Valley State University", "x-location": "Corvallis, OR", "studyType": "B.S.", "area": "Food Science and Technology", "startDate": "2010", "endDate": "2014"},
  {"institution": "Green Mountain Dairy Arts Institute", "x-location": "Burlington, VT", "studyType": "Certificate", "area": "Farmstead Cheesemaking Short Course", "endDate": "2016"}],
 "certificates": [
  {"name": "Oregon Dairy Products Processor License (ODA)", "x-note": "renewed annually"},
  {"name": "ACS Certified Cheese Professional (ACS CCP®)", "issuer": "American Cheese Society", "x-date": "2020"},
  {"name": "PCQI — Preventive Controls Qualified Individual", "issuer": "FSPCA", "x-date": "2018"},
  {"name": "HACCP Certified", "issuer": "International HACCP Alliance", "x-date": "2017"}],
 "skills": [{"name": "Make room", "keywords": ["raw-milk safety", "culture selection", "rind development", "cave management", "affinage"]},
            {"name": "Quality", "keywords": ["HACCP", "FSMA", "environmental monitoring (Listeria swabbing)", "SQF basics"]},
            {"name": "Software", "keywords": ["Excel", "Google Sheets", "Trace Genesis"]}],
 "awards": [{"title": "Judge at the Oregon State Fair cheese competition, 2022 and 2024"}],
 "interests": [{"name": "goat husbandry"}, {"name": "fly fishing"}, {"name": "sourdough"}]
}, ["Ruth Ann Vandersloot", "Head Cheesemaker  ·  Licensed Dairy Products Processor (Oregon)", "Cheese Counter Lead (part-time)", "B.S. Food Science and Technology", "Certificate, Farmstead Cheesemaking Short Course", "environmental monitoring", "Judge at the Oregon State Fair cheese competition, 2022 and 2024", "Member, Oregon Cheese Guild (board secretary, 2021–2023)", "Oregon Cheese Guild"])

T['en_lachlan_dwyer'] = ({
 "basics": {"name": "LACHLAN DWYER", "label": "Tour Manager & Reef Dive Guide", "phone": "0491 570 183", "email": "lachlan.dwyer@example.com.au",
  "location": {"city": "Cairns", "region": "QLD", "postalCode": "4870", "countryCode": "AU"},
  "summary": "Tour manager with a decade in Tropical North Queensland tourism: multi-day coach tours to Cape Tribulation and the Atherton Tablelands, reef day trips and liveaboard dive charters. PADI Divemaster, Advanced Tourism Professional. I manage guests from 12 to 50 per trip and handle what goes wrong at 6 am in a cyclone warning."},
 "work": [
  {"name": "Northern Escapes Tours", "location": "Cairns", "position": "Tour Manager", "startDate": "2020", "x-roster": "9 days on / 5 off in the dry season (Apr–Oct), ad hoc in the wet",
   "highlights": ["Lead 4- to 9-day coach tours for European and North American groups, up to 46 guests", "Rebuilt the Daintree itinerary with two Kuku Yalanji guiding businesses", "Guest rating 4.9/5 across 2023 and 2024"]},
  {"name": "Coral Drift Liveaboards", "location": "Port Douglas", "position": "Dive Guide & Crew", "startDate": "2019-01", "endDate": "2020-03",
   "highlights": ["3- and 4-night liveaboard trips to the Ribbon Reefs; guided up to 4 dives a day", "Night dives, equipment maintenance, guest briefings in English and German"]},
  {"name": "Green Island Day Cruises", "location": "Cairns", "position": "Reef Host", "startDate": "2015-06", "endDate": "2018-12",
   "highlights": ["Snorkel safety lookout, marine biology talks, glass-bottom boat commentary"]},
  {"name": "The Esplanade Nest Backpackers", "location": "Cairns", "position": "Night Manager", "startDate": "2014", "endDate": "2015"}],
 "certificates": [
  {"name": "PADI Divemaster", "x-number": "#000000", "x-date": "2016"},
  {"name": "Coxswain Grade 1 (Near Coastal)", "issuer": "AMSA", "x-date": "2021"},
  {"name": "Provide First Aid (HLTAID011) and CPR", "x-renewed": "2024"},
  {"name": "Oxygen Provider", "issuer": "DAN", "x-date": "2022"},
  {"name": "Advanced Tourism Professional", "issuer": "Tourism Tropical North Queensland", "x-date": "2019"},
  {"name": "Queensland Driver Licence, Heavy Rigid (HR) with Driver Authorisation", "x-status": "current"}],
 "education": [
  {"institution": "Barron River College", "x-location": "Cairns", "studyType": "Certificate IV", "area": "Travel and Tourism", "endDate": "2014"},
  {"institution": "Tropical Coast University", "x-location": "Townsville", "studyType": "Bachelor of Arts", "x-note": "incomplete, 2 years", "startDate": "2011", "endDate": "2012"}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "German", "fluency": "good (working holiday in Munich, 2013)"}],
 "references": [{"name": "Marlene Fitzroy", "reference": "Operations Manager, Northern Escapes Tours — 0491 570 121"}]
}, ["LACHLAN DWYER", "Lachlan Dwyer — CV", "Lachlan Dwyer", "PADI Divemaster (#000000)", "Certificate IV in Travel and Tourism", "Bachelor of Arts (incomplete, 2 years)", "good", "Marlene Fitzroy, Operations Manager, Northern Escapes Tours — 0491 570 121", "LACHLAN DWYER Tour Manager & Reef Dive Guide Cairns QLD 4870 Mob 0491 570 183 lachlan.dwyer@example.com.au"])

T['bi_lin_poyu'] = ({
 "basics": {"name": "LIN PO-YU", "x-nickname": "Brian", "x-altName": "林柏宇", "label": "Senior Field Service Engineer — Lithography & Metrology Equipment",
  "phone": "(518) 555-0172", "email": "brian.lin@example.com",
  "location": {"city": "Saratoga Springs", "region": "NY", "postalCode": "12866", "countryCode": "US"},
  "profiles": [{"network": "LinkedIn", "username": "poyu-lin-fse", "url": "https://linkedin.com/in/poyu-lin-fse"}],
  "summary": "Field service engineer with nine years on 300 mm fab tools in Taiwan and New York. I install, qualify and repair overlay and CD metrology systems and scanner modules, run customer escalations on site, and train local engineers in English and Mandarin.",
  "x-other": "U.S. permanent resident. Willing to travel up to 50%."},
 "work": [
  {"name": "Veridian Metrology Systems Inc.", "location": "Malta, NY (customer site)", "position": "Senior Field Service Engineer", "startDate": "2021-03",
   "highlights": ["Lead engineer for 14 overlay metrology tools at a 12 nm logic fab; tool availability 97.8% in 2024", "Cut mean time to repair on stage faults from 11 h to 6 h with a new spare-parts kit list", "On call 1 week in 4 (24/7)"]},
  {"name": "Veridian Metrology Systems Inc.", "location": "Hsinchu, Taiwan", "position": "Field Service Engineer", "startDate": "2018-07", "endDate": "2021-02",
   "highlights": ["Installed and qualified 22 tools in two new fabs; transferred to the U.S. team in 2021"]},
  {"name": "竹科晶測設備股份有限公司", "x-enName": "Zhuke Crystal Test Equipment Co., Ltd.", "location": "新竹", "x-enLocation": "Hsinchu", "position": "設備工程師", "x-enPosition": "Equipment Engineer", "startDate": "2015-08", "endDate": "2018-06",
   "highlights": ["負責晶圓檢測機台的日常保養與故障排除", "Wrote the first English version of the preventive-maintenance checklist"]}],
 "education": [
  {"institution": "南瀛科技大學", "x-enInstitution": "Nanying University of Technology", "x-location": "台南 Tainan", "studyType": "碩士", "area": "電機工程研究所", "x-enDegree": "M.S. Electrical Engineering", "startDate": "2013", "endDate": "2015"},
  {"institution": "南瀛科技大學", "x-enInstitution": "Nanying University of Technology", "x-location": "台南 Tainan", "studyType": "學士", "area": "機械工程學系", "x-enDegree": "B.S. Mechanical Engineering", "startDate": "2009", "endDate": "2013"}],
 "certificates": [
  {"name": "SEMI S2 Safety Training", "x-date": "2022"},
  {"name": "OSHA 10-Hour General Industry", "x-date": "2021"},
  {"name": "Laser Safety Officer", "issuer": "Laser Institute of America", "x-date": "2023"},
  {"name": "甲級 電器修護技術士", "x-enName": "Class A Electrical Appliance Repair Technician, Taiwan", "x-date": "2014"}],
 "skills": [{"name": "Tools", "keywords": ["overlay metrology", "CD-SEM", "wafer handling robots", "vacuum systems", "laser alignment"]},
            {"name": "Software", "keywords": ["Python", "LabVIEW", "SECS/GEM", "Excel VBA"]}],
 "languages": [{"language": "Mandarin", "x-zh": "國語", "fluency": "native"}, {"language": "Taiwanese", "x-zh": "台語", "fluency": "native"}, {"language": "English", "fluency": "fluent, TOEIC 905"}]
}, ["LIN PO-YU (Brian)  林柏宇", "LIN PO-YU (Brian)", "Veridian Metrology Systems Inc. — Malta, NY (customer site)", "設備工程師 Equipment Engineer", "Equipment Engineer", "Zhuke Crystal Test Equipment Co., Ltd.", "竹科晶測設備股份有限公司 Zhuke Crystal Test Equipment Co., Ltd.", "Nanying University of Technology", "M.S. Electrical Engineering", "B.S. Mechanical Engineering", "碩士 電機工程研究所  M.S. Electrical Engineering", "學士 機械工程學系  B.S. Mechanical Engineering", "Mandarin", "Taiwanese", "國語 Mandarin", "台語 Taiwanese", "Languages 語言", "甲級 電器修護技術士 (Class A Electrical Appliance Repair Technician, Taiwan)", "U.S. permanent resident. Willing to travel up to 50%."])

T['bi_zhao_xueqing'] = ({
 "basics": {"name": "Snow (Xueqing) Zhao", "x-altName": "赵雪晴", "label": "Revenue Manager", "x-zhLabel": "收益经理", "x-headlineNote": "hotels & resorts",
  "phone": "021 555 0148", "email": "snow.zhao@example.co.nz", "x-wechat": "snowzhao_rot",
  "location": {"city": "Rotorua", "postalCode": "3010", "countryCode": "NZ"},
  "summary": "Hotel revenue manager with nine years in rooms: I started on the night audit desk in Harbin, came to New Zealand to study, and now set prices for two lakefront properties in Rotorua. Fluent in Mandarin and English; I look after the China and Taiwan wholesale accounts as well as pricing.",
  "x-other": "NZ resident visa."},
 "work": [
  {"name": "Redwood Lake Hotel & Spa", "location": "Rotorua", "position": "Revenue Manager", "startDate": "2021-10",
   "highlights": ["Pricing and inventory for 186 rooms and a 40-villa sister property; RevPAR up 14% on 2019 by 2024", "Weekly pick-up and pace reports for the GM; budget and forecast each quarter", "Moved both hotels to IDeaS G3 in 2022"]},
  {"name": "Redwood Lake Hotel & Spa", "location": "Rotorua", "position": "Reservations & Revenue Coordinator", "startDate": "2020-01", "endDate": "2021-09",
   "highlights": ["Group and wholesale contracts; loaded rates in Opera and the channel manager"]},
  {"name": "Ponsonby Quarter Apartments", "location": "Auckland", "position": "Front Office Agent", "x-employmentType": "part-time, while studying", "startDate": "2018-09", "endDate": "2019-12"},
  {"name": "哈尔滨松北冰城酒店", "x-enName": "Harbin Songbei Ice City Hotel", "location": "哈尔滨", "position": "前台夜审", "x-enPosition": "Night Auditor", "startDate": "2016-09", "endDate": "2018-06",
   "highlights": ["负责夜间审计、房价核对及每日营业报表，冰雪节期间平均出租率98%"]}],
 "education": [
  {"institution": "Waitematā Institute of Technology", "x-location": "Auckland", "studyType": "Graduate Diploma", "area": "Hospitality Management", "startDate": "2018", "endDate": "2019"},
  {"institution": "黑龙江北方旅游学院", "x-enInstitution": "Heilongjiang Northern Tourism College", "studyType": "学士", "area": "酒店管理", "x-enDegree": "Bachelor of Hotel Management", "startDate": "2012", "endDate": "2016"}],
 "skills": [{"name": "Systems", "keywords": ["Oracle Opera PMS", "IDeaS G3 RMS", "SiteMinder", "Duetto"]},
            {"name": "Analysis", "keywords": ["Excel (pivot tables, Power Query)", "STR reports", "forecasting"]},
            {"name": "Markets", "keywords": ["China and Taiwan wholesale", "Chinese OTAs (Ctrip/Trip.com, Fliggy)"]}],
 "certificates": [{"name": "Certified Revenue Management Executive (CRME)", "issuer": "AHLEI", "x-date": "2022"},
                  {"name": "Revenue Management certificate", "issuer": "eCornell", "x-date": "2020"}],
 "languages": [{"language": "Mandarin", "x-zh": "普通话", "fluency": "native"}, {"language": "English", "fluency": "IELTS 7.5"}, {"language": "Cantonese", "x-zh": "粤语", "fluency": "basic"}],
 "volunteer": [{"organization": "Rotorua Lakes Chinese New Year Festival", "position": "event coordinator", "startDate": "2022"}]
}, ["Snow (Xueqing) Zhao 赵雪晴", "Revenue Manager · 收益经理 — hotels & resorts", "收益经理", "Front Office Agent (part-time, while studying)", "前台夜审 Night Auditor", "Night Auditor", "Harbin Songbei Ice City Hotel", "哈尔滨松北冰城酒店 Harbin Songbei Ice City Hotel, 哈尔滨", "Heilongjiang Northern Tourism College", "学士 酒店管理 (Bachelor of Hotel Management)", "Bachelor of Hotel Management", "Mandarin", "Cantonese", "Excel", "Power Query", "Ctrip/Trip.com", "Fliggy", "WeChat: snowzhao_rot", "NZ resident visa."])

T['bi_khoo_meiling'] = ({
 "basics": {"name": "KHOO MEI LING", "x-altName": "邱美玲", "label": "Orthoptist (AOB-registered)", "x-zhLabel": "视轴矫正师",
  "phone": "0491 570 164", "email": "meiling.khoo@example.com.au",
  "location": {"city": "Newcastle", "x-district": "Merewether", "region": "NSW", "postalCode": "2291", "countryCode": "AU"},
  "summary": "Orthoptist with eight years in hospital eye clinics and private ophthalmology in Malaysia and Australia. I assess children's binocular vision, run glaucoma and diabetic eye screening clinics, and operate the imaging equipment. I speak English, Mandarin, Cantonese and Malay, which helps in multicultural clinics."},
 "work": [
  {"name": "Hunter Coast Eye Specialists", "location": "Charlestown NSW", "position": "Senior Orthoptist", "startDate": "2020-01",
   "highlights": ["Run the paediatric orthoptic clinic (about 35 children a week) and the intravitreal injection list", "OCT, visual fields (Humphrey), biometry (IOLMaster 700) for four ophthalmologists", "Supervise final-year orthoptics students on placement"]},
  {"name": "Lake Macquarie District Hospital", "x-department": "Eye Clinic", "position": "Orthoptist", "startDate": "2018-03", "endDate": "2019-12",
   "highlights": ["Public outpatient clinics: strabismus, amblyopia, neuro-ophthalmology"]},
  {"name": "怡保眼科专科中心", "x-enName": "Ipoh Eye Specialist Centre", "location": "怡保", "x-enLocation": "Ipoh, Perak", "position": "视轴矫正师", "x-enPosition": "Orthoptist", "startDate": "2016-07", "endDate": "2018-01",
   "highlights": ["负责儿童斜视、弱视检查及糖尿病视网膜筛查", "Started the centre's school vision screening visits (12 schools)"]}],
 "education": [
  {"institution": "Universiti Sains Kinta (USK)", "x-location": "Kuala Lumpur", "studyType": "Bachelor", "area": "Optometry and Vision Science (Orthoptics)", "startDate": "2012", "endDate": "2016", "score": "CGPA 3.71 / 4.00", "x-honors": "Dean's List"},
  {"institution": "SMK Tasek Permai", "x-location": "Ipoh", "studyType": "STPM (Sijil Tinggi Persekolahan Malaysia)", "endDate": "2011"},
  {"institution": "近打育英独立中学", "x-enInstitution": "Kinta Yuying Independent High School", "x-location": "怡保", "studyType": "独中统考 UEC Senior Middle Level", "endDate": "2010"}],
 "certificates": [
  {"name": "Registered Orthoptist", "issuer": "Australian Orthoptic Board (AOB)", "x-date": "2018", "x-note": "renewed each June"},
  {"name": "Malaysian Allied Health Professions Council registration", "x-date": "2016", "x-status": "lapsed"},
  {"name": "Basic Life Support", "issuer": "Hunter New England training", "x-expires": "2025-11"}],
 "publications": [
  {"name": "Uptake of school vision screening referrals in the Hunter region", "publisher": "Australian Orthoptic Practice Journal", "releaseDate": "2023", "x-coauthors": "Barwick, J.", "x-citation": "55(2), 14–19"},
  {"name": "怡保小学生视力筛查结果分析", "publisher": "马来西亚眼科护理通讯", "releaseDate": "2017", "x-citation": "8, 22–25"}],
 "skills": [{"name": "Clinical", "keywords": ["cover test", "prism bar", "Hess chart", "visual fields", "OCT", "biometry", "low-vision assessment"]},
            {"name": "Systems", "keywords": ["Zeiss FORUM", "Medical Director", "Genie"]}],
 "languages": [{"language": "English", "fluency": "fluent"}, {"language": "Mandarin", "x-zh": "华语", "fluency": "native"}, {"language": "Cantonese", "x-zh": "广东话", "fluency": "fluent"}, {"language": "Bahasa Melayu", "fluency": "fluent"}],
 "references": [{"reference": "Available on request."}]
}, ["KHOO MEI LING 邱美玲", "Orthoptist (AOB-registered) · 视轴矫正师", "Lake Macquarie District Hospital, Eye Clinic", "视轴矫正师 Orthoptist", "Orthoptist", "Ipoh Eye Specialist Centre", "怡保眼科专科中心 Ipoh Eye Specialist Centre, 怡保 Ipoh, Perak", "Bachelor of Optometry and Vision Science (Orthoptics)", "Optometry and Vision Science", "Kinta Yuying Independent High School", "UEC Senior Middle Level", "Orthoptics Australia, full member", "Mandarin", "Cantonese", "华语 Mandarin", "广东话 Cantonese", "Available on request."])

for k, (r, l) in T.items():
    with open(os.path.join(D, k + '.json'), 'w', encoding='utf-8') as fh:
        json.dump({"resume": r, "lenient": l}, fh, ensure_ascii=False, indent=2); fh.write('\n')
print('wrote', len(T))
