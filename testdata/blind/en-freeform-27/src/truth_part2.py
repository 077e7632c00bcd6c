from truth_lib import write

write("en_cerys_maddox", {
 "basics": {"name": "Cerys Maddox", "label": "Choreographer & contemporary dance artist",
  "email": "cerys@maddoxdance.example", "phone": "07700 900651", "url": "https://maddoxdance.example",
  "location": {"city": "Leeds", "region": "West Yorkshire", "countryCode": "GB"},
  "profiles": [{"network": "Vimeo", "username": "cerysmaddox", "url": "https://vimeo.com/cerysmaddox"}],
  "summary": "I make small-cast dance theatre for studio theatres and non-theatre spaces — libraries, swimming baths, a bus depot — and I dance for other choreographers when the work interests me. I also lead participatory projects with older people and young dancers across Yorkshire."},
 "projects": [
  {"name": "Shallow End", "entity": "Harehills Baths Arts Trust, Leeds", "description": "site-specific, 5 dancers", "startDate": "2024", "endDate": "2024"},
  {"name": "Timetable", "entity": "Stourton Bus Depot / Leeds Dance Platform", "description": "touring, 11 venues", "startDate": "2023", "endDate": "2023"},
  {"name": "Small Hours", "entity": "Aire Studio Theatre, Leeds", "description": "solo, 35 min", "startDate": "2021", "endDate": "2021"}],
 "work": [
  {"name": "Northern Lights Dance Company", "position": "Company dancer", "location": "Leeds", "startDate": "2016", "endDate": "2019",
   "highlights": ["Four UK tours and the 2018 Edinburgh run of Fetch"]},
  {"name": "Ossett Movement Collective", "position": "Freelance dancer", "location": "Wakefield", "startDate": "2019-09", "endDate": "2021-06",
   "highlights": ["Rehearsal director for the 2020/21 digital season"]},
  {"name": "Silver Steps older people's dance", "position": "Lead artist", "location": "Leeds", "startDate": "2021",
   "summary": "weekly classes, 40 regulars"}],
 "volunteer": [
  {"organization": "Chapeltown Youth Dance", "position": "Volunteer youth company assistant", "x-location": "Leeds", "startDate": "2018", "endDate": "2022"}],
 "education": [
  {"institution": "Pennine Conservatoire of Dance", "x-location": "Leeds", "studyType": "MA", "area": "Choreography", "startDate": "2019", "endDate": "2020", "score": "Distinction"},
  {"institution": "Pennine Conservatoire of Dance", "x-location": "Leeds", "studyType": "BA (Hons)", "area": "Dance Theatre", "startDate": "2013", "endDate": "2016", "score": "First Class"}],
 "certificates": [
  {"name": "Gaga intensive", "x-location": "Tel Aviv", "x-date": "2017"},
  {"name": "Full UK driving licence"}],
 "awards": [
  {"title": "Developing Your Creative Practice grant", "awarder": "Arts Council England", "date": "2022"},
  {"title": "Leeds Dance Platform Commission", "date": "2023"}],
 "skills": [
  {"name": "Techniques", "keywords": ["release-based", "Cunningham", "contact improvisation", "Laban notation"]},
  {"name": "Making", "keywords": ["devising", "dramaturgy", "Isadora video projection", "tour booking"]}],
 "languages": [{"language": "English"}, {"language": "Welsh", "fluency": "fluent"}]
}, ["Gaga intensive, Tel Aviv, 2017", "Arts Council England, Developing Your Creative Practice grant", "Laban notation (basic)",
    "Silver Steps", "Lead artist, Silver Steps older people's dance (Leeds)", "MA Choreography", "BA (Hons) Dance Theatre",
    "Making work — choreography", "Dancing for others", "Teaching & participation", "Fetch", "Harehills Baths Arts Trust",
    "Leeds Dance Platform", "Aire Studio Theatre", "Stourton Bus Depot", "Isadora", "weekly classes, 40 regulars"])

