LVU = "Lee Valley University"
T = {
 "basics": {
  "name": "Siobhán Kiely",
  "label": "Registered Public Health Nurse",
  "x-postNominals": "RGN, RPHN",
  "email": "siobhan.kiely@example.ie",
  "phone": "087 000 0142",
  "location": {"address": "14 Ashgrove Terrace", "city": "Tralee", "region": "Co. Kerry", "postalCode": "V92 XXXX", "countryCode": "IE"},
  "summary": "Public health nurse with ten years' nursing in acute and community settings in Ireland and London. I run child health clinics, visit new mothers and older people at home across a rural North Kerry caseload, and I am a Category 1 nurse prescriber."
 },
 "work": [
  {"name": "HSE Community Services Kerry", "position": "Public Health Nurse", "x-site": "Ballyroe Health Centre", "location": "Tralee",
   "startDate": "2020-03", "x-period": "since March 2020",
   "highlights": ["Caseload of about 2,400 people across six rural district electoral divisions",
     "Primary visits to new mothers within 72 hours of discharge; developmental checks at 3, 9 and 21 months",
     "Set up a weekly drop-in breastfeeding clinic (2021) with the local lactation group",
     "Leg ulcer and palliative home care with the GP practices and the hospice team"]},
  {"name": "Oakpark Regional Hospital", "position": "Staff Nurse, Acute Medical Unit", "location": "Tralee",
   "startDate": "2016-09", "endDate": "2020-02",
   "summary": "Twenty-eight-bed unit; nurse in charge on nights from 2018."},
  {"name": "Thamesbridge Hospital", "position": "Staff Nurse", "x-employmentType": "agency", "x-agency": "Carelink Nursing", "location": "London",
   "startDate": "2013-09", "endDate": "2016-07",
   "summary": "Rolling three-month contracts on respiratory and elderly-care wards."}
 ],
 "education": [
  {"institution": LVU, "x-location": "Cork", "studyType": "Higher Diploma", "area": "Public Health Nursing", "startDate": "2019", "endDate": "2020", "score": "First Class Honours"},
  {"institution": LVU, "x-location": "Cork", "studyType": "BSc (Hons)", "area": "General Nursing", "startDate": "2008", "endDate": "2012",
   "score": "Second Class Honours, Grade 1 (2.1)", "x-percentage": "68%"},
  {"institution": "Presentation Secondary School", "x-location": "Listowel", "studyType": "Leaving Certificate", "endDate": "2008", "score": "525 points"}
 ],
 "certificates": [
  {"name": "Registered General Nurse", "issuer": "NMBI", "x-number": "000000", "x-date": "2012"},
  {"name": "Registered Public Health Nurse", "issuer": "NMBI", "x-number": "000000", "x-date": "2020"},
  {"name": "Registered Nurse Prescriber", "issuer": "NMBI", "x-number": "000000", "x-date": "2022"},
  {"name": "NMC (UK)", "x-number": "00A0000E", "x-status": "lapsed 2017"},
  {"name": "Certificate in Nurse Prescribing (Category 1)", "issuer": LVU, "x-date": "2022"},
  {"name": "Basic Life Support for Healthcare Providers", "issuer": "Irish Heart Foundation", "x-date": "2024"},
  {"name": "Children First e-learning", "issuer": "Tusla", "x-date": "2023"}
 ],
 "skills": [
  {"name": "Expert", "level": "Expert", "keywords": ["child health surveillance", "breastfeeding support", "wound and leg ulcer care", "home visiting"]},
  {"name": "Working", "level": "Working", "keywords": ["Irish Sign Language", "nurse prescribing", "SNOMED coding", "Excel"]}
 ],
 "languages": [
  {"language": "English", "fluency": "C2"},
  {"language": "Irish", "fluency": "B2", "x-writing": "B1"},
  {"language": "French", "fluency": "A2", "x-writing": "A1"}
 ],
 "volunteer": [
  {"organization": "North Kerry Breastfeeding Circle", "position": "Committee member", "startDate": "2017", "endDate": "2021"}
 ],
 "interests": [
  {"name": "camogie"}, {"name": "walk the Kerry Way"}, {"name": "learning the concertina"}
 ],
 "references": [{"reference": "References available on request."}]
}
LENIENT = ["Registered Public Health Nurse · RGN, RPHN", "NMBI PIN", "Staff Nurse (agency)", "Thamesbridge Hospital, London, via Carelink Nursing",
 "HSE Community Services Kerry — Ballyroe Health Centre, Tralee", "Higher Diploma in Public Health Nursing", "BSc (Hons) General Nursing",
 "Second Class Honours, Grade 1 (2.1) — 68%", "2.1", "Registered General Nurse (2012)", "00A0000E — lapsed 2017",
 "I play camogie with a junior club, walk the Kerry Way when the weather allows and I'm learning the concertina.",
 "Language", "Listening", "Speaking", "Writing", "CV Siobhan Kiely"]
FILES = ["docx", "pdf"]
