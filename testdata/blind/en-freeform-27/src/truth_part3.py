from truth_lib import write

write("en_darren_tulloch", {
 "basics": {"name": "DARREN TULLOCH", "label": "Chimney sweep & HETAS registered stove installer",
  "email": "darren.tulloch@example.co.uk", "phone": "07700 900762",
  "location": {"city": "Hexham", "x-district": "Acomb", "region": "Northumberland", "postalCode": "NE46", "countryCode": "GB"},
  "summary": "Time-served sweep, 9 yrs on my own and 5 before that fitting stoves. Clean, tidy, I put dust sheets down and I turn up when I say. Looking to go back on the books with a bigger firm , less paperwork more sweeping.",
  "x-memberships": ["Guild of Master Chimney Sweeps - member since 2017"]},
 "work": [
  {"name": "Tulloch Sweeps", "x-employmentType": "self employed", "location": "Hexham", "startDate": "2016",
   "highlights": ["sweeping approx 900 chimneys a year, open fires, woodburners, Agas and oil flues",
    "CCTV flue inspections and smoke tests , certificates for landlords and insurers",
    "bird guards, cowls, minor pointing and flashing repairs"]},
  {"name": "Allen Valley Stoves", "position": "Stove fitter", "location": "Haydon Bridge", "startDate": "2011", "endDate": "2016",
   "highlights": ["installed 5-6 stoves a week incl liners, registers and hearths",
    "building regs sign off via HETAS competent person scheme"]},
  {"name": "J & K Charlton Roofing", "position": "Roofer's labourer", "location": "Prudhoe", "startDate": "2008-09", "endDate": "2011-06"}],
 "certificates": [
  {"name": "HETAS registered installer (H002/H005)", "x-renewed": "2024"},
  {"name": "CSCS green card"},
  {"name": "IPAF 3a/3b", "x-expires": "2026-11"},
  {"name": "Full driving licence, own van"}],
 "education": [
  {"institution": "Tynedale Community High School", "x-location": "Hexham", "studyType": "GCSEs", "endDate": "2005", "x-results": "Maths C, English C, DT B"},
  {"institution": "Northumbria Skills College", "x-location": "Ashington", "studyType": "City & Guilds Level 2", "area": "Roofing Occupations", "endDate": "2010"}],
 "volunteer": [
  {"position": "Retained firefighter", "startDate": "2014", "endDate": "2020", "x-note": "volunteer/on call", "x-organization": "the local station"}],
 "references": [{"reference": "Refs from customers if needed"}]
}, ["Chimney sweep", "Tulloch Sweeps (self employed), Hexham", "self employed", "Gemma Shiel", "Tynedale Trades Recruitment", "07700 900109",
    "gemma@tynedaletrades.example.co.uk", "Lorna Hedley", "lorna@hexhamhearth.example.co.uk", "available from 1 April",
    "Fwd: CV - sweep/stove fitter - Darren Tulloch", "CV - sweep/stove fitter", "Darren Tulloch", "Guild of Master Chimney Sweeps",
    "local station", "Retained firefighter with the local station", "Full driving licence", "own van",
    "City & Guilds Level 2 Roofing Occupations", "Acomb, Hexham, Northumberland NE46", "mob 07700 900762", "Hi Gemma, CV below, cheers. Darren"])

write("en_brodie_mcalister", {
 "basics": {"name": "BRODIE McALISTER", "label": "Commercial Glazier & Leading Hand",
  "email": "brodie.mcalister@example.com.au", "phone": "0491 570 156",
  "location": {"city": "Corrimal", "region": "NSW", "postalCode": "2518", "countryCode": "AU"},
  "summary": "Glazier with ten years on commercial sites around the Illawarra and southern Sydney: curtain wall, shopfronts, frameless showers and balustrades. I run a crew of four, read the shop drawings, and get the glass in safely the first time."},
 "work": [
  {"name": "Escarpment Glass & Aluminium", "position": "Leading Hand Glazier", "location": "Unanderra", "startDate": "2020-02",
   "highlights": ["Run a crew of 3–4 on commercial fit-outs and mid-rise curtain wall (up to 9 storeys).",
    "Set out and install unitised and stick-built façades; EWP and crane lifts with the dogman.",
    "Site lead on the Wollongong Health Precinct façade package, 2,400 m² of glazing."]},
  {"name": "Harbourline Façades", "position": "Glazier", "x-employmentType": "contract", "location": "Alexandria", "startDate": "2019-01", "endDate": "2019-06",
   "summary": "6-month contract on the Green Square apartments job",
   "highlights": ["Installed 600+ sliding doors and window suites; QA sign-off per floor."]},
  {"name": "Coastal Glass Co.", "position": "Apprentice, then Glazier", "location": "Fairy Meadow", "startDate": "2014", "endDate": "2018",
   "highlights": ["Residential and shopfront work: measure, cut, install; frameless showers and pool fencing.",
    "Finished apprenticeship in 2017 and stayed on as a tradesman."]},
  {"name": "Illawarra Timber & Hardware", "position": "Storeman / yard hand", "x-employmentType": "casual", "location": "Dapto", "startDate": "2012", "endDate": "2014"}],
 "education": [
  {"institution": "TAFE NSW", "x-location": "Wollongong", "studyType": "Certificate III", "area": "Glass and Glazing", "startDate": "2014", "endDate": "2017"},
  {"institution": "Towradgi Ridge High School", "studyType": "Higher School Certificate", "endDate": "2013"}],
 "certificates": [
  {"name": "General construction induction (White Card)"},
  {"name": "EWP licence (boom over 11 m, WP)"},
  {"name": "Working at Heights", "x-renewed": "2024"},
  {"name": "Forklift licence (LF)"},
  {"name": "First Aid HLTAID011", "x-expires": "2026-03"},
  {"name": "NSW driver licence (C), own ute"}],
 "skills": [{"keywords": ["Curtain wall and shopfront install", "frameless glass and balustrade", "reading shop drawings",
   "silicone and weather seals", "hand and power tools", "suction lifters and glazing robots"]}],
 "volunteer": [{"organization": "Bellambi Surf Life Saving Club", "position": "Surf lifesaver (patrol member)", "startDate": "2015"}],
 "references": [
  {"name": "Tony Marchetti", "reference": "Site Manager, Escarpment Glass & Aluminium", "x-phone": "0491 570 118"},
  {"name": "Kerrie Doolan", "reference": "Director, Coastal Glass Co.", "x-phone": "0491 570 143"}]
}, ["Leading Hand Glazier, Escarpment Glass & Aluminium (Unanderra)", "Glazier (contract), Harbourline Façades (Alexandria)",
    "Apprentice, then Glazier, Coastal Glass Co. (Fairy Meadow)", "Storeman / yard hand (casual), Illawarra Timber & Hardware (Dapto)",
    "Glazier", "Apprentice", "Certificate III in Glass and Glazing", "White Card", "Surf lifesaver", "Jan–Jun 2019",
    "NSW driver licence (C)", "own ute", "Corrimal NSW 2518"])

