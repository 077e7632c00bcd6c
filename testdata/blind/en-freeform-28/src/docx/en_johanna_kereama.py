import sys
from common import *

d = new_doc(font="Carlito", size=10.5, a4=True, margins=1.9)
para(d, "Johanna Kereama", bold=True, size=22, color="4A2C4F", after=0)
para(d, "Vineyard Manager · Viticulturist", size=12, color="4A2C4F", after=2)
para(d, "Havelock North, Hawke's Bay  |  021 555 0186  |  jo.kereama@example.co.nz  |  linkedin.com/in/jokereama", size=9.5, after=8)

heading(d, "PROFILE", color="4A2C4F")
para(d, "Viticulturist with 14 vintages in Hawke's Bay and two in Marlborough and the Barossa. I run 120 ha of "
        "Gimblett Gravels and Bridge Pa vineyards for a family winery: canopy and crop planning, spray programme, "
        "SWNZ compliance, seasonal crews under the RSE scheme and a budget of NZ$2.4 m.")

heading(d, "EXPERIENCE", color="4A2C4F")
para(d, "TE AWA RIDGE ESTATE — Hastings, HB", bold=True, before=4, after=0)
tabbed(d, "Vineyard Manager", "Jul 2020 – present", bold_left=False, italic_right=True)
for b in ["Responsible for 120 ha over 6 blocks (Syrah, Merlot, Cabernet Sauvignon, Chardonnay); 3 permanent staff, up to 40 seasonal.",
          "Moved 40 ha to under-vine mowing and mid-row cover crops; herbicide use down 70 %.",
          "Frost plan with 4 new wind machines after the 2021 frost; zero frost losses since.",
          "Yield estimates within 5 % of crush for three straight vintages."]:
    bullet(d, b)
tabbed(d, "Assistant Vineyard Manager", "Aug 2016 – Jun 2020", bold_left=False, italic_right=True)
for b in ["Ran the spray programme and the RSE crew (Vanuatu) for pruning and harvest.",
          "Set up block records in Vitivisor-style spreadsheets, later moved to Vinsight."]:
    bullet(d, b)
tabbed(d, "Vineyard Supervisor", "2013 – 2016", bold_left=False, italic_right=True)
bullet(d, "Hand crews for pruning, wire-lifting and leaf-plucking; tractor and harvester operator.")

para(d, "KAIWAKA VITICULTURE SERVICES — Blenheim, Marlborough", bold=True, before=6, after=0)
tabbed(d, "Vintage Hand / Grower Liaison", "Vintage 2012 (Feb.–May)", bold_left=False, italic_right=True)
bullet(d, "Maturity sampling for 30 contract growers; harvest scheduling with the winery.")

para(d, "SEPPELTHORN WINES — Tanunda, South Australia", bold=True, before=6, after=0)
tabbed(d, "Vintage Cellarhand (contract)", "Jan.–Apr. 2011", bold_left=False, italic_right=True)
bullet(d, "Receival, pressing and ferment plunging; northern-hemisphere season swap.")

heading(d, "EDUCATION", color="4A2C4F")
tabbed(d, "Bachelor of Viticulture and Wine Science", "2007 – 2010", bold_left=True)
para(d, "Pacific Lincoln Polytechnic, Napier — Major: Viticulture")
tabbed(d, "Certificate in Pest and Disease Management", "2015", bold_left=True)
para(d, "NZ Winegrowers Growing Skills programme")

heading(d, "CERTIFICATES & LICENCES", color="4A2C4F")
for b in ["GROWSAFE Registered Chemical Applicator — renewed 2024",
          "Approved Handler (Hazardous Substances) — 2021",
          "Class 1 and Class 2 driver licence, F and W endorsements",
          "First Aid Level 2 — 2023"]:
    bullet(d, b)

heading(d, "SKILLS", color="4A2C4F")
p = para(d); run(p, "Expert: ", bold=True); run(p, "canopy management, crop estimation, spray programmes, frost protection, RSE crew management")
p = para(d); run(p, "Proficient: ", bold=True); run(p, "Vinsight, Excel, irrigation scheduling, budgeting")
p = para(d); run(p, "Familiar: ", bold=True); run(p, "QGIS, NDVI drone imagery, te reo Māori")

heading(d, "AWARDS", color="4A2C4F")
bullet(d, "Hawke's Bay Young Viticulturist of the Year — runner-up, 2014")
bullet(d, "Sustainable Winegrowing NZ Vineyard Award (Te Awa Ridge Estate team), 2023")

heading(d, "REFERENCES", color="4A2C4F")
para(d, "Marama Tūhoe-Blake, General Manager, Te Awa Ridge Estate — 06 555 0147")
para(d, "Greg Oldfield, Director, Kaiwaka Viticulture Services — 03 555 0162")
d.save(sys.argv[1])
