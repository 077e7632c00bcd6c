# Hand-written truths, the three bilingual people. Imported by truths.py.
from truth_en1 import W, E, C
P = {}

P["bi_huang_pohan"] = ({
  "basics": {
    "name": "HUANG Po-Han",
    "x-altName": "黃柏翰",
    "x-postNominals": "P.Eng.",
    "label": "Naval Architect",
    "x-zhLabel": "造船工程師",
    "email": "pohan.huang@example.ca",
    "phone": "+1 250-555-0183",
    "location": {"city": "Victoria", "region": "BC", "countryCode": "CA"},
    "profiles": [{"network": "GitHub", "username": "phhuang-hydro", "url": "https://github.com/phhuang-hydro"}],
    "summary": "Naval architect with 12 years in ship design and refit: five years designing patrol boats and fishing vessels at a Kaohsiung yard, then mid-life refits, stability and weight control for Canadian coastal ferries and government vessels. Registered in British Columbia."
  },
  "work": [
    W("Salish Marine Design Ltd.", "Senior Naval Architect", "2021-01", location="Victoria BC", highlights=[
      "Lead naval architect on mid-life refits of two 100 m double-ended ferries: lightship survey, inclining experiments, intact and damage stability to TP 7301 / SOLAS.",
      "Weight-control and stability booklets for 14 vessels; Transport Canada submissions.",
      "Mentor two EIT engineers; run the Maxsurf / Orca3D training for the office."]),
    W("Salish Marine Design Ltd.", "Naval Architect", "2017-04", "2020-12", location="Victoria BC", highlights=[
      "Hull form and resistance studies (Maxsurf, CFD with STAR-CCM+) for a 24 m fisheries patrol vessel.",
      "Structural scantlings to DNV rules; drawing checks in Rhino and AutoCAD."]),
    W("高港造船股份有限公司", "設計工程師", "2012-07", "2017-03", location="高雄", **{
      "x-enName": "Gaogang Shipbuilding Co.", "x-enPosition": "Design Engineer", "x-enLocation": "Kaohsiung",
      "highlights": ["負責 35 米巡防艇及遠洋漁船之線型設計與穩度計算。",
        "Hull lines, stability and launching calculations for 35 m patrol boats and distant-water tuna longliners; shipyard liaison during construction and sea trials."]}),
  ],
  "education": [
    E("國立南瀛大學", "系統及船舶機電工程研究所", "碩士", "2010", "2012", **{"x-enInstitution": "National Nanying University",
      "x-enDegree": "M.Sc. Systems & Naval Mechatronic Engineering", "x-location": "台南 Tainan",
      "x-thesis": "滑航艇阻力之模型試驗 (model tests of planing-hull resistance)"}),
    E("國立旗津海事科技大學", "造船及海洋工程學系", "學士", "2006", "2010", score="3.8/4.3", **{
      "x-enInstitution": "National Cijin Maritime Tech University", "x-enDegree": "B.Sc. Naval Architecture & Ocean Engineering"}),
  ],
  "certificates": [
    C("Professional Engineer (P.Eng.)", "Engineers and Geoscientists BC", **{"x-date": "2019", "x-number": "000000"}),
    C("中華民國 造船工程技師", **{"x-enName": "Taiwan Professional Engineer, Naval Architecture", "x-date": "2016"}),
    C("Transport Canada Small Vessel Stability course", **{"x-date": "2018"}),
  ],
  "skills": [
    {"name": "Design", "keywords": ["Maxsurf", "Orca3D", "Rhino 7", "AutoCAD", "ShipConstructor"]},
    {"name": "Analysis", "keywords": ["STAR-CCM+", "GHS", "Python"]},
  ],
  "publications": [
    {"name": "Model tests of a stepped planing hull in calm water", "publisher": "Nanying Journal of Marine Engineering",
     "releaseDate": "2013", "x-authors": "Huang P.-H., Tsai M.-J."},
    {"name": "Inclining experiments on double-ended ferries: lessons from two refits",
     "publisher": "SNAME Pacific Northwest Section meeting", "releaseDate": "2023", "x-authors": "Huang P.-H."},
  ],
  "languages": [
    {"language": "Mandarin", "x-zh": "國語", "fluency": "native"},
    {"language": "Taiwanese Hokkien", "x-zh": "台語", "fluency": "native"},
    {"language": "English", "fluency": "C1", "x-note": "IELTS 7.5"},
  ],
}, ["HUANG Po-Han, P.Eng.   黃柏翰", "HUANG Po-Han, P.Eng.", "Naval Architect  ·  造船工程師", "SUMMARY  個人簡介",
    "EXPERIENCE  工作經歷", "EDUCATION  學歷", "LICENCES  證照", "SOFTWARE  軟體", "PUBLICATIONS  著作", "LANGUAGES  語言",
    "Language", "Level", "Design Engineer", "Gaogang Shipbuilding Co.", "Kaohsiung", "高雄 Kaohsiung",
    "碩士 系統及船舶機電工程研究所  M.Sc. Systems & Naval Mechatronic Engineering",
    "學士 造船及海洋工程學系  B.Sc. Naval Architecture & Ocean Engineering", "National Nanying University",
    "National Cijin Maritime Tech University", "M.Sc.", "B.Sc.", "Python (NumPy, pandas)", "NumPy", "pandas",
    "國語 Mandarin", "台語 Taiwanese Hokkien", "C1 (IELTS 7.5)", "Licence No. 000000", "Victoria, BC, Canada", "GitHub"])

