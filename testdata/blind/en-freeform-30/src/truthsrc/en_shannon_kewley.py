T = {
 "basics": {
  "name": "Shannon Kewley",
  "label": "Casino Dealer / Roulette Inspector",
  "email": "shannon.kewley@example.com",
  "phone": "+44 7700 900286",
  "location": {"city": "Douglas", "region": "Isle of Man", "postalCode": "IM2", "countryCode": "IM"},
  "summary": "Dealer with three ship contracts and five winters on a busy island casino floor. Calm on a full roulette table, quick with payouts, good with nervous first-timers and with the regulars who think they know better.",
  "x-availability": "I can join from 1 April"
 },
 "work": [
  {"name": "Palatine Casino", "position": "Roulette Inspector", "location": "Douglas, Isle of Man", "startDate": "2022-10",
   "x-period": "Oct–Mar each year",
   "highlights": ["Inspect two American roulette tables; check payouts, chip colours and mis-deals",
                  "Train new dealers on roulette and three card poker", "Close-out counts and fill / credit slips"]},
  {"name": "Saltwater Beach Hotel", "position": "Bar Supervisor", "location": "Port Erin", "startDate": "2023-04", "endDate": "2024-09",
   "x-period": "Apr–Sep '23 and '24 (summer seasons)",
   "highlights": ["Ran a bar team of 6 for weddings and the hotel terrace"]},
  {"name": "Palatine Casino", "position": "Dealer", "location": "Douglas", "startDate": "2019", "endDate": "2022",
   "x-note": "between ship contracts",
   "highlights": ["Blackjack, roulette and poker tournaments up to 80 players"]},
  {"name": "Meridian Leisure at Sea", "position": "Casino Dealer", "x-note": "ship contracts", "startDate": "2018-04", "endDate": "2021-10",
   "summary": "MS Calliope (Apr–Oct '18, Mediterranean) / MS Aurelia Star (Nov '18 – Mar '19, Caribbean) / MS Calliope (Jul–Oct '21, Norwegian fjords)",
   "x-contracts": ["MS Calliope", "MS Aurelia Star"],
   "highlights": ["Dealt all four games and ran the slot floor on sea days"]},
  {"name": "Quayside Tavern", "position": "Bar staff", "x-employmentType": "casual", "location": "Douglas", "startDate": "2016", "endDate": "2017",
   "x-period": "TT fortnight '16 and '17"},
  {"name": "Glenmaye Lodge Hotel", "position": "Waitress", "startDate": "2016-06", "endDate": "2016-08", "x-period": "Summer '16 (Jun–Aug)"}
 ],
 "education": [
  {"institution": "Celtic Dealer Academy", "x-location": "Blackpool", "studyType": "Certificate", "area": "Casino Dealing", "endDate": "2017", "x-note": "6-week course"},
  {"institution": "Manx Hospitality College", "x-location": "Douglas", "studyType": "NVQ Level 2", "area": "Food and Beverage Service", "endDate": "2016"},
  {"institution": "Harbourside High School", "x-location": "Douglas", "studyType": "GCSEs", "x-note": "9 GCSEs", "endDate": "2015"}
 ],
 "certificates": [
  {"name": "Gaming Operative Licence", "issuer": "Isle of Man Gambling Supervision Commission", "x-number": "000000", "x-renewed": "2025-01"},
  {"name": "STCW Basic Safety Training", "x-note": "all four modules", "x-refreshed": "2024-02"},
  {"name": "ENG1 seafarer medical", "x-validTo": "2026-03"},
  {"name": "Level 2 Award in Food Safety", "x-date": "2023"}
 ],
 "skills": [
  {"keywords": ["Blackjack", "American roulette", "three card poker", "Texas hold'em"]}
 ],
 "languages": [
  {"language": "English", "fluency": "native"},
  {"language": "Spanish", "fluency": "conversational"},
  {"language": "Manx Gaelic", "fluency": "a bit of"}
 ],
 "interests": [
  {"name": "sing with a Douglas community choir"},
  {"name": "swim at the Nunnery pool most mornings"},
  {"name": "learning to sail"}
 ],
 "references": [
  {"name": "Declan Quirk", "reference": "Pit Boss, Palatine Casino", "x-phone": "07700 900311"}
 ]
}
LENIENT = ["SHANNON KEWLEY - CV", "SHANNON KEWLEY", "Casino Dealer | Roulette Inspector", "Casino Dealer - 2025 season",
 "RE: Casino Dealer - 2025 season - your application (ref CD-0412)", "Crew Recruitment", "crewing@meridian-atsea.example",
 "Hi Marta", "Best wishes", "Sent from Outlook for iOS", "14 January 2025 21:07",
 "Texas hold'em (cash and tournament)", "Roulette is my strongest",
 "Palatine Casino — Roulette Inspector — Douglas, Isle of Man — Oct '22 – present (Oct–Mar each year)",
 "MS Calliope (Apr–Oct '18, Mediterranean)", "MS Aurelia Star (Nov '18 – Mar '19, Caribbean)", "MS Calliope (Jul–Oct '21, Norwegian fjords)",
 "I sing with a Douglas community choir, swim at the Nunnery pool most mornings and I'm slowly learning to sail.",
 "Gaming Operative Licence, Isle of Man Gambling Supervision Commission (no. 000000)", "a bit of Manx Gaelic",
 "Bar staff (casual)", "Certificate in Casino Dealing (6-week course)", "9 GCSEs", "ship contracts"]
FILES = ["txt", "html"]
