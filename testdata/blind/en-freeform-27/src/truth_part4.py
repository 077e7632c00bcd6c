from truth_lib import write

write("bi_fang_jiayi", {
 "basics": {"name": "Jiayi (Joy) Fang", "x-altName": "方嘉怡", "label": "Forensic Accountant", "x-zhLabel": "法务会计",
  "x-postNominals": "CPA, CA (Ontario) · CFE",
  "email": "joy.fang@example.ca", "phone": "416-555-0129",
  "location": {"city": "Toronto", "region": "ON", "countryCode": "CA"},
  "profiles": [{"network": "GitHub", "username": "joyfang-forensics", "url": "https://github.com/joyfang-forensics"}],
  "summary": "Forensic accountant with eleven years in audit and investigations, the last seven in Toronto.\nI trace funds, quantify losses for litigation and write expert reports that hold up in cross-examination.\nI use Python and SQL to get through ledgers of tens of millions of rows, and I read Chinese-language\nbank records and contracts without a translator.",
  "x-note": "This CV is a notebook because that is how I work: every number below could be re-run."},
 "work": [
  {"name": "Harbourfront Advisory LLP", "position": "Senior Manager, Forensic Accounting", "location": "Toronto", "startDate": "2021-07",
   "highlights": ["Lead fund-tracing and loss-quantification engagements for insurers, banks and litigation counsel; team of five.",
    "Co-author of expert reports in two Ontario Superior Court of Justice commercial matters; testified once (2023).",
    "Built the team's Python notebooks for journal-entry testing; review time per engagement down by about 40%."]},
  {"name": "Lakeview Risk Partners", "position": "Manager, Investigations", "location": "Toronto", "startDate": "2018-09", "endDate": "2021-06",
   "highlights": ["Procurement fraud and employee expense investigations for manufacturing and retail clients.",
    "Cross-border asset searches with counsel in Hong Kong and mainland China."]},
  {"name": "Lakeview Risk Partners", "position": "Senior Associate, Assurance", "location": "Toronto", "startDate": "2016-09", "endDate": "2018-08",
   "x-employmentType": "part-time while studying"},
  {"name": "四川天府会计师事务所（特殊普通合伙）", "x-enName": "Tianfu CPA LLP", "position": "审计助理", "x-enPosition": "Audit Assistant",
   "location": "成都", "x-enLocation": "Chengdu", "startDate": "2013-07", "endDate": "2015-08",
   "highlights": ["参与上市公司年度财务报表审计，负责收入与应收账款循环。",
    "Year-end audits of two Shenzhen-listed manufacturers; revenue and receivables cycle."]}],
 "certificates": [
  {"name": "Chartered Professional Accountant (CPA, CA)", "issuer": "CPA Ontario", "x-date": "2019"},
  {"name": "Certified Fraud Examiner (CFE)", "issuer": "Association of Certified Fraud Examiners", "x-date": "2020"},
  {"name": "中国注册会计师 CICPA (全科合格)", "issuer": "中国注册会计师协会", "x-date": "2015"}],
 "education": [
  {"institution": "Lakeshore University", "x-location": "Toronto", "studyType": "Master of Forensic Accounting (MFAcc)",
   "startDate": "2016", "endDate": "2018", "score": "3.92 / 4.00",
   "x-project": "Tracing proceeds of a Ponzi scheme through shell companies"},
  {"institution": "蜀都财经大学", "x-enInstitution": "Shudu University of Finance and Economics", "x-location": "成都",
   "studyType": "硕士", "area": "会计学", "x-enDegree": "Master of Accounting", "startDate": "2010-09", "endDate": "2013-06",
   "x-thesis": "上市公司关联交易舞弊识别研究"},
  {"institution": "蜀都财经大学", "x-enInstitution": "Shudu University of Finance and Economics", "x-location": "成都",
   "studyType": "学士", "area": "审计学", "x-enDegree": "Bachelor of Auditing", "startDate": "2006-09", "endDate": "2010-06"}],
 "publications": [
  {"name": "Benford's law on bilingual ledgers: a field note", "publisher": "Journal of Forensic Accounting Practice", "releaseDate": "2022",
   "url": "https://doi.org/10.5555/jfap.2022.0314", "x-authors": "Fang, J. & Whitcombe, R.", "x-citation": "14(3), 201–215"},
  {"name": "关联交易舞弊的识别信号", "publisher": "西部会计评论", "releaseDate": "2012", "x-authors": "方嘉怡", "x-citation": "(4), 33–38"}],
 "skills": [
  {"name": "Forensics", "keywords": ["fund tracing", "loss quantification", "journal-entry testing", "expert reports"]},
  {"name": "Data", "keywords": ["Python", "SQL", "IDEA", "Power BI", "Relativity"]},
  {"name": "Standards", "keywords": ["IFRS", "ASPE", "CAS", "中国企业会计准则"]}],
 "languages": [{"language": "English", "fluency": "professional"}, {"language": "Mandarin", "x-zh": "普通话", "fluency": "native"},
   {"language": "Sichuanese", "x-zh": "四川话", "fluency": "native"}]
}, ["Jiayi Fang", "Joy Fang", "Jiayi (Joy) Fang 方嘉怡", "Forensic Accountant · 法务会计", "CPA, CA (Ontario)", "CFE",
    "from joyfang import cv", "Python (pandas)", "print(cv.summary)", "cv.credentials()", "cv.skills", "Python", "pandas",
    "审计助理 Audit Assistant", "Audit Assistant", "Tianfu CPA LLP", "Chengdu", "Master of Accounting", "Bachelor of Auditing",
    "Shudu University of Finance and Economics", "part-time while studying", "MFAcc", "Master of Forensic Accounting",
    "Experience 工作经历", "Education 教育背景", "Publications 发表", "Languages 语言", "In [1]:", "In [2]:", "In [3]:", "Out[2]:", "Out[3]:"])

