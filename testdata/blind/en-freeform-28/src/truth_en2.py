# Hand-written truths, people 7-11. Imported by truths.py.
from truth_en1 import W, E, C
P = {}

P["en_ottilie_brennan"] = ({
  "basics": {
    "name": "Ottilie Brennan",
    "label": "Puppet maker & puppeteer (graduate)",
    "x-objective": "looking for a making or touring role from September 2025",
    "email": "ottilie.brennan@example.com",
    "phone": "07700 900947",
    "url": "https://ottiliemakes.example",
    "location": {"city": "Bristol", "postalCode": "BS5", "countryCode": "GB"},
    "profiles": [{"network": "Instagram", "username": "ottilie.makes", "url": "https://instagram.com/ottilie.makes"}],
    "summary": "Final-year puppetry student. I carve, sculpt and cast heads, build rod, table-top and Bunraku-style puppets, and perform them. Three professional credits as maker and one as puppeteer on a small-scale tour."
  },
  "education": [
    E("Severnside School of Performing Arts", "Theatre Design: Puppetry", "BA (Hons)", "2022-09", "2025-06",
      score="predicted First", **{"x-status": "expected", "x-location": "Bristol",
      "x-thesis": "Breath and the still puppet: stillness in table-top work"}),
    E("Frome Valley College", "Art & Design", "Foundation Diploma", "2021", "2022", score="Distinction"),
    {"studyType": "A levels", "endDate": "2021", "x-results": "Art (A*), English Literature (A), Design & Technology (B)"},
  ],
  "work": [
    W("Moonraker Puppet Company", "Puppet Maker", "2024", "2024", **{"x-period": "Spring 2024",
      "x-production": "The Lighthouse Keeper's Cat", "x-note": "tour of 24 venues",
      "highlights": ["Built the cat (rod puppet, carved lime-wood head, sprung tail) and two shadow figures."]}),
    W("Harbourside Family Theatre", "Puppeteer", "2024-06", "2024-07", **{"x-employmentType": "placement",
      "x-production": "Under the Pier",
      "highlights": ["Operated right hand and feet of a three-person Bunraku figure; 31 shows."]}),
    W("Tallow & Twine Workshop", "Assistant Maker", "2023", location="Bristol", **{"x-employmentType": "part-time",
      "highlights": ["Moulding and casting (Plastiline, silicone, Jesmonite), painting, repairs for touring companies."]}),
    W("Redcliffe Arts Centre", "Front of House Assistant", "2022-09", "2023-04"),
  ],
  "projects": [
    {"name": "Paper Tide", "startDate": "2024", "endDate": "2024", "description": "devised table-top show, 20 minutes",
     "roles": ["designer and lead puppeteer"], "keywords": ["paper pulp", "cane", "LED"]},
    {"name": "The Glass Ferryman", "startDate": "2023", "endDate": "2023",
     "description": "marionette build (stringing and control design)"},
  ],
  "skills": [
    {"name": "Expert", "level": "Expert", "keywords": ["wood carving", "sculpting in Plastiline", "mould making"]},
    {"name": "Proficient", "level": "Proficient", "keywords": ["rod and table-top puppetry", "shadow puppetry", "sewing and costume for puppets"]},
    {"name": "Familiar", "level": "Familiar", "keywords": ["marionette stringing", "Arduino animatronics", "Procreate"]},
  ],
  "languages": [{"language": "English", "fluency": "C2 (native)"}, {"language": "French", "fluency": "B2"},
                {"language": "Japanese", "fluency": "A1"}],
  "awards": [
    {"title": "Puppet Design Prize", "awarder": "Severnside School of Performing Arts", "date": "2024"},
    {"title": "Bristol Young Makers Bursary", "date": "2023", "x-amount": "£750"},
  ],
  "certificates": [C("Enhanced DBS", **{"x-date": "2024"}), C("Full driving licence")],
  "interests": [{"name": "sea kayaking"}, {"name": "linocut printing"}, {"name": "folk dance"}],
  "references": [{"name": "Dr Rosalind Achterberg", "reference": "Course Leader, Severnside School of Performing Arts",
                  "x-email": "r.achterberg@example.ac.uk"}],
}, ["Puppet maker & puppeteer (graduate) — looking for a making or touring role from September 2025", "Puppet maker & puppeteer",
    "About", "Making and performing", "Student projects", "Also", "Puppeteer (placement)", "The Lighthouse Keeper's Cat",
    "Under the Pier", "tour of 24 venues", "Moonraker Puppet Company (tour of 24 venues)", "A levels", "predicted First",
    "Dissertation", "Enhanced DBS (2024)", "C2", "native", "Instagram", "Bristol BS5", "Jun 2025 (expected)",
    "Art (A*)", "English Literature (A)", "Design & Technology (B)", "Materials: paper pulp, cane, LED"])

