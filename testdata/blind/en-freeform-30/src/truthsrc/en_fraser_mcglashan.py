BL = "Barry Links Golf Club"
T = {
 "basics": {
  "name": "FRASER McGLASHAN",
  "label": "Head Greenkeeper",
  "x-headlineNote": "links courses",
  "phone": "07700 900734",
  "email": "fraser.mcglashan@example.co.uk",
  "location": {"city": "Carnoustie", "region": "Angus", "postalCode": "DD7", "countryCode": "GB"},
  "x-objective": "Course manager or head greenkeeper post on a links or heathland course, Scotland or north of England.",
  "x-availability": "Can start on 3 months notice.",
  "x-memberships": ["BIGGA member since 2003"]
 },
 "work": [
  {"name": BL, "x-courses": "Championship & Burnside courses", "location": "Carnoustie", "position": "Head Greenkeeper", "x-status": "current",
   "startDate": "2014", "x-period": "2014 onwards",
   "highlights": ["team of 11 full time + 4 seasonal",
     "prepared the course for two Scottish Amateur qualifiers (2017, 2022)",
     "cut fungicide use by 40% over 5 yrs, moved to a dry lean links regime",
     "machinery and materials budget of £420k a year"]},
  {"name": BL, "x-courses": "Championship & Burnside courses", "location": "Carnoustie", "position": "Deputy Head Greenkeeper",
   "startDate": "2009-03", "endDate": "2013-12",
   "highlights": ["ran the Burnside course day to day, rotas, spraying records"]},
  {"name": "Craigmount Heath Golf Club", "location": "Blairgowrie", "position": "First Assistant Greenkeeper", "startDate": "2005-04", "endDate": "2009-02",
   "highlights": ["heather regeneration on 6 holes, tree clearance with the Forestry grant"]},
  {"name": "Tentsmuir Links Golf Club", "location": "Leuchars", "position": "Assistant Greenkeeper", "x-employmentType": "seasonal", "x-period": "Apr-Oct",
   "startDate": "2001", "endDate": "2004"}
 ],
 "projects": [
  {"name": "Dunes restoration, holes 15-17 Burnside", "startDate": "2019", "endDate": "2021", "x-period": "Q3 2019 – Q1 2021",
   "highlights": ["marram planting, 2,000 m of chestnut fencing, re-profiled the 16th tee",
                  "done with the council ranger service and a coastal grant"]}
 ],
 "education": [
  {"institution": "Kingdom College of Land & Turf", "x-location": "Cupar", "studyType": "HNC", "area": "Golf Course Management", "startDate": "2003", "endDate": "2005"},
  {"studyType": "SVQ Level 3", "area": "Sports Turf", "endDate": "2004"}
 ],
 "certificates": [
  {"name": "PA1, PA2, PA6 pesticide certificates", "issuer": "NPTC", "x-date": "2002"},
  {"name": "First Aid at Work", "x-date": "2023"},
  {"name": "Chainsaw CS30/31", "x-date": "2011"}
 ],
 "skills": [
  {"keywords": ["Toro and John Deere greens mowers", "Vertidrain", "top-dressers", "Rain Bird central irrigation", "Excel"]}
 ],
 "interests": [{"name": "I play off 6"}, {"name": "coach the under-12s at Carnoustie Thistle Boys FC on Saturdays"}, {"name": "restoring a 1974 Land Rover"}],
 "references": [
  {"name": "Ian Pattullo", "reference": "Club Secretary, Barry Links GC", "x-phone": "07700 900735"},
  {"name": "Moira Rattray", "reference": "Course Manager, Craigmount Heath", "x-note": "on request"}
 ]
}
LENIENT = ["Head Greenkeeper - links courses", "Barry Links Golf Club (Championship & Burnside courses), Carnoustie", "Head Greenkeeper (current)",
 "Assistant Greenkeeper (seasonal, Apr-Oct)", "HNC Golf Course Management", "SVQ Level 3 Sports Turf", "Carnoustie, Angus DD7",
 "Toro and John Deere greens mowers", "Toro", "John Deere", "greens mowers",
 "I play off 6 when I get the chance, coach the under-12s at Carnoustie Thistle Boys FC on Saturdays and I'm restoring a 1974 Land Rover.",
 "What", "Where / who", "When", "WHAT I'M AFTER", "THE COURSES", "BIG JOBS", "THE BITS OF PAPER", "MACHINES & KIT", "OFF THE COURSE"]
FILES = ["txt", "md"]
