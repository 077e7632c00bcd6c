AGI = "Aotearoa Geohazards Institute"
KU = "Kāpiti University"
T = {
 "basics": {
  "name": "Xiaolan MA",
  "x-altName": "马晓岚",
  "label": "Postdoctoral Fellow in Seismology",
  "x-zhLabel": "地震学博士后",
  "email": "xiaolan.ma@example.org.nz",
  "phone": "+64 21 555 0163",
  "location": {"address": "Aotearoa Geohazards Institute, 1 Tawa Lane", "city": "Lower Hutt", "postalCode": "5010", "countryCode": "NZ"},
  "profiles": [{"network": "GitHub", "username": "xlma-seis", "url": "https://github.com/xlma-seis"}],
  "x-wechat": "maxl_seis",
  "x-researchInterests": "Slow slip and tectonic tremor on the Hikurangi subduction margin; microseismicity in intracontinental fault zones; machine-learning phase picking for dense networks.",
  "x-teaching": ["Teaching assistant, GEOP 201 Introductory Seismology (2019, 2020, 2021)"],
  "x-service": ["Reviewer for Journal of Pacific Seismology; early-career rep on the institute's science committee (2023 – )"]
 },
 "work": [
  {"name": AGI, "x-department": "Earthquake Source Group", "location": "Lower Hutt", "position": "Postdoctoral Fellow", "startDate": "2022-10",
   "x-period": "since Oct 2022",
   "highlights": ["Built a deep-learning tremor detector for 60 coastal stations; catalogue released openly (2024)",
                  "Co-lead of the 2023 ocean-bottom seismometer recovery voyage"]},
  {"name": KU, "location": "Wellington", "position": "Doctoral researcher and teaching assistant", "startDate": "2018-03", "endDate": "2022-08"},
  {"name": "河西地震监测中心", "x-enName": "Hexi Seismic Monitoring Centre", "location": "张掖", "x-enLocation": "Zhangye",
   "position": "助理工程师", "x-enPosition": "Assistant Engineer", "startDate": "2015-07", "endDate": "2018-01",
   "highlights": ["负责 24 个台站的日常运维与地震速报", "Relocated 3,200 microearthquakes in the central Hexi Corridor with HypoDD"]}
 ],
 "education": [
  {"institution": KU, "x-location": "Wellington", "studyType": "PhD", "area": "Geophysics", "startDate": "2018", "endDate": "2022",
   "x-thesis": "Slow slip beneath the Kāpiti coast from dense GNSS and tremor catalogues",
   "x-supervisors": "Assoc. Prof. Rawiri Tane and Dr Helen Voss"},
  {"institution": "陇原大学", "x-enInstitution": "Longyuan University", "x-location": "兰州", "studyType": "硕士", "area": "固体地球物理学",
   "x-enDegree": "MSc Solid Earth Geophysics", "startDate": "2012-09", "endDate": "2015-06"},
  {"institution": "陇原大学", "x-enInstitution": "Longyuan University", "studyType": "学士", "area": "地球物理学", "x-enDegree": "BSc Geophysics",
   "startDate": "2008-09", "endDate": "2012-06", "score": "3.7/4.0", "x-rank": "ranked 3/56"}
 ],
 "awards": [
  {"title": "Tremor migration and slow-slip forecasting", "awarder": "Aotearoa Hazards Research Fund", "date": "2024", "x-endDate": "2026",
   "x-amount": "NZ$95,000", "x-role": "principal investigator", "x-type": "grant"},
  {"title": "Kāpiti University Doctoral Thesis Prize", "date": "2022"},
  {"title": "陇原大学优秀研究生奖学金", "x-en": "Outstanding Graduate Scholarship", "date": "2014"}
 ],
 "publications": [
  {"name": "A deep-learning tremor catalogue for the southern Hikurangi margin", "publisher": "Journal of Pacific Seismology", "releaseDate": "2024", "x-doi": "10.5555/jps.2024.233", "x-authors": "Ma X, Voss H, Tane R", "x-citation": "19, 233–249"},
  {"name": "Slow slip and tremor beneath Kāpiti, 2016–2020", "publisher": "Geophysical Letters of Oceania", "releaseDate": "2021", "x-doi": "10.5555/glo.2021.041", "x-authors": "Ma X, Tane R", "x-citation": "7, 41–50"},
  {"name": "河西走廊中段微震精定位", "publisher": "陇原地球物理", "releaseDate": "2016", "x-authors": "马晓岚，王建平", "x-citation": "31(4)：55–63"},
  {"name": "Listening for slow earthquakes with 60 ears", "publisher": "Geoscience Society of New Zealand annual conference, Napier", "releaseDate": "2023", "x-type": "invited seminar"},
  {"name": "Tremor bursts before the 2021 slow-slip event", "publisher": "AGU Fall Meeting, San Francisco", "releaseDate": "2023", "x-type": "poster"}
 ],
 "skills": [
  {"name": "Code", "keywords": ["Python", "MATLAB", "Bash", "GMT"]},
  {"name": "Seismology", "keywords": ["SeisComP", "HypoDD", "ambient-noise methods", "OBS deployment"]}
 ],
 "languages": [
  {"language": "Mandarin", "x-zh": "普通话", "fluency": "native"},
  {"language": "English", "fluency": "IELTS 7.5"},
  {"language": "Lanzhou dialect", "x-zh": "兰州话", "fluency": "native"}
 ],
 "references": [
  {"name": "Assoc. Prof. Rawiri Tane", "reference": "Kāpiti University", "x-email": "rawiri.tane@example.ac.nz"},
  {"name": "Dr Helen Voss", "reference": "Aotearoa Geohazards Institute", "x-email": "h.voss@example.org.nz"}
 ]
}
LENIENT = ["https://doi.org/10.5555/jps.2024.233", "https://doi.org/10.5555/glo.2021.041", "Xiaolan MA 马晓岚", "CV — Xiaolan MA 马晓岚", "Postdoctoral Fellow in Seismology · 地震学博士后",
 "Slow slip and tectonic tremor on the Hikurangi subduction margin; microseismicity in intracontinental fault zones; machine-learning phase picking for dense networks.",
 "Earthquake Source Group", "助理工程师（Assistant Engineer）", "河西地震监测中心，张掖（Hexi Seismic Monitoring Centre, Zhangye）",
 "PhD, Geophysics", "硕士 固体地球物理学", "学士 地球物理学", "MSc Solid Earth Geophysics, Longyuan University, Lanzhou", "BSc Geophysics · GPA 3.7/4.0 (ranked 3/56)",
 "Python (ObsPy, PyTorch)", "ObsPy", "PyTorch", "微信 WeChat: maxl_seis", "English (IELTS 7.5)", "Aotearoa Hazards Research Fund",
 "陇原大学优秀研究生奖学金（Outstanding Graduate Scholarship）", "Research interests", "研究方向"]
FILES = ["html", "pdf"]
