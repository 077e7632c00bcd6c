T = {
 "basics": {
  "name": "ROSALIND TREADWELL",
  "label": "Audiobook Narrator & Voice Actor",
  "x-memberships": ["SAG-AFTRA"],
  "email": "ros@treadwellvoice.example",
  "phone": "(404) 555-0193",
  "url": "https://treadwellvoice.example",
  "location": {"city": "Decatur", "region": "GA", "postalCode": "30030", "countryCode": "US"},
  "x-studio": "WhisperRoom booth, Neumann TLM 103, Universal Audio Apollo Twin, Source-Connect",
  "summary": "Narrator of 60+ audiobooks, mostly literary fiction and memoir, with a warm low-alto voice and a good ear for Southern voices. Former drama teacher: I prep fast, direct myself, and deliver ACX-ready files."
 },
 "work": [
  {"name": "Peachtree Audio Works", "location": "Atlanta", "position": "Narrator", "x-employmentType": "staff, non-exclusive", "startDate": "2021",
   "summary": "38 titles so far: literary fiction, memoir and two long fantasy series.",
   "highlights": ["Average 1.4 finished hours a day, QC pass rate 98%", "Cast and directed two duet-narrated novels"]},
  {"position": "Narrator", "x-note": "short contracts", "startDate": "2017", "endDate": "2020",
   "x-contracts": ["Lark & Lantern Audio (6 titles)", "Harrowgate Press Audio (3)", "Bellwether Books (2)"],
   "summary": "Eleven royalty-share and per-finished-hour contracts, recorded and edited in my home studio."},
  {"position": "Voice-over artist (e-learning, phone systems)", "x-employmentType": "freelance", "startDate": "2015", "endDate": "2021",
   "highlights": ["Corporate training modules for two hospital groups", "IVR prompts for a regional credit union"]},
  {"name": "Oakhurst Middle School", "location": "Decatur", "position": "Drama Teacher", "startDate": "2009-08", "endDate": "2016-05",
   "summary": "Taught drama to grades 6–8 and ran the spring musical."}
 ],
 "projects": [
  {"name": "The Salt Orchard", "x-author": "M. J. Kessling", "entity": "Peachtree Audio Works", "startDate": "2023", "endDate": "2023", "x-duration": "14 h 20 m"},
  {"name": "Nobody's Almanac", "x-author": "Dora Pike", "entity": "Lark & Lantern Audio", "startDate": "2019", "endDate": "2019"},
  {"name": "A Field Guide to Leaving", "x-author": "Theo Marchetti", "entity": "Harrowgate Press Audio", "startDate": "2018", "endDate": "2018"}
 ],
 "awards": [
  {"title": "Listeners' Choice", "awarder": "Southern Audio Guild", "date": "2023", "x-for": "The Salt Orchard"},
  {"title": "Finalist, Best Female Narrator", "awarder": "Southeastern Spoken Word Awards", "date": "2021"}
 ],
 "education": [
  {"institution": "Piedmont Conservatory", "studyType": "MFA", "area": "Acting", "startDate": "2007", "endDate": "2009"},
  {"institution": "University of the Chattahoochee", "studyType": "BA", "area": "Theatre", "startDate": "2003", "endDate": "2007", "score": "3.8/4.0"}
 ],
 "skills": [
  {"name": "Accents & dialects", "keywords": ["Southern US", "RP", "Scottish", "Irish", "New York"]},
  {"name": "Audio", "keywords": ["Pro Tools", "iZotope RX", "Adobe Audition", "ACX standards"]}
 ],
 "languages": [
  {"language": "English", "fluency": "native"},
  {"language": "Spanish", "fluency": "intermediate"}
 ],
 "interests": [{"name": "Community theatre"}, {"name": "long-distance walking"}, {"name": "old-time radio plays"}],
 "references": [{"reference": "References available on request."}]
}
LENIENT = ["Audiobook Narrator & Voice Actor · SAG-AFTRA", "Narrator (staff, non-exclusive)", "Peachtree Audio Works, Atlanta", "Narrator — short contracts",
 "Lark & Lantern Audio (6 titles); Harrowgate Press Audio (3); Bellwether Books (2)", "Lark & Lantern Audio", "Harrowgate Press Audio", "Bellwether Books",
 "freelance", "Oakhurst Middle School, Decatur", "Southern US (Georgia, Appalachian)", "MFA Acting", "BA Theatre", "GPA 3.8/4.0",
 "Listeners' Choice, Southern Audio Guild, 2023 — for The Salt Orchard", "Home studio:",
 "long-distance walking (the Georgia section of the Appalachian Trail, slowly)"]
FILES = ["docx", "txt"]