write("en_alasdair_pennock", {
 "basics": {"name": "Alasdair Pennock", "label": "Organist & Director of Music",
  "email": "a.pennock@example.org.uk", "phone": "07700 900346", "url": "https://alasdairpennock.example",
  "location": {"address": "14 Owengate Terrace", "city": "Durham", "postalCode": "DH1 3RZ", "countryCode": "GB", "x-country": "United Kingdom"},
  "summary": "Cathedral-trained organist and choir director. For six years I have run the music of a large parish church with a paid choir of men and boys, a girls' choir and a weekly recital series, while keeping up a solo career in recital and recording."},
 "work": [
  {"name": "Collegiate Church of St Aidan", "position": "Director of Music and Organist", "location": "Durham", "startDate": "2019",
   "highlights": ["Direct two choirs (36 choristers, 8 lay clerks) for three choral services a week and about 40 concerts a year.",
    "Founded the Thursday lunchtime recital series; 120 recitals given, average audience 85.",
    "Raised £410,000 with the Friends for the 2022 restoration of the 1911 Harrison-style organ."]},
  {"name": "Minster Church of St Ebba", "position": "Acting Assistant Organist", "location": "Berwick-upon-Tweed", "startDate": "2019", "endDate": "2019",
   "x-duration": "6 mo.", "summary": "Covered a sabbatical: accompanied the minster choir and trained the probationers."},
  {"name": "Lindisfarne Cathedral Choir School", "position": "Assistant Director of Music", "location": "Newcastle upon Tyne", "startDate": "2014", "endDate": "2018",
   "highlights": ["Taught keyboard and theory to 60 pupils; prepared six choristers a year for ABRSM Grade 8."]},
  {"name": "Collegiate Church of St Aidan", "position": "Organ Scholar", "location": "Durham", "startDate": "2011", "endDate": "2014",
   "summary": "Played for evensong four days a week while studying."}],
 "education": [
  {"institution": "University of Wearside", "x-college": "St Cuthbert's College", "x-location": "Durham", "studyType": "MA", "area": "Music (Performance)",
   "startDate": "2012", "endDate": "2013", "score": "Distinction",
   "x-thesis": "The organ chorales of Johann Ludwig Krebs in English liturgical use"},
  {"institution": "University of Wearside", "x-college": "St Cuthbert's College", "x-location": "Durham", "studyType": "BA (Hons)", "area": "Music",
   "startDate": "2009", "endDate": "2012", "score": "First Class", "x-minor": "German", "x-note": "Organ scholar of the college"}],
 "certificates": [
  {"name": "Fellowship of the Royal College of Organists (FRCO)", "x-date": "2014", "x-prizes": "Limpus and Turpin prizes"},
  {"name": "Associateship of the Royal College of Organists (ARCO)", "x-date": "2011"},
  {"name": "Choral Directing Certificate (CertRCO)", "x-date": "2016"}],
 "publications": [
  {"name": "Northern Lights: Organ Music from the Tyne", "x-type": "solo CD", "publisher": "Wearside Records", "x-catalogue": "WR041", "releaseDate": "2023"},
  {"name": "Krebs in the English cathedral: a performer's view", "publisher": "Journal of the Organ Guild", "releaseDate": "2021",
   "x-citation": "18(2), 33–49", "x-doi": "10.5555/jog.2021.0182", "x-authors": "Pennock, A."}],
 "skills": [
  {"name": "Keyboard", "keywords": ["organ", "harpsichord", "piano", "continuo and transposition at sight"]},
  {"name": "Choral", "keywords": ["voice training for boys' and girls' voices", "plainsong", "Anglican chant pointing"]},
  {"name": "Admin", "keywords": ["DBS enhanced check", "safeguarding level 3", "Sibelius", "ChurchSuite"]}],
 "languages": [{"language": "German", "fluency": "good working knowledge"}, {"language": "Latin", "fluency": "reading"}],
 "references": [
  {"name": "The Revd Canon Miriam Ashworth", "reference": "Rector, Collegiate Church of St Aidan", "x-phone": "0191 498 0127"},
  {"name": "Dr Julian Fairless", "reference": "Director of Music, Lindisfarne Cathedral Choir School", "x-phone": "07700 900813"}]
}, ["Limpus and Turpin prizes", "FRCO", "ARCO", "CertRCO", "Fellowship of the Royal College of Organists (FRCO), Limpus and Turpin prizes",
    "University of Wearside, St Cuthbert's College", "St Cuthbert's College", "Wearside Records WR041", "solo CD", "MA in Music (Performance)",
    "United Kingdom", "continuo", "transposition at sight", "DBS enhanced check (2024)", "6 mo.", "doi:10.5555/jog.2021.0182", "https://doi.org/10.5555/jog.2021.0182"])