P["en_jonty_raistrick"] = ({
  "basics": {
    "name": "Jonty Raistrick",
    "label": "Heritage Roofer",
    "x-headlineNote": "slate, stone & lead",
    "email": "jonty.raistrick@example.co.uk",
    "phone": "07700 900381",
    "location": {"city": "Keswick", "region": "Cumbria", "countryCode": "GB"},
    "summary": "Time-served roofer, 17 years on slate and lead, mostly listed buildings and chapels in the Lake District. Westmorland green and Burlington slate in diminishing courses, Collyweston-style stone, lead bays and gutters, and the odd thatch repair when asked. Run my own small crew now."
  },
  "work": [
    {"name": "Raistrick Heritage Roofing", "location": "Keswick", "startDate": "2019", "x-note": "own business", "highlights": [
      "3-man crew; re-roofs and repairs for the National Trust's contractors, churches and private listed houses.",
      "Re-slated St Kentigern's church, Threlkeld (2022): 180 m2 of Westmorland green in diminishing courses, new lead valleys.",
      "Quote, order slate, deal with conservation officers."]},
    W("Helvellyn Roofing & Building Ltd", "Chargehand Roofer", "2015-04", "2018-12", location="Penrith", highlights=[
      "Ran jobs of 2-6 men; new build and heritage.",
      "Lead work to Lead Sheet Training Academy standard."]),
    W("Helvellyn Roofing & Building Ltd", "Roofer", "2011-09", "2015-03", location="Penrith"),
    W("Borrowdale Slaters", "Apprentice Roofer", "2007", "2011", location="Cockermouth",
      highlights=["Day release to college; slating, tiling, lead flashings."]),
  ],
  "education": [
    E("Solway Building College", "Roof Slating & Tiling", "NVQ Level 3", "2009", "2011", **{"x-location": "Workington"}),
    E("Solway Building College", "Roof Slating & Tiling", "NVQ Level 2", "2007", "2009", **{"x-location": "Workington"}),
    E("Lakeland Heritage Trust", "Heritage Skills: Traditional Slating", None, None, "2016", **{"x-note": "short course"}),
  ],
  "certificates": [
    C("CSCS Gold Card (Skilled Worker)", **{"x-expires": "2027"}),
    C("Heritage Skills CSCS card", **{"x-date": "2020"}),
    C("PASMA Towers for Users", **{"x-date": "2023"}),
    C("Advanced Leadwork", "Lead Sheet Training Academy", **{"x-date": "2017"}),
    C("SSSTS", "CITB", **{"x-date": "2021"}),
  ],
  "skills": [{"name": "Good at", "keywords": ["slate dressing & holing", "diminishing courses", "lead bossing and welding",
              "reading old roofs", "estimating", "working to listed-building consent"]}],
  "volunteer": [{"organization": "Keswick Mountain Rescue team", "startDate": "2014"}],
  "interests": [{"name": "fell running (Bob Graham Round 2021)"}],
  "references": [{"reference": "on request"}],
}, ["HERITAGE ROOFER - SLATE, STONE & LEAD", "Heritage Roofer — slate, stone & lead", "Keswick, Cumbria", "What I do", "Jobs",
    "Training", "Cards & tickets", "Outside of work", "refs on request", "References on request.",
    "Raistrick Heritage Roofing (own business)", "own business", "Lead Sheet Training Academy – Advanced Leadwork",
    "CSCS Gold Card", "Skilled Worker", "NVQ Level 3 Roof Slating & Tiling", "NVQ Level 2 Roof Slating & Tiling",
    "Heritage Skills: Traditional Slating (short course)", "fell running", "Bob Graham Round 2021",
    "volunteer with Keswick Mountain Rescue team since 2014", "Good at"])

