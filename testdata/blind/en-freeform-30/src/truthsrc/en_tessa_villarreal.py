LA = "Lowcountry Aquarium"
T = {
 "basics": {
  "name": "Tessa Villarreal",
  "label": "Aquarist II",
  "x-headlineNote": "fish, sharks & life support systems",
  "email": "tessa.villarreal@example.com",
  "phone": "(843) 555-0179",
  "url": "https://tessav.example",
  "location": {"city": "Charleston", "region": "SC", "countryCode": "US"},
  "profiles": [
   {"network": "LinkedIn", "username": "tessa-villarreal", "url": "https://www.linkedin.com/in/tessa-villarreal"},
   {"network": "Instagram", "username": "tessa.under.water", "url": "https://www.instagram.com/tessa.under.water"}],
  "summary": "Aquarist at a mid-sized public aquarium, working the Coastal Rivers and shark galleries. I care for about 60 species, run daily water chemistry and life support checks, and train nurse and sand tiger sharks for voluntary husbandry. AAUS scientific diver."
 },
 "work": [
  {"name": LA, "position": "Aquarist II", "x-team": "Coastal Rivers & Sharks", "location": "Charleston, SC", "startDate": "2023-06",
   "highlights": ["Lead keeper for a 385,000-gallon shark and ray habitat and four river exhibits",
     "Target-trained two nurse sharks for voluntary blood draws (poster, 2024)",
     "Wrote the gallery's life support checklist now used by all night staff",
     "Dive 3-4 times a week for cleaning, feeding and animal checks"]},
  {"name": LA, "position": "Aquarist I", "x-team": "Coastal Rivers & Sharks", "location": "Charleston, SC", "startDate": "2022-01", "endDate": "2023-05",
   "highlights": ["Food prep, feeding and diet records for about 60 species",
     "Daily ammonia, nitrite, nitrate, pH and alkalinity tests; ozone and skimmer checks"]},
  {"name": "Palmetto Sea Turtle Hospital", "position": "Husbandry Intern", "location": "Isle of Palms, SC", "startDate": "2021-05", "endDate": "2021-08",
   "x-note": "summer internship",
   "highlights": ["Tank cleaning, tube feeding and treatment records for 14 patients"]},
  {"name": "Seabrook University Aquaculture Lab", "position": "Student Technician", "location": "Charleston, SC", "startDate": "2019-09", "endDate": "2021-12",
   "x-note": "part-time, 12 h/week"}
 ],
 "education": [
  {"institution": "Seabrook University", "studyType": "B.S.", "area": "Marine Biology", "x-minor": "Chemistry", "startDate": "2018-08", "endDate": "2021-12",
   "score": "3.62/4.0", "x-honors": "cum laude"}
 ],
 "certificates": [
  {"name": "AAUS Scientific Diver", "issuer": "Lowcountry Aquarium Dive Safety Program", "x-date": "2022"},
  {"name": "PADI Rescue Diver", "issuer": "PADI", "x-date": "2020"},
  {"name": "Emergency Oxygen for Scuba Diving Injuries", "issuer": "DAN", "x-date": "2024"}
 ],
 "skills": [
  {"name": "Husbandry", "keywords": ["target training", "diet prep", "quarantine", "tube feeding"]},
  {"name": "Life support", "keywords": ["sand filters", "protein skimmers", "ozone", "water chemistry"]},
  {"name": "Software", "keywords": ["ZIMS", "Excel", "R"]}
 ],
 "publications": [
  {"name": "Target training two nurse sharks for voluntary blood draws", "publisher": "Southeast Aquarium Husbandry Workshop, Savannah",
   "releaseDate": "2024", "x-type": "poster"}
 ],
 "volunteer": [
  {"organization": "Sea Islands Turtle Patrol", "position": "Nest patrol volunteer", "startDate": "2019-05"}
 ],
 "languages": [
  {"language": "English", "fluency": "Native"},
  {"language": "Spanish", "fluency": "Fluent", "x-note": "heritage speaker"}
 ],
 "interests": [{"name": "free diving"}, {"name": "underwater photography"}, {"name": "pottery"}]
}
LENIENT = ["Aquarist II · fish, sharks & life support systems", "Charleston, SC", "Fluent (heritage speaker)", "Résumé | Tessa Villarreal",
 "tessav.example", "Home", "Dive log", "Photos", "Résumé", "© 2025 Tessa Villarreal · Built with Hugo · RSS", "Hugo", "RSS",
 "summer internship", "part-time, 12 h/week", "cum laude", "poster",
 "data/resume.toml", "B.S. Marine Biology, minor in Chemistry", "Chemistry"]
FILES = ["txt", "html"]