P["bi_shen_jiahui"] = ({
  "basics": {
    "name": "Jiahui (Jenny) Shen",
    "x-altName": "沈佳慧",
    "label": "Enrolled Agent",
    "x-headlineNote": "Tax Preparer",
    "x-zhLabel": "税务师",
    "email": "jenny.shen@example.com",
    "phone": "(718) 555-0126",
    "x-wechat": "jenny_tax_ny",
    "location": {"city": "Flushing", "region": "NY", "postalCode": "11354", "countryCode": "US"},
    "summary": "IRS Enrolled Agent with nine U.S. tax seasons and four years of audit work in Shanghai. I prepare individual, small-business and non-resident returns for a mostly Mandarin-speaking client base in Queens, represent clients before the IRS, and run our office's e-file and quality review."
  },
  "work": [
    W("Main Street Tax & Accounting LLC", "Senior Tax Preparer / EA", "2019-01", location="Flushing, NY", highlights=[
      "Prepare 450+ returns a season (1040, 1040-NR, Schedule C/E, 1065, 1120-S) and NY IT-201/IT-203.",
      "Represent clients in CP2000, audit and installment-agreement cases (Form 2848).",
      "Second reviewer for three seasonal preparers; cut e-file rejects from 6 % to under 1 %.",
      "Bilingual (Mandarin/English) tax workshops at the Flushing library branch each February."]),
    W("Queensboro Tax Service", "Seasonal Tax Preparer", "2016-01", "2018-04", location="Elmhurst, NY", **{
      "x-period": "Jan.–Apr. 2016, Jan.–Apr. 2017, Jan.–Apr. 2018",
      "highlights": ["Walk-in individual returns, 12–15 a day at peak; ITIN applications (W-7)."]}),
    W("上海浦江华信会计师事务所", "审计员", "2010-07", "2014-06", location="上海", **{
      "x-enName": "Pujiang Huaxin CPAs", "x-enPosition": "Audit Associate", "x-enLocation": "Shanghai",
      "highlights": ["参与制造业及零售业客户年度审计，负责存货与收入循环测试。",
        "Year-end audits of manufacturing and retail clients; inventory and revenue testing; PRC tax filings."]}),
  ],
  "education": [
    E("Long Island Baruchfield College", "Taxation", "M.S.", "2014", "2015", **{"x-location": "New York"}),
    E("上海东海财经学院", "会计学", "学士", "2006", "2010", **{"x-enInstitution": "Shanghai Donghai College of Finance",
      "x-enDegree": "B.A. Accounting"}),
  ],
  "certificates": [
    C("Enrolled Agent (EA)", "Internal Revenue Service", **{"x-date": "2018"}),
    C("PTIN", **{"x-number": "P00000000", "x-status": "current"}),
    C("NY State Registered Tax Return Preparer", **{"x-date": "2016"}),
    C("中国注册会计师", **{"x-enName": "CICPA", "x-note": "专业阶段", "x-date": "2013"}),
  ],
  "volunteer": [{"organization": "Queens Community Tax Help", "position": "VITA Site Coordinator", "startDate": "2016",
                 "x-program": "IRS VITA program", "summary": "Free returns for low-income families"}],
  "skills": [
    {"name": "Software", "keywords": ["Drake Tax", "UltraTax CS", "QuickBooks Online", "Excel"]},
    {"name": "Tax", "keywords": ["individual and small-business returns", "non-resident returns", "IRS representation", "FBAR", "FATCA"]},
  ],
  "languages": [
    {"language": "Mandarin", "x-zh": "普通话", "fluency": "native"},
    {"language": "Shanghainese", "x-zh": "上海话", "fluency": "native"},
    {"language": "English", "fluency": "fluent", "x-note": "TOEFL 108"},
  ],
}, ["Jiahui (Jenny) Shen 沈佳慧", "Jiahui (Jenny) Shen 沈佳慧 — Enrolled Agent", "Jenny", "Enrolled Agent · Tax Preparer · 税务师",
    "Profile 个人简介", "Experience 工作经历", "Education 教育背景", "Credentials 资格证书", "Volunteer 志愿服务",
    "Skills 专业技能", "Languages 语言", "审计员 Audit Associate", "Audit Associate", "Pujiang Huaxin CPAs",
    "上海浦江华信会计师事务所 (Pujiang Huaxin CPAs)", "Shanghai", "学士 会计学", "B.A. Accounting",
    "Shanghai Donghai College of Finance", "中国注册会计师 CICPA (专业阶段)", "CICPA", "PTIN P00000000", "FBAR/FATCA",
    "Queens Community Tax Help (IRS VITA program)", "IRS VITA program", "fluent, TOEFL 108", "Flushing, NY 11354",
    "Senior Tax Preparer", "EA"])