P["en_genevieve_marchildon"] = ({
  "basics": {
    "name": "Geneviève Marchildon",
    "label": "Certified Realtime Captioner (CART)",
    "x-headlineNote": "English and French",
    "email": "g.marchildon@example.ca",
    "phone": "613-555-0139",
    "location": {"city": "Ottawa", "region": "ON", "countryCode": "CA"},
    "summary": "14 years of realtime captioning for broadcast, parliamentary committees, courts and university classrooms.\nSustained realtime accuracy of 99.2 % at 220 wpm (NCRA CRC test); French captioning at 180 wpm.\nTrains and mentors new captioners; maintains shared job dictionaries of 40,000+ entries."
  },
  "work": [
    W("Capital Access Captioning Inc.", "Senior Realtime Captioner", "2018-04", "2024-03", location="Ottawa, ON", **{
      "x-period": "FY2019–FY2024", "x-hoursPerWeek": "37.5", "x-salary": "CAD 78,500 per year",
      "x-supervisor": "Daniel Ouimet, Operations Manager, 613-555-0158 (may be contacted)",
      "summary": "Captioned live committee proceedings and news broadcasts for public-sector clients under a standing offer.",
      "highlights": [
        "Captioned 1,100+ hours a year of live proceedings; lead captioner on the election-night broadcast in 2019 and 2021.",
        "Built the team's procedure and place-name dictionary for federal committees (Eclipse).",
        "Trained 6 junior captioners; second-checked their output during probation."]}),
    W("Rideau Court Reporting Ltd.", "Realtime Captioner (CART)", "2024-03", location="Gatineau, QC", **{
      "x-hoursPerWeek": "20 (part-time, remote)", "x-supervisor": "Hélène Brisebois, Managing Partner, 819-555-0171",
      "highlights": ["CART for university lectures and tribunal hearings in English and French (Zoom, StreamText)."]}),
    W("Northern Lights Captioning", "Broadcast Captioner", "2010-09", "2018-03", location="Sudbury, ON", **{
      "x-hoursPerWeek": "40", "x-salary": "CAD 52,000 per year (at leaving)",
      "highlights": ["Live captioning of local and regional news, hockey and municipal council meetings."]}),
  ],
  "education": [
    E("Outaouais College of Applied Arts", "Court and Realtime Reporting", "Diploma", "2008", "2010", score="Honours",
      **{"x-location": "Ottawa"}),
    E("Université Laurentienne-du-Nord", "French Studies", "B.A.", "2004", "2008", **{"x-location": "Sudbury"}),
  ],
  "certificates": [
    C("Certified Realtime Captioner (CRC)", "National Court Reporters Association", **{"x-date": "2015"}),
    C("Certified Shorthand Reporter", "Chartered Shorthand Reporters' Association of Ontario", **{"x-date": "2011"}),
    C("Government of Canada Reliability Status security clearance", **{"x-validTo": "2027"}),
    C("Public Service second-language evaluation: French C/C/C", **{"x-date": "2022"}),
  ],
  "languages": [{"language": "French", "fluency": "native"}, {"language": "English", "fluency": "native (bilingual)"},
                {"language": "Spanish", "fluency": "B1"}],
  "skills": [{"name": "Software", "keywords": ["Eclipse", "Case CATalyst", "StreamText", "1CapApp",
              "Zoom and Teams caption APIs", "Microsoft Word"]}],
  "volunteer": [
    {"organization": "Outaouais College of Applied Arts", "position": "Volunteer mentor", "startDate": "2016",
     "x-program": "captioning student program"},
    {"organization": "Ontario Realtime Writers' Circle", "position": "Board member", "startDate": "2020", "endDate": "2023"},
  ],
  "references": [{"reference": "Daniel Ouimet and Hélène Brisebois (above); others on request."}],
}, ["Geneviève Marchildon - Résumé", "Geneviève Marchildon (Ottawa, ON · 613-555-0139 · g.marchildon@example.ca)",
    "Certified Realtime Captioner (CART) — English and French", "Summary of qualifications", "Employment history",
    "Dates:", "Hours per week:", "Salary:", "Supervisor:", "Language", "Level", "Software", "Professional service",
    "Volunteer mentor, captioning student program", "captioning student program", "Daniel Ouimet", "Hélène Brisebois",
    "Public Service second-language evaluation: French C/C/C (2022).", "FY2019–FY2024 (April 2018 – March 2024)",
    "Realtime Captioner", "CART", "Ottawa, ON"])

