T = {
 "basics": {
  "name": "Hollis Brandvold",
  "label": "Letterpress printer",
  "x-headlineNote": ["wood engraver", "book artist"],
  "email": "hollis@brandvoldpress.example",
  "phone": "401-555-0166",
  "url": "https://brandvoldpress.example",
  "location": {"city": "Providence", "region": "RI", "countryCode": "US"},
  "profiles": [{"network": "Instagram", "username": "brandvoldpress", "url": "https://www.instagram.com/brandvoldpress"}],
  "summary": "I print wedding suites, broadsides and small-edition artist's books on hand-fed presses, and engrave my own blocks in end-grain boxwood. Fifteen years at the press, five of them running my own shop; I teach relief printmaking part-time.",
  "x-collections": "Work held in the special collections of Marrow College Library and the Blackstone College of Art & Design library.",
  "x-memberships": ["American Printing History Association", "Providence Book Arts Guild (treasurer, 2020 – 2023)"]
 },
 "work": [
  {"name": "Brandvold Press", "x-note": "own studio", "location": "Providence RI", "position": "Proprietor & printer", "startDate": "2019-09",
   "x-period": "Sept. 2019 to date",
   "highlights": ["Two Vandercooks and a Windmill; about 180 commissions a year",
     "Wedding and event stationery for 40+ couples a year; trade printing for two design studios",
     "Editions and broadsides sold through four bookshops and two fairs a year"]},
  {"name": "Fox Point Letterpress", "location": "Providence RI", "position": "Studio Manager", "startDate": "2014", "endDate": "2019-08",
   "highlights": ["Ran a five-press shop and two part-time printers; scheduling, paper buying, quoting",
     "Moved the shop from metal-backed polymer to plastic-backed plates, cutting plate costs by a third"]},
  {"name": "Pawtuxet Printing Museum", "location": "Cranston RI", "position": "Apprentice pressman", "x-employmentType": "part-time",
   "startDate": "2008", "endDate": "2011", "x-period": "circa 2008 – 2011",
   "highlights": ["Learned hand-setting, lock-up and make-ready on the museum's Chandler & Price platen"]},
  {"name": "Blackstone College of Art & Design", "location": "Providence RI", "position": "Adjunct Instructor, Relief Printmaking",
   "startDate": "2016", "endDate": "2022", "x-period": "Fall 2016 – Spring 2022", "x-group": "Teaching",
   "highlights": ["Two sections a year of Introduction to Letterpress and one of Wood Engraving"]}
 ],
 "projects": [
  {"name": "The Tide Tables", "startDate": "2022", "endDate": "2022",
   "description": "Artist's book with 12 wood engravings, hand-set in Caslon; edition of 40.",
   "keywords": ["end-grain boxwood", "Vandercook SP-15", "Somerset paper"]},
  {"name": "Nine Birds of the Seekonk", "startDate": "2020", "endDate": "2020",
   "description": "Broadside series; edition of 75 each.",
   "keywords": ["resin blocks", "Heidelberg Windmill", "Arches Text Wove"]}
 ],
 "education": [
  {"institution": "Blackstone College of Art & Design", "studyType": "MFA", "area": "Printmaking", "startDate": "2012", "endDate": "2014", "x-thesisShow": "Small Hours"},
  {"institution": "Marrow College", "x-location": "Ohio", "studyType": "BA", "area": "Studio Art", "startDate": "2004", "endDate": "2008", "score": "magna cum laude"}
 ],
 "awards": [
  {"title": "Narragansett Bay Arts Fund Fellowship", "date": "2021", "x-amount": "$5,000"},
  {"title": "Best in Show", "awarder": "Ocean State Book Arts Fair", "date": "2018"}
 ],
 "skills": [
  {"name": "Presses", "keywords": ["Vandercook SP-15", "Chandler & Price 10x15", "Heidelberg Windmill"]},
  {"name": "Type & blocks", "keywords": ["hand-setting", "Ludlow", "end-grain engraving", "photopolymer plates"]},
  {"name": "Digital", "keywords": ["Illustrator", "InDesign"]}
 ]
}
LENIENT = ["Letterpress printer · wood engraver · book artist", "Brandvold Press (own studio), Providence RI", "Apprentice pressman (part-time)",
 "The Tide Tables (2022)", "Nine Birds of the Seekonk (2020)", "Materials:", "MFA Printmaking", "BA Studio Art", "Teaching", "Editions", "Collections",
 "Best in Show, Ocean State Book Arts Fair", "Narragansett Bay Arts Fund Fellowship, 2021 ($5,000)", "Thesis show: Small Hours"]
FILES = ["md", "docx"]