write("bi_yu_haibo", {
 "basics": {"name": "于海波", "x-altName": "YU Haibo", "label": "Hydrographic Surveyor (Certified, Level 1)", "x-zhLabel": "海洋测绘工程师",
  "email": "haibo.yu@example.com.au", "phone": "0491 570 172", "x-wechat": "yuhaibo_survey",
  "location": {"city": "North Fremantle", "region": "WA", "postalCode": "6159", "countryCode": "AU"},
  "summary": "Hydrographic surveyor with nine years offshore and nearshore: port and channel surveys, pipeline route surveys and dredge monitoring. Trained in Qingdao, now based in Fremantle. Comfortable as party chief on a vessel or processing in the office."},
 "work": [
  {"name": "Indian Ocean Survey Services Pty Ltd", "position": "Senior Hydrographic Surveyor / Party Chief", "location": "Fremantle WA", "startDate": "2021-03",
   "highlights": ["Party chief on multibeam port surveys for Fremantle, Geraldton and Dampier; crews of 3–5.",
    "Offshore pipeline route surveys on a 4 weeks on / 4 weeks off rotation (ROV and towed side-scan).",
    "Wrote the company's IHO S-44 Order 1a QA procedure; zero rejected deliverables since 2022."]},
  {"name": "Leeuwin Marine Surveys", "position": "Hydrographic Surveyor", "location": "Bunbury WA", "startDate": "2019", "endDate": "2021",
   "highlights": ["Dredge progress and pre/post surveys for harbour deepening works.",
    "Volunteer: taught the Saturday GNSS basics course at the Bunbury Men's Shed (2020)."]},
  {"name": "青岛蓝湾海洋工程勘测有限公司", "x-enName": "Qingdao Blue Bay Marine Survey Co., Ltd.", "position": "测量工程师", "x-enPosition": "Survey Engineer",
   "location": "青岛", "x-enLocation": "Qingdao", "startDate": "2016-07", "endDate": "2019-02",
   "highlights": ["负责港口航道多波束测量及数据处理。",
    "Multibeam and single-beam surveys for port channels in the Yellow Sea; CARIS HIPS processing."]}],
 "education": [
  {"institution": "黄海海洋大学", "x-enInstitution": "Yellow Sea Ocean University", "x-location": "青岛", "studyType": "硕士", "area": "海洋测绘",
   "x-enDegree": "Master of Engineering, Marine Surveying", "startDate": "2013-09", "endDate": "2016-06",
   "x-thesis": "浅水多波束声速改正方法研究", "x-enThesis": "Sound-velocity correction for shallow-water multibeam"},
  {"institution": "黄海海洋大学", "x-enInstitution": "Yellow Sea Ocean University", "x-location": "青岛", "studyType": "学士", "area": "测绘工程",
   "x-enDegree": "Bachelor of Engineering, Surveying and Mapping", "startDate": "2009-09", "endDate": "2013-06", "score": "3.6 / 4.0"},
  {"institution": "Swan Coast Institute of Technology", "x-location": "Perth", "studyType": "Graduate Certificate", "area": "Hydrographic Surveying (IHO Category B)", "endDate": "2020"}],
 "certificates": [
  {"name": "Certified Hydrographic Surveyor – Level 1", "issuer": "AHSCP", "x-date": "2023"},
  {"name": "注册测绘师资格", "x-enName": "Registered Surveyor qualification, China", "x-date": "2018"},
  {"name": "GMDSS Restricted Operator's Certificate"},
  {"name": "BOSIET with CA-EBS", "x-validTo": "2027-08"},
  {"name": "MSIC card"}],
 "skills": [
  {"name": "Software", "keywords": ["QINSy", "CARIS HIPS and SIPS", "Hypack", "Teledyne PDS", "AutoCAD Civil 3D", "QGIS"]},
  {"name": "Equipment", "keywords": ["Kongsberg EM2040", "R2Sonic 2024", "Applanix POS MV", "Valeport SVP", "EdgeTech side-scan"]}],
 "languages": [{"language": "English", "fluency": "fluent"}, {"language": "Mandarin", "x-zh": "普通话", "fluency": "native"},
   {"language": "Qingdao dialect", "x-zh": "青岛话"}]
}, ["于海波  YU Haibo", "YU Haibo", "Hydrographic Surveyor (Certified, Level 1) | 海洋测绘工程师", "Hydrographic Surveyor",
    "测量工程师 Survey Engineer", "Survey Engineer", "Qingdao Blue Bay Marine Survey Co., Ltd.", "Qingdao", "Yellow Sea Ocean University",
    "Master of Engineering, Marine Surveying", "Bachelor of Engineering, Surveying and Mapping", "Graduate Certificate in Hydrographic Surveying (IHO Category B)",
    "Certified Hydrographic Surveyor – Level 1, AHSCP (2023)", "Registered Surveyor qualification, China", "CARIS HIPS", "SIPS",
    "PROFILE 个人简介", "EXPERIENCE 工作经历", "EDUCATION 教育背景", "CERTIFICATION 证书", "SKILLS 技能", "WeChat: yuhaibo_survey",
    "Bunbury Men's Shed", "North Fremantle WA 6159"])

