NB = "Northgate Access Solutions"
T = {
 "basics": {
  "name": "Callan Ruddiman",
  "label": "IRATA Level 3 Rope Access Supervisor",
  "x-headlineNote": ["MPI / UT Level 2", "Offshore platforms & wind turbines"],
  "x-pronouns": "He/Him",
  "email": "callan.ruddiman@example.com",
  "phone": "07700 900417",
  "location": {"city": "Montrose", "region": "Scotland", "countryCode": "GB", "x-country": "United Kingdom"},
  "profiles": [{"network": "LinkedIn", "username": "callan-ruddiman", "url": "https://linkedin.com/in/callan-ruddiman"}],
  "summary": "Rope access supervisor with eleven years on North Sea platforms, onshore wind and the odd harbour crane. I plan and run small rope teams for inspection, NDT, fabric maintenance and blade repair, write the rescue plans and keep the paperwork straight. Happy on rotation or onshore."
 },
 "work": [
  {"name": NB, "x-formerName": "Ropeworks Offshore Ltd", "position": "Rope Access Supervisor (IRATA L3)",
   "location": "Montrose, Scotland, United Kingdom", "x-employmentType": "Full-time", "startDate": "2021-03",
   "x-duration": "3 yrs 11 mos",
   "summary": "On rotation, 2 weeks on / 3 weeks off",
   "highlights": ["Supervise rope teams of 4-8 technicians on two northern North Sea platforms and a floating storage unit.",
     "Write rope access method statements and rescue plans; run the pre-shift rescue drills.",
     "Cut the average close-visual inspection campaign on the flare boom from 19 to 12 shifts by re-planning the rigging.",
     "Mentor L1 and L2 technicians through their logbook hours."],
   "x-skills": ["Rope Access", "Rescue Planning", "Team Supervision"]},
  {"name": NB, "x-formerName": "Ropeworks Offshore Ltd", "position": "Rope Access Technician (IRATA L2)",
   "location": "Montrose, Scotland, United Kingdom", "x-employmentType": "Full-time", "startDate": "2017-02", "endDate": "2021-03",
   "x-duration": "4 yrs 2 mos",
   "highlights": ["Magnetic particle and ultrasonic thickness inspection of structural nodes, caissons and pipework.",
     "Fabric maintenance: blasting, coating and passive fire protection repairs."],
   "x-skills": ["Magnetic Particle Inspection", "Ultrasonic Thickness Testing"]},
  {"name": "Vertex Crew Services", "position": "Rope Access Technician (IRATA L2)", "x-note": "short contracts",
   "location": "Aberdeen, Scotland, United Kingdom", "x-employmentType": "Contract", "startDate": "2015-01", "endDate": "2016-12",
   "x-duration": "2 yrs",
   "summary": "Seven short offshore and onshore contracts: Skerry North platform (6 wks), Balgay Alpha (4 wks, twice), Tayside B FPSO (8 wks), Ferryden quay cranes (3 wks), Garvock wind farm blade repairs (2 x 5 wks).",
   "x-contracts": ["Skerry North platform", "Balgay Alpha", "Tayside B FPSO", "Ferryden quay cranes", "Garvock wind farm blade repairs"]},
  {"name": "Highland Heights Access", "position": "Rope Access Technician (IRATA L1)", "x-employmentType": "Full-time",
   "location": "Dundee, Scotland, United Kingdom", "startDate": "2013-04", "endDate": "2014-12", "x-duration": "1 yr 9 mos",
   "summary": "Building facade surveys, gutter and glazing work, bird netting on listed buildings."},
  {"name": "Angus Scaffolding & Access", "position": "Labourer / Trainee Scaffolder",
   "location": "Arbroath, Scotland, United Kingdom", "startDate": "2010-08", "endDate": "2013-03", "x-duration": "2 yrs 8 mos"}
 ],
 "volunteer": [
  {"organization": "Angus Cliff Rescue Volunteers", "position": "Cliff rescue volunteer", "startDate": "2016-06",
   "x-duration": "8 yrs 8 mos", "x-cause": "Disaster and Humanitarian Relief"}
 ],
 "education": [
  {"institution": "North Esk College", "studyType": "HNC", "area": "Mechanical Engineering", "startDate": "2011", "endDate": "2013",
   "x-mode": "Part-time, day release"},
  {"institution": "Montrose Academy", "studyType": "Highers", "startDate": "2004", "endDate": "2010"}
 ],
 "certificates": [
  {"name": "IRATA Level 3 Rope Access Technician", "issuer": "IRATA International", "x-date": "2021-03", "x-expires": "2027-03", "x-number": "3/000000"},
  {"name": "PCN Level 2 Magnetic Particle Testing (MT)", "issuer": "BINDT", "x-date": "2018-06", "x-expires": "2028-06", "x-number": "000000"},
  {"name": "OPITO BOSIET with CA-EBS", "issuer": "Vantage Survival Training", "x-date": "2023-09", "x-expires": "2027-09"},
  {"name": "GWO Basic Safety Training", "issuer": "Global Wind Organisation (GWO)", "x-date": "2022-11"}
 ],
 "skills": [
  {"keywords": ["Rope Access", "Rescue Planning", "Magnetic Particle Inspection", "Ultrasonic Thickness Testing", "Team Supervision"],
   "x-endorsements": {"Rope Access": 41, "Rescue Planning": 23, "Magnetic Particle Inspection": 18, "Ultrasonic Thickness Testing": 11, "Team Supervision": 9}}
 ],
 "languages": [
  {"language": "English", "fluency": "Native or bilingual proficiency"},
  {"language": "Scots", "fluency": "Full professional proficiency"}
 ]
}
LENIENT = ["Callan Ruddiman He/Him", "Callan Ruddiman (He/Him)", "IRATA Level 3 Rope Access Supervisor | MPI / UT Level 2 | Offshore platforms & wind turbines",
 "Northgate Access Solutions (formerly Ropeworks Offshore Ltd)", "Ropeworks Offshore Ltd",
 "Rope Access Technician (IRATA L2) - short contracts", "500+ connections", "Contact info", "Open to", "Add profile section", "More",
 "Show all 14 skills", "Show credential", "IRATA International", "12,480 followers", "Top Voices Companies Groups Schools",
 "Callan's Profile", "Full-time", "Contract", "41 endorsements", "23 endorsements", "18 endorsements", "11 endorsements", "9 endorsements",
 "Endorsed by Kirsty Ogilvie and 40 others who are highly skilled at this",
 "Endorsed by 2 colleagues at Northgate Access Solutions (formerly Ropeworks Offshore Ltd)",
 "Skills: Rope Access · Rescue Planning · Team Supervision", "Skills: Magnetic Particle Inspection · Ultrasonic Thickness Testing",
 "Part-time, day release", "Disaster and Humanitarian Relief", "Credential ID 3/000000", "Credential ID 000000",
 "Skerry North platform", "Balgay Alpha", "Tayside B FPSO", "Ferryden quay cranes", "Garvock wind farm blade repairs"]
FILES = ["txt", "docx"]