P["en_philippa_catchpole"] = ({
  "basics": {
    "name": "Philippa Catchpole",
    "label": "Professional Genealogist & Probate Researcher",
    "email": "philippa@catchpoleresearch.example",
    "phone": "07700 900692",
    "url": "https://catchpoleresearch.example",
    "location": {"city": "Lewes", "region": "East Sussex", "countryCode": "GB"},
    "summary": "Genealogist and heir hunter with twenty years in archives, most of them spent tracing missing beneficiaries for solicitors and the courts. Member of AGRA and a Register of Qualified Genealogists entrant. I also teach family-history courses and speak to societies across the South East.",
    "x-memberships": ["Full Member, AGRA (Association of Genealogists and Researchers in Archives)"],
    "x-teaching": ["Tutor, “Tracing Your Family History” (10-week evening course), Lewes Adult Learning Centre",
                   "Guest lecturer, probate research module, University of Weald and Downs"]
  },
  "work": [
    W("Catchpole Research", "Principal", "2014-03", location="Lewes",
      summary="Probate and missing-beneficiary research for 70+ law firms; lineage reports, title research, expert witness statements. Two part-time researchers."),
    W("Hargreave & Moss Heir Hunters", "Senior Case Researcher", "2008", "2014", location="London",
      summary="Bona vacantia cases from the Government Legal Department list; international tracing (Ireland, Australia, Poland)."),
    W("Sussex Downs Record Office", "Searchroom Archivist", "2004", "2008", location="Lewes", **{"x-note": "county archive",
      "summary": "Reader enquiries, parish-register and tithe-map searches, volunteer supervision."}),
  ],
  "education": [
    E("University of Weald and Downs", "Genealogical Studies", "Postgraduate Certificate", "2012", "2014"),
    E("Thameside University", "Archives and Records Management", "MA", "2002", "2003"),
    E("University of the Marches", "History", "BA (Hons)", "1998", "2001", score="2:1", **{"x-location": "Hereford"}),
  ],
  "publications": [
    {"name": "Unclaimed estates and the 1921 census", "publisher": "Genealogists' Quarterly", "releaseDate": "2022",
     "x-authors": "Catchpole, P.", "x-citation": "38(2): 14–21"},
    {"name": "A Guide to Sussex Nonconformist Registers", "publisher": "Downland Press", "releaseDate": "2019",
     "x-authors": "Catchpole, P. and R. Otway", "x-place": "Lewes"},
    {"name": "Heirs in the workhouse: Poor Law records for probate research", "publisher": "Sussex Family History Group",
     "releaseDate": "2024", "x-type": "invited talk"},
    {"name": "DNA and the missing beneficiary", "publisher": "Society of Genealogists online lecture series",
     "releaseDate": "2023", "x-type": "invited talk"},
    {"name": "Finding the Irish cousins", "publisher": "Kent Archives Fair, Maidstone", "releaseDate": "2021",
     "x-type": "invited talk"},
  ],
  "certificates": [
    C("Register of Qualified Genealogists", **{"x-note": "RQG entrant", "x-date": "2018"}),
    C("AncestryDNA and FTDNA analysis", "Genetic Genealogy Summer School", **{"x-note": "certificate", "x-date": "2020"}),
  ],
  "volunteer": [
    {"organization": "AGRA", "position": "Council member", "startDate": "2017", "endDate": "2023",
     "summary": "chair of the professional standards subcommittee 2020–2023"},
    {"organization": "Sussex parish registers project", "position": "Volunteer transcriber", "startDate": "2011"},
  ],
  "skills": [{"keywords": ["Palaeography", "probate and intestacy law", "DNA match analysis", "Ancestry", "Findmypast",
                           "TNA Discovery", "Irish civil records", "Polish metrical books"]}],
  "references": [
    {"name": "Mr Andrew Felgate", "reference": "Partner, Felgate Warbleton LLP, Eastbourne", "x-phone": "01632 960214"},
    {"name": "Dr Susan Merriweather", "reference": "Programme Director, University of Weald and Downs"},
  ],
}, ["Profile", "Employment", "Teaching", "Invited talks", "Publications", "Credentials & memberships", "Service", "Skills",
    "Referees", "Full Member, AGRA (Association of Genealogists and Researchers in Archives)", "AGRA",
    "Register of Qualified Genealogists — RQG entrant", "Palaeography (secretary hand, Latin)", "secretary hand", "Latin",
    "Polish metrical books (with a translator)", "Postgraduate Certificate in Genealogical Studies",
    "MA Archives and Records Management", "BA (Hons) History", "Sussex Downs Record Office (county archive)",
    "Tutor, “Tracing Your Family History” (10-week evening course), Lewes Adult Learning Centre",
    "Guest lecturer, probate research module, University of Weald and Downs", "Lewes Adult Learning Centre",
    "Tracing Your Family History", "Andrew Felgate", "Susan Merriweather", "Lewes, East Sussex"])