write("en_nadia_kourkoulis", {
 "basics": {"name": "Nadia Kourkoulis", "label": "Senior Perfumer", "x-headlineNote": "fine fragrance & personal care",
  "email": "nadia.kourkoulis@example.com", "phone": "(201) 555-0194",
  "location": {"city": "Teaneck", "region": "NJ", "postalCode": "07666", "countryCode": "US"},
  "profiles": [{"network": "LinkedIn", "username": "nadiakourkoulis", "url": "https://linkedin.com/in/nadiakourkoulis"}],
  "summary": "Perfumer with eleven years of creation for prestige and masstige brands. Trained in Grasse, I build fragrances from brief to launch, work closely with evaluators and regulatory, and like the challenge of a tight cost and an IFRA-compliant formula.",
  "x-memberships": ["American Society of Perfumers", "Society of Cosmetic Chemists"]},
 "work": [
  {"name": "Palisade Fragrance House", "position": "Senior Perfumer", "location": "Teaneck NJ", "startDate": "2019-09",
   "highlights": ["Lead perfumer on 14 launched fine fragrances and 30+ personal-care fragrances.",
    "Won 38% of competitive briefs entered in 2023–2024 (team average 22%).",
    "Mentor two junior perfumers; run the monthly raw-material olfaction class."]},
  {"name": "Palisade Fragrance House", "position": "Perfumer", "location": "Teaneck NJ", "startDate": "2016-06", "endDate": "2019-08",
   "highlights": ["Personal-care and home fragrances for mass brands; reformulated 60 legacy formulas for IFRA 49th Amendment."]},
  {"name": "Maison Aubrac Arômes", "position": "Junior Perfumer", "location": "Grasse, France", "startDate": "2013-10", "endDate": "2016-05",
   "highlights": ["Accords and modifications for the fine-fragrance team; natural-extract evaluation at harvest."]}],
 "projects": [
  {"name": "Salt Orchard", "entity": "Linden & Vane", "description": "Eau de parfum", "startDate": "2024", "endDate": "2024"},
  {"name": "Night Fig", "entity": "Corsaire Beauty", "description": "Eau de toilette", "startDate": "2022", "endDate": "2022"},
  {"name": "Pure Cotton Cloud", "entity": "Hollis Home", "description": "Candle and diffuser", "startDate": "2021", "endDate": "2021"}],
 "education": [
  {"institution": "École de Parfumerie de la Siagne", "x-location": "Grasse, France", "studyType": "Diploma", "area": "Perfumery",
   "startDate": "2011", "endDate": "2013", "x-rank": "Ranked 2nd of 12"},
  {"institution": "Hudson Valley University", "x-location": "New Paltz, NY", "studyType": "B.S.", "area": "Chemistry",
   "startDate": "2007", "endDate": "2011", "score": "3.84 / 4.0", "x-honors": "summa cum laude", "x-minor": "French",
   "x-thesis": "Headspace analysis of night-blooming jasmine"}],
 "publications": [
  {"name": "Fragrance composition with reduced allergen load", "x-type": "patent application", "x-authors": "Kourkoulis N., Brandt P.",
   "publisher": "US Patent Application 17/000,418", "releaseDate": "2022", "x-status": "pending"}],
 "skills": [
  {"name": "Creation", "keywords": ["fine fragrance", "personal care", "home care", "accords", "naturals"]},
  {"name": "Technical", "keywords": ["GC-MS interpretation", "IFRA standards", "SAP formula management", "cost modelling"]}],
 "languages": [{"language": "English", "fluency": "native"}, {"language": "Greek", "fluency": "fluent"}, {"language": "French", "fluency": "fluent"}]
}, ["Senior Perfumer — fine fragrance & personal care", "Senior Perfumer at Palisade Fragrance House, Teaneck NJ",
    "Perfumer at Palisade Fragrance House, Teaneck NJ", "Junior Perfumer at Maison Aubrac Arômes, Grasse, France",
    "Diploma in Perfumery", "B.S. Chemistry", "GPA 3.84 / 4.0, summa cum laude", "Ranked 2nd of 12", "Patents",
    "US Patent Application 17/000,418, filed 2022 (pending)", "Languages", "Selected launches",
    "American Society of Perfumers · Society of Cosmetic Chemists", "Teaneck, NJ 07666"])

