"""Edmund Larkworthy -- auctioneer & ceramics specialist, Ludlow. Old-school British CV in Word:
run-in career paragraphs that open with the dates and the employer in bold, a notable-sales table."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

d = new_doc(font="Caladea", size=11, margins=(2.0, 2.0, 2.2, 2.2))
core(d, "CV - Edmund Larkworthy", "Edmund Larkworthy")

p = para(d, align="center", space_after=0)
run(p, "EDMUND LARKWORTHY", bold=True, size=17)
p = para(d, "Auctioneer and Specialist Valuer, Ceramics & Glass", italic=True, size=12, align="center", space_after=2)
para(d, "The Old Forge, 14 Lower Corve Street, Ludlow, Shropshire SY8 9ZQ", align="center", space_after=0, size=10)
p = para(d, "07700 900418  ·  edmund.larkworthy@example.co.uk  ·  ", align="center", size=10, space_after=6)
hyperlink(p, "https://larkworthy-ceramics.example", "larkworthy-ceramics.example", color="000000", underline=False)


def heading(text):
    p = para(d, space_before=10, space_after=4)
    run(p, text, bold=True, size=11.5, smallcaps=True)
    border(p, "bottom", sz=4, color="808080")
    return p


heading("Personal Statement")
para(d, "I have spent ten years in provincial salerooms, first cataloguing everything from house "
        "clearances to estate sales and now running the ceramics and glass department of a busy "
        "Marches auction house. I value for probate, insurance and sale, take the rostrum most weeks "
        "and enjoy the part of the job that happens in people's kitchens. I am looking for a senior "
        "specialist role with a firm that holds dedicated ceramics sales.", space_after=2)

heading("Career History")


def career(dates, employer, title, text):
    p = para(d, space_after=6)
    p.paragraph_format.left_indent = Cm(0)
    run(p, dates + ".  ", bold=True)
    run(p, employer + ".  ", bold=True)
    run(p, title + ".  ", italic=True)
    run(p, text)


career("2019 – present", "Corvedale Auction Rooms, Ludlow", "Head of Ceramics & Glass and Auctioneer",
       "I run four specialist ceramics and glass sales a year (about 1,800 lots), catalogue and "
       "photograph the department's lots, and take the rostrum for the fortnightly general sales and "
       "the quarterly fine sales. Department turnover has grown from £310,000 in 2019 to £720,000 in "
       "2024. I also carry out probate and insurance valuations across Shropshire, Herefordshire and "
       "mid-Wales and run our monthly free valuation days.")
career("2016 – 2019", "Haddon & Pryce, Cheltenham", "Junior Specialist, Ceramics",
       "Catalogued English porcelain, studio pottery and Chinese export wares for the twice-yearly "
       "Decorative Arts sales; wrote condition reports and answered bidders' queries; first took the "
       "rostrum for the Tuesday general sales in 2017.")
career("2014 – 2016", "Haddon & Pryce, Cheltenham", "Cataloguer, General Sales",
       "Viewed, lotted and described 300 to 400 lots a week from house clearances; handled "
       "commission bids and the saleroom telephones on sale days.")
career("2012 – 2014", "Marchbank Antiques Centre, Hay-on-Wye", "Sales Assistant and Stock Photographer",
       "Part-time alongside voluntary work at the county museum; ran the centre's online listings.")

heading("Notable Sales")
rows = [
    ("Date", "Lot", "Hammer"),
    ("June 2022", "Pair of Chinese famille rose vases, Qianlong period (estimate £800–1,200)", "£46,000"),
    ("March 2023", "Worcester blue and white sauceboat, c.1755", "£9,200"),
    ("Nov 2023", "Collection of 42 pieces of Ruskin Pottery, single-owner sale", "£31,500 (total)"),
    ("Sept 2024", "Studio stoneware moon jar, impressed potter's seal", "£12,800"),
]
t = d.add_table(rows=len(rows), cols=3)
cell_borders(t, sz=4, color="A0A0A0")
widths(t, [2.6, 11.0, 3.0])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=10, align="right" if j == 2 else None)
    if i == 0:
        for j in range(3):
            shade(t.cell(i, j), "E7E3DA")

heading("Qualifications & Training")
for lead, rest in [
    ("Certificate in Chattels Valuation", " — Propertymark Qualifications, 2017"),
    ("Rostrum Skills course", " — Society of Fine Art Auctioneers and Valuers (SOFAA), 2018"),
    ("Member, NAVA Propertymark (MNAVA)", " — since 2020"),
]:
    p = para(d, style="List Bullet")
    run(p, lead, bold=True)
    run(p, rest)

heading("Education")
p = para(d, space_after=0)
run(p, "Severnside University", bold=True)
run(p, ", Worcester — BA (Hons) History of Art, 2:1 (2009 – 2012)")
para(d, "Dissertation: Transfer-printed earthenware from the Shropshire potteries, 1780–1830", italic=True, space_after=4)
p = para(d, space_after=0)
run(p, "Teme Valley College", bold=True)
run(p, ", Tenbury Wells — A levels (2007 – 2009): History of Art (A), English Literature (A), Chemistry (C)")

heading("Other")
para(d, "Regular valuer on the regional television programme Attic Treasures (2021 – 2023). Talks on English "
        "porcelain to decorative arts societies in Shropshire and Herefordshire.", space_after=2)
para(d, "Full, clean UK driving licence.", space_after=2)
para(d, "Interests: bell-ringing, fly fishing on the Teme, restoring a 1967 Land Rover.", space_after=2)

heading("References")
para(d, "Available on request.")

d.save(sys.argv[1])