write("en_rosalind_ebbage", {
 "basics": {"name": "Rosalind Ebbage", "label": "Traditional upholsterer & soft furnisher", "x-headlineNote": "AMUSF",
  "email": "ros@ebbageupholstery.example", "phone": "07700 900295", "url": "https://ebbageupholstery.example",
  "location": {"city": "Bristol", "x-district": "Easton", "postalCode": "BS5", "countryCode": "GB"},
  "summary": "I strip, re-spring and re-stuff chairs and sofas the traditional way — webbing, springs, horsehair and calico — and I also make curtains, blinds and loose covers. Twelve years at the bench, the last five in my own workshop."},
 "work": [
  {"name": "Ebbage Upholstery", "position": "Owner & upholsterer", "location": "Bristol", "startDate": "2020-03",
   "highlights": ["Own workshop in a shared railway arch; about 60 pieces a year, from Victorian nursing chairs to 1960s Danish sofas.",
    "Trade work for two antique dealers and an interior designer in Clifton.",
    "Teach a Tuesday evening beginners' class (8 students, 10-week course)."]},
  {"name": "Harrow & Finch Interiors", "position": "Upholsterer", "location": "Bath", "startDate": "2015-09", "endDate": "2020-02",
   "highlights": ["Traditional and modern upholstery for the showroom and private clients; leading hand from 2018."]},
  {"name": "Corbett's Chairs", "position": "Trainee upholsterer", "location": "Frome", "startDate": "2013-01", "endDate": "2015-08"}],
 "volunteer": [
  {"organization": "Bristol Scrapstore", "position": "Volunteer", "x-team": "furniture reuse bench", "startDate": "2016-06", "endDate": "2019-12", "x-period": "Saturdays"}],
 "education": [
  {"institution": "Avon Vale College", "x-location": "Bath", "studyType": "City & Guilds Level 3 Diploma", "area": "Upholstery", "startDate": "2012", "endDate": "2014"},
  {"institution": "University of the Severn", "x-location": "Bristol", "studyType": "BA (Hons)", "area": "Textile Design", "startDate": "2008", "endDate": "2011", "score": "2:2"}],
 "certificates": [
  {"name": "AMUSF Diploma in Traditional Upholstery", "issuer": "Association of Master Upholsterers & Soft Furnishers", "x-date": "2016"}],
 "skills": [
  {"name": "Traditional", "keywords": ["hand-tied springs", "stuffed and stitched edges", "buttoning", "deep buttoning"]},
  {"name": "Modern", "keywords": ["foam and fibre", "pneumatic staplers", "zips and piping"]},
  {"name": "Soft furnishings", "keywords": ["curtains", "Roman blinds", "loose covers", "cushions"]},
  {"name": "Fire safety", "keywords": ["Furniture and Furnishings (Fire) (Safety) Regulations labelling"]}],
 "references": [
  {"name": "Mark Harrow", "reference": "Harrow & Finch Interiors", "x-phone": "07700 900588"},
  {"name": "Anjali Bose", "reference": "Bose Interiors, Clifton", "x-phone": "07700 900921"}]
}, ["Traditional upholsterer & soft furnisher · AMUSF", "Owner & upholsterer, Ebbage Upholstery (Bristol)", "Upholsterer, Harrow & Finch Interiors (Bath)",
    "Trainee upholsterer, Corbett's Chairs (Frome)", "Volunteer, Bristol Scrapstore — furniture reuse bench", "furniture reuse bench",
    "City & Guilds Level 3 Diploma in Upholstery", "City & Guilds", "Level 3 Diploma", "BA (Hons) Textile Design", "Easton, Bristol BS5", "AMUSF"])