write("en_wendell_foxcroft", {
 "basics": {"name": "Wendell Foxcroft", "label": "Artist blacksmith & architectural metalworker",
  "email": "wendell@foxcroftforge.example", "phone": "828-555-0112", "url": "https://foxcroftforge.example",
  "location": {"address": "Weaverville Rd", "city": "Asheville", "region": "NC", "postalCode": "28804", "countryCode": "US"},
  "x-memberships": ["Member, ABANA (Artist-Blacksmith's Association of North America)", "Juried member, Southern Highland Craft Guild, since 2016"]},
 "work": [
  {"name": "Foxcroft Forge", "position": "Blacksmith / owner", "location": "Asheville NC", "startDate": "2012",
   "highlights": ["Gates, railings, fireplace tools and lighting to commission , mostly for architects and builders in western NC.",
    "Two-person shop: coal and gas forges, 100 lb Little Giant power hammer, MIG/TIG.",
    "About 35 commissions a year;repeat trade work for three general contractors."]},
  {"name": "Swannanoa Ironworks", "position": "Journeyman smith", "location": "Black Mountain NC", "startDate": "2008", "endDate": "2011",
   "highlights": ["Forged and assembled railings and hardware for restoration jobs; ran the shop's demo days."]},
  {"name": "Catawba Trailer Co.", "position": "Welder / fabricator", "location": "Hickory NC", "startDate": "2005", "endDate": "2008"}],
 "volunteer": [
  {"organization": "Pisgah Folk School", "position": "Volunteer instructor", "x-location": "Brevard NC", "startDate": "2010", "endDate": "2019",
   "x-period": "weekends", "highlights": ["Beginning blacksmithing weekends, 6 students a class."]}],
 "projects": [
  {"name": "Riverbend Library entrance gates", "x-location": "Marshall NC", "description": "forged steel, 14 ft pair", "startDate": "2023", "endDate": "2023"},
  {"name": "Spiral stair railing for a private residence", "x-location": "Lake Lure NC", "startDate": "2021", "endDate": "2021"},
  {"name": "Leaf Fall wall sculpture", "x-location": "Mars Hill Arts Centre lobby", "startDate": "2019", "endDate": "2019"}],
 "education": [
  {"institution": "Swannanoa Ironworks", "studyType": "Apprenticeship", "x-master": "master smith Otis Greer", "startDate": "2008", "endDate": "2011"},
  {"institution": "Blue Ridge Valley Community College", "x-location": "Hickory NC", "studyType": "A.A.S.", "area": "Welding Technology", "endDate": "2005"}],
 "certificates": [{"name": "AWS D1.1 structural steel welding certification (3G/4G)", "x-date": "2006"}],
 "interests": [{"name": "old-time fiddle tunes"}, {"name": "trout fishing"}]
}, ["Wendell  Foxcroft", "Blacksmith / owner @ Foxcroft Forge, Asheville NC", "Journeyman smith @ Swannanoa Ironworks (Black Mountain NC)",
    "Volunteer instructor , Pisgah Folk School ( Brevard NC )", "Welder / fabricator @ Catawba Trailer Co., Hickory NC", "ABANA",
    "Southern Highland Craft Guild", "Apprenticeship with master smith Otis Greer, Swannanoa Ironworks", "Otis Greer", "Riverbend Library",
    "Leaf Fall", "A.A.S. Welding Technology", "AWS D1.1", "weekends", "Interests", "Weaverville Rd, Asheville NC 28804"])