P["bi_liang_haiyan"] = ({
  "basics": {
    "name": "梁海燕",
    "x-altName": "LIANG Haiyan",
    "label": "Shellfish Hatchery Manager",
    "x-zhLabel": "贝类育苗场经理",
    "email": "haiyan.liang@example.com.au",
    "phone": "0491 570 158",
    "location": {"city": "Cygnet", "region": "Tasmania", "postalCode": "7112", "countryCode": "AU"},
    "profiles": [{"network": "LinkedIn", "username": "liang-haiyan-aqua", "url": "https://linkedin.com/in/liang-haiyan-aqua"}],
    "summary": "Hatchery manager with 13 years in oyster and abalone hatcheries in Guangdong and Tasmania. I run broodstock conditioning, algae culture and larval rearing for Pacific oyster triploid seed, and I have taken a hatchery through two POMS outbreaks without losing the season."
  },
  "work": [
    W("Huon Estuary Shellfish Pty Ltd", "Hatchery Manager", "2021", location="Cygnet TAS", highlights=[
      "Produce 60–80 million Pacific oyster spat a year (diploid and triploid) for 25 Tasmanian and South Australian farms.",
      "Run a team of 6 technicians; 7-day roster in the spawning season.",
      "Moved algae production to closed photobioreactors; contamination losses down from 1 in 5 batches to 1 in 25.",
      "Biosecurity plan and POMS-resistant family lines with the state breeding program."]),
    W("Huon Estuary Shellfish Pty Ltd", "Assistant Hatchery Manager", "2019", "2021", location="Cygnet TAS"),
    W("Kingston Abalone Farms", "Hatchery Technician", "2016-10", "2018-12", location="Kettering TAS",
      highlights=["Greenlip and blacklip abalone spawning, settlement plates, nursery tanks."]),
    W("湛江南海贝类育苗有限公司", "育苗技术员", "2011-09", "2016-06", location="广东湛江", **{
      "x-enPosition": "Hatchery Technician", "highlights": ["负责华南牡蛎亲贝促熟、人工授精及幼虫培育。",
        "Broodstock conditioning and larval rearing of Hong Kong oyster (Crassostrea hongkongensis); algae culture."]}),
  ],
  "education": [
    E("南粤海洋学院", "水产养殖", "硕士", "2008", "2011", **{"x-enInstitution": "Nanyue Ocean College", "x-enDegree": "M.Sc. Aquaculture"}),
    E("南粤海洋学院", "海洋生物学", "学士", "2004", "2008", **{"x-enDegree": "B.Sc. Marine Biology"}),
    E("University of Southern Tasmania", "Aquaculture Biosecurity", "Graduate Certificate", None, "2020", **{"x-mode": "online"}),
  ],
  "certificates": [
    C("Tasmanian Shellfish Quality Assurance Program", **{"x-note": "hatchery operator training", "x-date": "2019"}),
    C("Forklift Licence (LF)", **{"x-date": "2017"}),
    C("HLTAID011 Provide First Aid", **{"x-date": "2024"}),
    C("Marine Radio Operators VHF Certificate", **{"x-date": "2018"}),
  ],
  "publications": [
    {"name": "华南牡蛎幼虫培育密度对生长与存活的影响", "publisher": "南海水产研究", "releaseDate": "2012", "x-authors": "梁海燕, 陈立"},
    {"name": "Triploid Pacific oyster seed survival in a POMS year", "publisher": "Australasian Shellfish Notes",
     "releaseDate": "2023", "x-authors": "Liang H., Jessop R."},
  ],
  "skills": [
    {"name": "Hatchery", "keywords": ["broodstock conditioning", "strip spawning", "larval rearing", "setting on cultch and micro-cultch", "algae culture"]},
    {"name": "Lab & data", "keywords": ["microscopy", "flow cytometry for ploidy", "Excel", "R"]},
  ],
  "languages": [
    {"language": "Mandarin", "x-zh": "普通话", "fluency": "native"},
    {"language": "Cantonese", "x-zh": "粤语", "fluency": "native"},
    {"language": "English", "fluency": "C1", "x-note": "IELTS 7.0"},
  ],
  "interests": [{"name": "Sea kayaking on the Huon"}, {"name": "growing tomatoes in a tunnel house"}],
}, ["梁海燕 LIANG Haiyan", "LIANG Haiyan", "Shellfish Hatchery Manager | 贝类育苗场经理", "简介 Profile", "工作经历 Experience",
    "教育背景 Education", "证书 Certificates", "论文 Publications", "技能 Skills", "语言 Languages", "兴趣 Interests",
    "2019 → 2021 Assistant Hatchery Manager; 2021 → present Hatchery Manager", "育苗技术员 Hatchery Technician",
    "Hatchery Technician", "硕士 水产养殖", "学士 海洋生物学", "M.Sc. Aquaculture", "B.Sc. Marine Biology", "Nanyue Ocean College",
    "algae culture (Chaetoceros, Pavlova, Tisochrysis)", "Chaetoceros", "Pavlova", "Tisochrysis", "R (basic)",
    "Tasmanian Shellfish Quality Assurance Program — hatchery operator training", "C1 (IELTS 7.0)", "Language", "Level",
    "Cygnet, Tasmania 7112", "普通话 Mandarin", "粤语 Cantonese"])