write("bi_lai_yichun", {
 "basics": {"name": "Yvonne Lai Yi-Chun", "x-altName": "賴怡君", "label": "Head Chocolatier", "x-zhLabel": "巧克力師傅",
  "email": "yvonne.lai@example.com.au", "phone": "0491 570 183",
  "location": {"city": "Brunswick East", "region": "VIC", "postalCode": "3057", "countryCode": "AU"},
  "profiles": [{"network": "Instagram", "username": "yvonne.tempers", "url": "https://instagram.com/yvonne.tempers"}],
  "summary": "Chocolatier and pastry cook from Taichung, in Melbourne since 2019. I run the production kitchen of a bean-to-bar chocolate shop: bonbons, bars and the Easter and Christmas ranges. I like clean shells, honest fillings and a well-kept HACCP log."},
 "work": [
  {"name": "Merri Creek Chocolate Co.", "position": "Head Chocolatier", "location": "Brunswick East", "startDate": "2022-10",
   "highlights": ["Lead a kitchen team of four; 6,000 bonbons and 2,500 bars a week in peak season.",
    "Developed 22 filled bonbons, including the black sesame praline that won gold in 2023.",
    "Rewrote the tempering and cooling SOPs; shell breakage down from 9% to 3%."]},
  {"name": "Merri Creek Chocolate Co.", "position": "Chocolatier", "location": "Brunswick East", "startDate": "2020-07", "endDate": "2022-09",
   "highlights": ["Tempering (table and machine), enrobing, panning and packing; shop front on weekends."]},
  {"name": "Little Lonsdale Patisserie", "position": "Pastry Cook", "x-employmentType": "casual", "location": "Melbourne CBD", "startDate": "2019-08", "endDate": "2020-06",
   "highlights": ["Viennoiserie and entremets; covered the opening shift during the 2020 lockdowns."]},
  {"name": "月光森林烘焙坊", "x-enName": "Moonlight Forest Bakery", "position": "甜點師", "x-enPosition": "Pastry Cook",
   "location": "台中", "x-enLocation": "Taichung", "startDate": "2016-07", "endDate": "2019-06", "x-period": "民國105年7月 – 108年6月",
   "highlights": ["負責法式甜點與手工巧克力製作，每日供應兩間門市。", "French pastries and hand-made chocolates for two shops."]}],
 "education": [
  {"institution": "中台灣餐旅大學", "x-enInstitution": "Central Taiwan University of Hospitality", "x-location": "台中",
   "studyType": "學士", "area": "餐旅管理學系", "x-enDegree": "Bachelor of Hospitality Management", "startDate": "2012", "endDate": "2016"},
  {"institution": "Yarra Culinary Institute", "x-location": "Melbourne", "studyType": "Certificate III", "area": "Patisserie", "startDate": "2019", "endDate": "2020"}],
 "certificates": [
  {"name": "丙級 烘焙食品技術士", "x-enName": "Baking Technician, Level C", "issuer": "勞動部", "x-date": "2014"},
  {"name": "Food Safety Supervisor", "x-region": "Victoria", "x-date": "2022"},
  {"name": "Chocolate Tempering Masterclass", "issuer": "Fitzroy Cocoa School", "x-date": "2021"}],
 "awards": [
  {"title": "Gold, filled chocolates", "awarder": "Yarra Fine Food Awards", "date": "2023", "summary": "black sesame praline"},
  {"title": "Bronze, chocolate bars", "awarder": "Yarra Fine Food Awards", "date": "2022"}],
 "skills": [{"keywords": ["Tempering", "shell moulding", "ganache and praline", "panning", "enrobing", "sugar work", "costing", "HACCP"]}],
 "languages": [{"language": "English", "fluency": "fluent", "x-note": "IELTS 7.0"}, {"language": "Mandarin", "x-zh": "國語", "fluency": "native"},
   {"language": "Taiwanese Hokkien", "x-zh": "台語", "fluency": "conversational"}]
}, ["Yvonne Lai Yi-Chun  賴怡君", "Lai Yi-Chun", "Yvonne Lai", "Head Chocolatier · 巧克力師傅", "Head Chocolatier — Merri Creek Chocolate Co., Brunswick East",
    "Chocolatier — Merri Creek Chocolate Co., Brunswick East", "Pastry Cook (casual)", "甜點師 Pastry Cook", "Pastry Cook", "Moonlight Forest Bakery",
    "Taichung", "Central Taiwan University of Hospitality", "Bachelor of Hospitality Management", "Certificate III in Patisserie",
    "丙級 烘焙食品技術士 (Baking Technician, Level C)", "Baking Technician, Level C", "Gold, filled chocolates — Yarra Fine Food Awards 2023 (black sesame praline)",
    "Bronze, chocolate bars — Yarra Fine Food Awards 2022", "IELTS 7.0", "fluent", "About 關於我", "Experience 工作經歷", "Education 學歷",
    "Certificates 證照", "Awards 獎項", "Skills & Languages 技能與語言", "Victoria", "Brunswick East VIC 3057"])
