SUH = "Severnside University Hospitals NHS Trust"
T = {
 "basics": {
  "name": "QUARRINGTON, Helena",
  "x-postNominals": "DPhil, MIPEM",
  "label": "Clinical Scientist (Radiotherapy Physics)",
  "email": "h.quarrington@example.org",
  "phone": "07700 900512",
  "location": {"address": "Department of Medical Physics, Kernow Cancer Centre", "city": "Truro", "region": "Cornwall", "postalCode": "TR1", "countryCode": "GB"},
  "profiles": [{"network": "ORCID", "username": "0000-0000-0000-0000", "url": "https://orcid.org/0000-0000-0000-0000"}],
  "x-teaching": ["MSc Clinical Science: lectures on small-field dosimetry and Monte Carlo methods (6 h a year, 2019 – present).",
                 "Training officer for STP trainees in radiotherapy physics at Kernow (4 trainees since 2021)."],
  "x-supervision": ["Supervised 3 MSc research projects; second supervisor of one PhD student (2023 – )."],
  "x-service": ["Reviewer for Clinical Dosimetry Letters and British Journal of Applied Radiation Physics.",
                "Member, regional radiotherapy dosimetry audit group (2020 – present)."]
 },
 "work": [
  {"name": "Kernow Cancer Centre", "position": "Principal Clinical Scientist, Radiotherapy Physics", "location": "Truro",
   "startDate": "2021-04",
   "summary": "Lead physicist for stereotactic and surface-guided radiotherapy on three linacs.",
   "highlights": ["Commissioned a surface-guided set-up system and wrote its local QA programme.",
                  "Clinical lead for the move from 3D-conformal to VMAT breast planning (2022)."]},
  {"name": "Carrick University", "x-department": "School of Physics", "position": "Honorary Lecturer", "x-fte": "0.1 FTE",
   "location": "Falmouth", "startDate": "2022-03", "x-period": "since March 2022"},
  {"name": SUH, "position": "Senior Clinical Scientist", "location": "Bristol", "startDate": "2018-10", "endDate": "2021-03",
   "summary": "Treatment planning physics and small-field dosimetry; deputy for the brachytherapy service."},
  {"name": SUH, "position": "Trainee Clinical Scientist (STP, Medical Physics)", "location": "Bristol", "startDate": "2015-09", "endDate": "2018-09"}
 ],
 "education": [
  {"institution": "University of Kingsmead", "studyType": "DPhil", "area": "Medical Physics", "startDate": "2011", "endDate": "2015",
   "x-period": "Michaelmas 2011 – Trinity 2015",
   "x-thesis": "Monte Carlo verification of small-field output factors for stereotactic radiosurgery",
   "x-supervisor": "Prof. Alaric Dunmore"},
  {"institution": "Carrick University", "studyType": "MSc", "area": "Clinical Science (Medical Physics)", "startDate": "2015", "endDate": "2018",
   "score": "Distinction", "x-note": "part of the NHS Scientist Training Programme"},
  {"institution": "University of Haverleigh", "studyType": "MPhys (Hons)", "area": "Physics", "startDate": "2007", "endDate": "2011", "score": "First Class"}
 ],
 "awards": [
  {"title": "Surface-guided deep-inspiration breath-hold for left breast: a two-centre audit", "awarder": "Cornwall Health Research Fund",
   "date": "2023", "x-endDate": "2025", "x-amount": "£148,500", "x-role": "PI", "x-type": "grant"},
  {"title": "3D-printed bolus for head and neck electrons", "awarder": "Severnside Hospitals Charity",
   "date": "2020", "x-endDate": "2021", "x-amount": "£24,000", "x-role": "co-investigator", "x-type": "grant"},
  {"title": "IPEM travel bursary", "date": "2019", "x-amount": "£750", "x-type": "grant"}
 ],
 "certificates": [
  {"name": "HCPC registration", "x-number": "CS00000", "x-date": "2018"}
 ],
 "publications": [
  {"name": "Surface-guided DIBH in a district centre: first 200 patients", "publisher": "Clinical Dosimetry Letters", "releaseDate": "2024", "x-doi": "10.5555/cdl.2024.045", "x-authors": "Quarrington H, Pellow J, Tresize M", "x-citation": "2024;11:45–52"},
  {"name": "Detector perturbation in 4 mm cones revisited", "publisher": "British Journal of Applied Radiation Physics", "releaseDate": "2016", "x-doi": "10.5555/bjarp.2016.211", "x-authors": "Quarrington H, Dunmore A", "x-citation": "2016;38:211–220"},
  {"name": "Printed bolus for electron fields: dose at depth", "publisher": "Clinical Dosimetry Letters", "releaseDate": "2021", "x-doi": "10.5555/cdl.2021.017", "x-authors": "Okonkwo D, Quarrington H", "x-citation": "2021;8:17–23"},
  {"name": "Small fields, big errors", "publisher": "IPEM Radiotherapy Physics meeting, Birmingham", "releaseDate": "2023", "x-type": "invited talk"},
  {"name": "Surface guidance without the hype", "publisher": "South West Radiotherapy Network study day, Exeter", "releaseDate": "2024", "x-type": "invited talk"}
 ],
 "skills": [
  {"name": "Expert", "level": "Expert", "keywords": ["Eclipse", "EGSnrc", "small-field dosimetry", "Python"]},
  {"name": "Working", "level": "Working", "keywords": ["RayStation", "MATLAB", "TOPAS", "3D printing"]}
 ],
 "languages": [
  {"language": "English", "fluency": "native"},
  {"language": "French", "fluency": "B2"}
 ]
}
LENIENT = ["https://doi.org/10.5555/cdl.2024.045", "https://doi.org/10.5555/bjarp.2016.211", "https://doi.org/10.5555/cdl.2021.017", "QUARRINGTON, Helena DPhil, MIPEM", "Helena Quarrington", "Quarrington – CV", "HCPC registration CS00000 (since 2018)",
 "Kernow Cancer Centre, Truro", "School of Physics, Carrick University, Falmouth", "Severnside University Hospitals NHS Trust, Bristol",
 "Honorary Lecturer (0.1 FTE)", "DPhil Medical Physics, University of Kingsmead", "MSc Clinical Science (Medical Physics), Carrick University",
 "MPhys (Hons) Physics, University of Haverleigh", "Cornwall Health Research Fund", "Severnside Hospitals Charity",
 "ORCID orcid.org/0000-0000-0000-0000", "Department of Medical Physics"]
FILES = ["pdf", "txt"]
