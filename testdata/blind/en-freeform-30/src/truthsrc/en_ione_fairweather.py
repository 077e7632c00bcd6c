T = {
 "basics": {
  "name": "Ione Fairweather",
  "label": "Aerialist & aerial rigger",
  "email": "ione@fairweather-aerial.example",
  "phone": "07700 900812",
  "location": {"city": "Edinburgh", "x-district": "Leith", "postalCode": "EH6", "countryCode": "GB"},
  "profiles": [{"network": "Instagram", "username": "ione.in.the.air", "url": "https://www.instagram.com/ione.in.the.air"}],
  "summary": "Aerialist on silks, lyra and static trapeze for ten years, and a rigger for most of them. I tour, coach and rig: ground-supported frames in big tops, truss and beam points in theatres, and the school's teaching rig."
 },
 "work": [
  {"name": "Northern Lights Circus School", "location": "Leith", "position": "Head Rigger & Aerial Coach", "startDate": "2021-01",
   "highlights": ["Look after 14 rigging points and the LOLER inspection records", "Coach adult classes and the youth company (silks and lyra)"]},
  {"name": "Cirque Fathom", "x-note": "touring", "position": "Aerialist (silks & lyra)", "startDate": "2019", "endDate": "2020", "x-period": "H1 2019 – H2 2020",
   "summary": "Soloist in Undertow: 94 shows in 11 countries before the tour stopped in March 2020; then filmed work and rigging for the company's outdoor version."},
  {"position": "Aerialist", "x-note": "festival contracts", "startDate": "2016", "endDate": "2018",
   "summary": "Leith Links Summer Big Top (2016) · Forth Harbour Festival (2017, 2018) · Winter Wonder Tent, Glasgow (Dec 2017)",
   "x-contracts": ["Leith Links Summer Big Top", "Forth Harbour Festival", "Winter Wonder Tent"]}
 ],
 "projects": [
  {"name": "Undertow", "entity": "Cirque Fathom", "startDate": "2019", "endDate": "2020",
   "description": "Touring ensemble show about the sea.", "roles": ["silks soloist"]},
  {"name": "Skyline", "x-note": "own show", "startDate": "2022", "endDate": "2022",
   "description": "A 40-minute solo on a free-standing frame, made with support from Leith Arts Collective.",
   "roles": ["deviser, performer and rigging designer"]}
 ],
 "education": [
  {"institution": "Northern School of Contemporary Circus", "x-location": "Newcastle", "studyType": "BA (Hons)", "area": "Contemporary Circus",
   "startDate": "2013", "endDate": "2016", "score": "2:1", "x-specialism": "aerial silks"},
  {"institution": "Trinity Park High School", "x-location": "Edinburgh", "studyType": "Highers", "endDate": "2013"}
 ],
 "skills": [
  {"name": "Apparatus", "keywords": ["silks", "lyra", "static trapeze", "corde lisse"]},
  {"name": "Rigging", "keywords": ["ground-anchor rigging", "truss and beam points", "load calculations", "rope access"]},
  {"name": "Teaching", "keywords": ["Pilates mat", "youth circus"]}
 ],
 "certificates": [
  {"name": "LOLER competent person course", "x-date": "2022"},
  {"name": "Working at Height", "x-date": "2023"},
  {"name": "First Aid at Work", "x-date": "2024"}
 ],
 "languages": [
  {"language": "English", "fluency": "native"},
  {"language": "French", "fluency": "B1"}
 ]
}
LENIENT = ["Ione Fairweather | aerialist & rigger", "Head Rigger & Aerial Coach — Northern Lights Circus School, Leith",
 "Aerialist (silks & lyra) — Cirque Fathom, touring", "Aerialist — festival contracts", "Aerialist", "festival contracts", "touring",
 "2019 – 2020 · Cirque Fathom", "2022 · own show", "Role: silks soloist", "Pilates mat (Level 3)", "rope access (basic)",
 "BA (Hons) Contemporary Circus — Northern School of Contemporary Circus, Newcastle", "Highers — Trinity Park High School, Edinburgh",
 "2:1 · specialism aerial silks", "Get in touch:", "Leith, Edinburgh EH6", "Leith Arts Collective"]
FILES = ["html", "md"]