P["en_dale_whitmore"] = ({
  "basics": {
    "name": "Dale Whitmore",
    "label": "Falconer & Airside Wildlife Control Officer",
    "email": "dale@whitmorehawks.example",
    "phone": "07700 900127",
    "url": "https://whitmorehawks.example/cv",
    "location": {"city": "Otley", "region": "West Yorkshire", "countryCode": "GB"},
    "x-birds": [{"name": "Nettle", "species": "Harris hawk", "since": "2016"}, {"name": "Sleet", "species": "Peregrine × saker", "since": "2019"}, {"name": "Fen", "species": "Harris hawk", "since": "2021"}]
  },
  "work": [
    W("Aerohawk Bird Control Ltd", "Senior Falconer", "2018-03", **{"x-site": "contract at Leeds Bradford Airport",
      "summary": "Airside bird and wildlife hazard management on a 24/7 rota with a team of five falconers and eight birds.",
      "highlights": [
        "Fly Harris hawks and a peregrine × saker hybrid to clear gulls, lapwing and corvids from runway strips.",
        "Keep the wildlife hazard log and monthly bird-strike statistics for the airport safety team (CAP 772).",
        "Airside driving permit holder; R/T with ATC on the ground frequency.",
        "Cut confirmed strikes by a third over three years with a new long-grass and dispersal plan."]}),
    W("Aerohawk Bird Control Ltd", "Falconer", "2015-05", "2018-02", **{"x-site": "landfill and commercial contracts",
      "highlights": ["Gull control at two landfill sites and a food-distribution centre; pigeon proofing with the pest team."]}),
    W("Wharfedale Bird of Prey Centre", "Keeper / Display Falconer", "2010", "2015", location="Burley-in-Wharfedale",
      highlights=["Care of 40 birds (owls, hawks, falcons, a golden eagle); daily flying displays; imprinting and training of young birds.",
                  "School and care-home outreach visits (approx. 60 a year)."]),
  ],
  "volunteer": [{"organization": "Aire Valley Raptor Rescue", "position": "Weekend volunteer", "startDate": "2012",
                 "x-note": "charity", "highlights": ["Rehabilitation of injured raptors; release assessments."]}],
  "education": [
    E("Craven Vale College", "Animal Management", "Level 3 Diploma", "2008", "2010", score="Merit", **{"x-location": "Skipton"}),
    E("Lantra", "Bird Control using Birds of Prey", "Award", None, "2016"),
  ],
  "certificates": [
    C("Airside Driving Permit (ADP)", "Leeds Bradford Airport", **{"x-date": "2018"}),
    C("Natural England general licences GL40/GL41", **{"x-note": "user", "x-status": "current"}),
    C("Home Office Firearms Certificate", **{"x-status": "current"}),
    C("Falconry Bird Registration", "APHA", **{"x-note": "for bred birds, as required"}),
    C("Lantra First Aid (Animal)", **{"x-date": "2022"}),
  ],
  "languages": [{"language": "English", "fluency": "native"}, {"language": "German", "fluency": "A2", "x-note": "evening class"}],
  "interests": [{"name": "Hill walking"}, {"name": "wood carving (perches and blocks)"}, {"name": "Otley Show committee"}],
}, ["Dale Whitmore — CV", "Skills & Experience", "Education", "Licences", "Birds I fly", "Bird", "Species", "Since",
    "Nettle", "Sleet", "Fen", "Harris hawk", "Peregrine × saker", "QR code to Dale's online CV",
    "Scan for references and licence copies", "whitmorehawks.example/cv", "Languages", "Interests",
    "Aerohawk Bird Control Ltd (contract at Leeds Bradford Airport)", "Aerohawk Bird Control Ltd (landfill and commercial contracts)",
    "Aire Valley Raptor Rescue (charity)", "Lantra Award: Bird Control using Birds of Prey", "Lantra Award",
    "Natural England general licences GL40/GL41 (user)", "Falconry Bird Registration (APHA)", "German (A2, evening class)",
    "Level 3 Diploma in Animal Management", "Keeper", "Display Falconer", "qr-dale.svg"])
