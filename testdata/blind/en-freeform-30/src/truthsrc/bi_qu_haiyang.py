WH = "威海蓝湾潜水中心"
T = {
 "basics": {
  "name": "QU Haiyang",
  "x-nickname": "Ocean",
  "x-altName": "曲海洋",
  "label": "PADI Master Scuba Diver Trainer",
  "x-zhLabel": "潜水教练",
  "email": "ocean.qu@example.com.au",
  "phone": "0491 570 156",
  "x-wechat": "ocean_dive_qu",
  "location": {"city": "Exmouth", "region": "WA", "postalCode": "6707", "countryCode": "AU"},
  "summary": "Dive instructor with eight years of teaching in the Yellow Sea and on Ningaloo Reef. I teach in Mandarin and English, run whale shark and manta snorkel days, and look after the boat and the compressor when needed."
 },
 "work": [
  {"name": "Ningaloo Blue Dive Co.", "location": "Exmouth WA", "position": "Dive Instructor (MSDT)", "startDate": "2022-03",
   "highlights": ["Teach Open Water to Divemaster; about 140 certifications a year, a third in Mandarin",
                  "Lead guide on whale shark days (Apr–Jul) and manta trips",
                  "Translated the shop's briefings and waivers into Chinese"]},
  {"name": "Gulf Breeze Backpackers", "location": "Exmouth", "position": "Night Receptionist", "x-employmentType": "casual", "startDate": "2021-06", "endDate": "2022-02"},
  {"name": "Coral Coast Reef Tours", "location": "Coral Bay", "position": "Snorkel Guide", "startDate": "2021-06", "endDate": "2021-11", "x-period": "Ningaloo season"},
  {"name": WH, "x-enName": "Weihai Blue Bay Dive Centre", "position": "潜水教练", "x-enPosition": "Dive Instructor", "startDate": "2018-10", "endDate": "2021-03",
   "highlights": ["负责开放水域及进阶课程教学，年均认证约 90 人", "Organised winter dive trips to Hainan for club members"]},
  {"name": WH, "x-enName": "Weihai Blue Bay Dive Centre", "position": "潜水长", "x-enPosition": "Divemaster", "startDate": "2016-05", "endDate": "2018-09",
   "highlights": ["带领岸潜与船潜，维护气瓶及空压机"]}
 ],
 "education": [
  {"institution": "胶东海洋职业学院", "x-enInstitution": "Jiaodong Marine Vocational College", "x-location": "威海", "studyType": "大专", "area": "旅游管理",
   "x-enDegree": "Diploma in Tourism Management", "startDate": "2013", "endDate": "2016"}
 ],
 "certificates": [
  {"name": "PADI Master Scuba Diver Trainer", "issuer": "PADI", "x-date": "2019", "x-number": "000000"},
  {"name": "Emergency First Response Instructor", "issuer": "PADI", "x-date": "2019"},
  {"name": "Coxswain Grade 1 Near Coastal", "issuer": "AMSA", "x-date": "2022"},
  {"name": "HLTAID011 Provide First Aid", "x-date": "2024"},
  {"name": "Whale shark interaction guide accreditation", "issuer": "Ningaloo Blue Dive Co.", "x-date": "2022"}
 ],
 "skills": [
  {"name": "Specialty instructor", "keywords": ["Deep", "Enriched Air Nitrox", "Wreck", "Underwater Navigator"]},
  {"name": "Boat & gear", "keywords": ["coxswain", "Bauer compressor", "regulator servicing"]},
  {"name": "Other", "keywords": ["Douyin / Instagram dive videos", "Chinese–English interpreting for groups"]}
 ],
 "languages": [
  {"language": "Mandarin", "x-zh": "普通话", "fluency": "native", "x-zhFluency": "母语"},
  {"language": "English", "fluency": "daily working language", "x-note": "IELTS 6.5 (2020)"},
  {"language": "Shandong dialect", "x-zh": "山东话", "fluency": "native"}
 ],
 "interests": [{"name": "Free diving"}, {"name": "underwater photography"}, {"name": "cooking Shandong seafood for the dive crew"}]
}
LENIENT = ["QU Haiyang (Ocean) 曲海洋", "QU Haiyang (Ocean)", "PADI Master Scuba Diver Trainer · 潜水教练", "Dive Instructor", "Night Receptionist (casual)",
 "Jun–Nov 2021 (Ningaloo season)", "潜水教练 Dive Instructor", "潜水长 Divemaster", "威海蓝湾潜水中心（Weihai Blue Bay Dive Centre）",
 "大专 旅游管理", "胶东海洋职业学院，威海", "Diploma in Tourism Management, Jiaodong Marine Vocational College, Weihai",
 "instructor no. 000000", "Douyin", "Instagram dive videos", "IELTS 6.5 (2020); daily working language", "native 母语",
 "Language 语言", "Level 水平", "微信 WeChat: ocean_dive_qu", "Exmouth WA"]
FILES = ["docx", "md"]
