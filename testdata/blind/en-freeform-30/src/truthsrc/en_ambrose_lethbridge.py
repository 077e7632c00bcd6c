W = "Welland Organ Works"
T = {
 "basics": {
  "name": "Ambrose Lethbridge",
  "label": "Organ Builder & Voicer",
  "email": "ambrose@lethbridge-organs.example",
  "phone": "07700 900628",
  "url": "https://lethbridge-organs.example",
  "location": {"city": "Stamford", "region": "Lincolnshire", "postalCode": "PE9", "countryCode": "GB"},
  "summary": "Organ builder of sixteen years, the last eight mainly as a voicer. I make and voice flue pipes, regulate reeds, and finish new and restored instruments in the building they will live in. Accredited member of the Institute of British Organ Building.",
  "x-memberships": ["Institute of British Organ Building — accredited member since 2017"]
 },
 "work": [
  {"position": "Freelance voicer and tonal finisher", "startDate": "2021",
   "summary": "Tonal finishing and reed work for three small builders; restoration voicing for diocesan organ advisers in the East Midlands."},
  {"name": W, "x-nowPartOf": "Harrowby & Finch Ltd", "location": "Stamford", "position": "Head Voicer", "startDate": "2019", "endDate": "2020-12",
   "x-period": "early 2019 – Dec 2020",
   "highlights": ["Ran the voicing room and a team of two; finished seven new organs and four restorations",
                  "Introduced scaling spreadsheets shared with the drawing office"]},
  {"name": W, "x-nowPartOf": "Harrowby & Finch Ltd", "location": "Stamford", "position": "Voicer", "startDate": "2016", "endDate": "2019",
   "x-period": "late 2016 – early 2019",
   "highlights": ["Flue voicing in the workshop and on site, including a 32-stop three-manual restoration"]},
  {"name": W, "x-nowPartOf": "Harrowby & Finch Ltd", "location": "Stamford", "position": "Pipe maker, then journeyman", "startDate": "2009-09", "endDate": "2016",
   "x-period": "Sept 2009 – late 2016",
   "highlights": ["Casting and planing spotted metal, pipe making from 16′ to 1′ C, soundboard and action work"]},
  {"name": "Orgelwerkstatt Thielmann", "location": "Görlitz, Germany", "position": "Journeyman", "x-note": "Wanderjahr",
   "startDate": "2008-08", "endDate": "2009-07",
   "summary": "A year in a Saxon workshop restoring nineteenth-century slider-chest organs."}
 ],
 "projects": [
  {"name": "St Guthlac, Ellerby Fen", "description": "new mechanical-action organ, II/18", "roles": ["Voiced all flue stops; finished on site"], "startDate": "2020", "endDate": "2020"},
  {"name": "Holy Trinity, Cransford Magna", "description": "restoration, III/32", "roles": ["Flue voicing; reed regulation"], "startDate": "2018", "endDate": "2018"},
  {"name": "Chapel of Kesteven School", "description": "chamber organ, I/5", "roles": ["Tonal finishing (freelance)"], "startDate": "2023", "endDate": "2023"}
 ],
 "education": [
  {"institution": "Fenland College of Crafts", "x-location": "Wisbech", "studyType": "Diploma", "area": "Musical Instrument Making (Organ)",
   "startDate": "2005", "endDate": "2008", "score": "Distinction", "x-project": "a four-stop chamber organ"},
  {"institution": "Stamford Welland Academy", "studyType": "A levels", "endDate": "2005", "x-results": "Music A, Physics B, Design & Technology B"}
 ],
 "skills": [
  {"name": "Voicing", "keywords": ["flue and reed voicing", "regulation", "tuning"]},
  {"name": "Workshop", "keywords": ["pipe making", "metal casting", "soundboard work", "tracker action"]},
  {"name": "Drawing", "keywords": ["AutoCAD", "hand drafting"]}
 ],
 "languages": [
  {"language": "English", "fluency": "native"},
  {"language": "German", "fluency": "B2", "x-note": "lived and worked in Görlitz"}
 ],
 "interests": [{"name": "I play for services at two village churches"}, {"name": "ring bells on Sunday mornings"}, {"name": "grow far too many tomatoes"}]
}
LENIENT = ["Ambrose Lethbridge – Organ Builder & Voicer", "Welland Organ Works, Stamford (now part of Harrowby & Finch Ltd)", "now part of Harrowby & Finch Ltd",
 "Orgelwerkstatt Thielmann, Görlitz, Germany", "Journeyman (Wanderjahr)", "tuning (equal and unequal temperaments)",
 "Diploma in Musical Instrument Making (Organ) — Fenland College of Crafts, Wisbech", "A levels — Stamford Welland Academy",
 "Year", "Instrument", "My part", "German (B2 – lived and worked in Görlitz)", "Stamford, Lincolnshire PE9",
 "I play for services at two village churches, ring bells on Sunday mornings and grow far too many tomatoes."]
FILES = ["html", "pdf"]
