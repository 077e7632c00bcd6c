VS = "Vineyard Skies Balloon Co."
RV = "縱谷熱氣球飛行有限公司"
T = {
 "basics": {
  "name": "LIN, Yu-Ting",
  "x-altName": "林宥廷",
  "label": "Commercial Balloon Pilot",
  "x-zhLabel": "熱氣球駕駛員",
  "email": "yuting.lin@example.com",
  "phone": "(951) 555-0127",
  "x-line": "yuting.balloon",
  "location": {"city": "Temecula", "region": "CA", "postalCode": "92590", "countryCode": "US"},
  "summary": "Balloon pilot from Taitung with 1,150 hours in command, now flying passenger balloons over the Temecula wine country. Nine seasons of festival flying, passenger operations and crew training on two continents."
 },
 "work": [
  {"name": VS, "location": "Temecula, CA", "position": "Chief Pilot", "startDate": "2023-04",
   "highlights": ["Fly 5–6 dawn passenger flights a week in a 12-passenger Cameron basket; 0 reportable incidents",
                  "Run the pilot roster, weather go/no-go calls and chase-crew training for a team of 9"]},
  {"name": VS, "location": "Temecula, CA", "position": "Pilot", "startDate": "2021-11", "endDate": "2023-03"},
  {"name": RV, "x-enName": "Rift Valley Ballooning Co.", "location": "臺東縣鹿野鄉", "x-enLocation": "Luye, Taitung",
   "position": "熱氣球駕駛員", "x-enPosition": "Balloon Pilot", "startDate": "2017-06", "endDate": "2021-08", "x-period": "106/06 – 110/08 (民國)",
   "highlights": ["每年夏季臺灣國際熱氣球嘉年華期間執行繫留及自由飛行", "Tethered and free flights for festival passengers; night-glow shows"]},
  {"name": RV, "x-enName": "Rift Valley Ballooning Co.", "position": "地勤組長", "x-enPosition": "Ground Crew Chief",
   "startDate": "2015-07", "endDate": "2017-05", "x-period": "104/07 – 106/05 (民國)"}
 ],
 "education": [
  {"institution": "東岸科技大學", "x-enInstitution": "East Coast University of Technology", "x-location": "Taitung",
   "studyType": "學士", "area": "觀光休閒系", "x-enDegree": "B.A. Tourism & Leisure", "startDate": "2011", "endDate": "2015"}
 ],
 "certificates": [
  {"name": "FAA Commercial Pilot Certificate – Lighter-than-Air, Balloon", "issuer": "FAA", "x-date": "2021", "x-number": "0000000"},
  {"name": "熱氣球駕駛員檢定證", "issuer": "交通部民用航空局", "x-date": "2017", "x-enName": "Balloon pilot rating", "x-enIssuer": "Civil Aeronautics Administration, Taiwan"},
  {"name": "First Aid/CPR/AED", "issuer": "American Red Cross", "x-date": "2024"}
 ],
 "skills": [
  {"name": "Balloons", "keywords": ["Cameron", "Ultramagic", "tethered operations", "night glows"]},
  {"name": "Ground", "keywords": ["weather briefing", "chase-crew management", "annual inspection support"]}
 ],
 "languages": [
  {"language": "Mandarin", "x-zh": "國語", "fluency": "native"},
  {"language": "Taiwanese", "x-zh": "台語", "fluency": "fluent"},
  {"language": "English", "fluency": "C1", "x-note": "TOEIC 905"},
  {"language": "Japanese", "x-zh": "日語", "fluency": "basic"}
 ],
 "interests": [{"name": "Paragliding"}, {"name": "trail running"}, {"name": "photographing other people's balloons"}],
 "x-flightHours": "1,150 hours in command"
}
T["basics"]["x-flightHours"] = T.pop("x-flightHours")
LENIENT = ["LIN, Yu-Ting 林宥廷", "Yu-Ting Lin", "Commercial Balloon Pilot 熱氣球駕駛員", "熱氣球駕駛員 Balloon Pilot", "地勤組長 Ground Crew Chief",
 "縱谷熱氣球飛行有限公司，臺東縣鹿野鄉", "Rift Valley Ballooning Co., Luye, Taitung", "學士 觀光休閒系 B.A. Tourism & Leisure",
 "東岸科技大學 East Coast University of Technology, Taitung", "觀光休閒", "B.A.", "Tourism & Leisure",
 "交通部民用航空局 熱氣球駕駛員檢定證", "Balloon pilot rating, Civil Aeronautics Administration, Taiwan", "certificate no. 0000000",
 "English (C1, TOEIC 905)", "國語 Mandarin", "台語 Taiwanese", "日語 Japanese", "LINE ID: yuting.balloon",
 "Profile 簡介", "Experience 工作經歷", "Education 學歷", "Licences 證照", "Skills 技能", "Languages 語言", "Interests 興趣"]
FILES = ["pdf", "md"]
