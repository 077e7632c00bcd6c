UWV = "University of Wirral Vale"
T = {
 "basics": {
  "name": "Everard Pym",
  "label": "Scientific Glassblower",
  "email": "everard.pym@example.co.uk",
  "phone": "07700 900553",
  "url": "https://pymglass.example",
  "location": {"city": "Runcorn", "region": "Cheshire", "countryCode": "GB"},
  "summary": "Scientific glassblower with twenty years at the bench: vacuum and Schlenk lines, custom reaction vessels, quartz work and repairs for university chemistry and physics groups, and the odd replica for a museum. I now run my own workshop and still cover two university departments on contract."
 },
 "work": [
  {"name": "Mersey Research Glass", "position": "Owner & glassblower", "location": "Runcorn", "startDate": "2019", "x-period": "2019 onwards",
   "summary": "Own workshop; about 40 clients a year, mostly university labs in the North West.",
   "highlights": ["Repairs and modifications turned round in 48 hours for the two contract departments",
     "Built a 12-port quartz photoreactor for a photochemistry group (2022)",
     "Teach a two-day \"glass for chemists\" course, four times a year"]},
  {"name": UWV, "x-department": "School of Chemistry", "position": "Glassblower", "location": "Birkenhead", "startDate": "2008", "endDate": "2013",
   "x-period": "2008 – 2013 – 2019"},
  {"name": UWV, "x-department": "School of Chemistry", "position": "Senior Glassblower", "location": "Birkenhead", "startDate": "2013", "endDate": "2019",
   "x-period": "2008 – 2013 – 2019",
   "summary": "Sole glassblower for a 300-person school from 2013; ran the workshop budget.",
   "highlights": ["Designed and built the school's standard Schlenk line (still in use on 14 benches)",
     "Cut repair turnaround from two weeks to three days by keeping stock components"]},
  {"name": "Halewood Scientific Glass Ltd", "position": "Apprentice Glassblower", "location": "Widnes", "startDate": "2003", "endDate": "2008",
   "highlights": ["Condensers, columns and volumetric ware on the lathe and at the bench", "Graded seals and glass-to-metal seals"]}
 ],
 "projects": [
  {"name": "Quartz photoreactor", "startDate": "2022", "endDate": "2022",
   "description": "12-port immersion-well reactor in fused quartz for a university photochemistry group.",
   "keywords": ["fused quartz", "borosilicate 3.3"]},
  {"name": "Replica Crookes tubes", "startDate": "2021", "endDate": "2021",
   "description": "Six working replicas of 1890s discharge tubes for the \"Invisible Rays\" exhibition at the Halton Museum of Science.",
   "keywords": ["soda-lime glass", "tungsten"]}
 ],
 "education": [
  {"institution": "British Society of Scientific Glassblowers", "studyType": "Advanced Certificate", "area": "Scientific Glassblowing", "endDate": "2007"},
  {"institution": "Riverside College Halton", "studyType": "BTEC National Certificate", "area": "Engineering", "startDate": "2003", "endDate": "2005", "x-mode": "day release"},
  {"institution": "Fairfield High School", "x-location": "Widnes", "studyType": "GCSEs", "endDate": "2003"}
 ],
 "awards": [
  {"title": "Highly commended, open glass competition", "awarder": "BSSG Symposium", "date": "2016"},
  {"title": "Apprentice of the Year", "awarder": "Halewood Scientific Glass", "date": "2006"}
 ],
 "skills": [
  {"name": "At the lathe", "keywords": ["Heathway lathe", "graded seals", "glass-to-metal seals", "large-bore joints"]},
  {"name": "At the bench", "keywords": ["Schlenk lines", "vacuum lines", "quartz work", "annealing"]},
  {"name": "Office", "keywords": ["quoting", "Fusion 360", "Excel"]}
 ],
 "interests": [{"name": "Fell running"}, {"name": "restoring an old Myford lathe"}, {"name": "brass band"}],
 "references": [{"reference": "References from two heads of department on request."}]
}
LENIENT = ["Everard Pym — Scientific Glassblower", "University of Wirral Vale, School of Chemistry", "Glassblower, then Senior Glassblower",
 "2008 – 2013 – 2019", "Quartz photoreactor (2022)", "Replica Crookes tubes (2021)", "Materials:", "brass band (tenor horn, Runcorn Silver)",
 "Advanced Certificate in Scientific Glassblowing", "BTEC National Certificate in Engineering", "Runcorn, Cheshire",
 "Highly commended, open glass competition, BSSG Symposium", "Apprentice of the Year, Halewood Scientific Glass", "Own workshop"]
FILES = ["md", "html"]
