# English rendering of a Japanese rirekisho (JIS-style form): bordered tables, photo box,
# Year | Month | History table, licences table, self-PR and "personal requests" boxes.
import sys
from docxlib import *

doc = new_doc(font="Liberation Serif", size=10, margins=(1.6, 1.5, 1.8, 1.8), east_asian="Noto Serif CJK JP")
W = text_width(doc)

p = para(doc, [("CURRICULUM VITAE", {"bold": True, "size": 15, "spacing": 2}),
               ("   (Rirekisho)", {"size": 10})], tabs=[(W, "right")], after=4)
run(p, "\tAs of April 1, 2025", size=9.5)

# --- identity block -----------------------------------------------------------
t = table(doc, 6, 4, [3.2, 6.9, 3.0, 4.3], size=6)
first_para(t.cell(0, 0), [("Furigana", {"size": 8})])
first_para(t.cell(0, 1), [("HA-SE-GA-WA  YU-I", {"size": 8, "spacing": 1})])
first_para(t.cell(1, 0), "Name", before=6)
first_para(t.cell(1, 1), [("HASEGAWA Yui", {"bold": True, "size": 16})], before=2)
para(t.cell(1, 1), [("長谷川 結衣", {"size": 12})], after=3)
ph = t.cell(0, 3).merge(t.cell(3, 3))
first_para(ph, [("PHOTO", {"size": 9, "color": "777777"})], align="center", before=30)
para(ph, [("3 cm x 4 cm", {"size": 8, "color": "777777"})], align="center")
t.cell(0, 2).merge(t.cell(1, 2))
first_para(t.cell(0, 2), [("Sex", {"size": 8})])
para(t.cell(0, 2), "Female", before=6)
first_para(t.cell(2, 0), "Date of birth")
c = t.cell(2, 1).merge(t.cell(2, 2))
first_para(c, "June 18, 1996   (Age 28)")
first_para(t.cell(3, 0), "Address")
c = t.cell(3, 1).merge(t.cell(3, 2))
first_para(c, [("〒220-0012", {"size": 9})])
para(c, "Harbour Court Minato-Mirai #302, 3-7-15 Minatomirai, Nishi-ku, Yokohama, Kanagawa")
first_para(t.cell(4, 0), "Phone")
first_para(t.cell(4, 1), "+81 90-5550-0147 (mobile)")
first_para(t.cell(4, 2), "E-mail")
first_para(t.cell(4, 3), "yui.hasegawa@example.jp")
first_para(t.cell(5, 0), "Contact address")
c = t.cell(5, 1).merge(t.cell(5, 3))
first_para(c, [("(if different from the above)  ", {"size": 8}), "Same as above"])

para(doc, "", after=4)

# --- history ----------------------------------------------------------------
ROWS = [
    ("", "", ("Education", "center")),
    ("2012", "4", "Entered Yokohama Municipal Seiryo Senior High School"),
    ("2015", "3", "Graduated from Yokohama Municipal Seiryo Senior High School"),
    ("2015", "4", "Entered Tokai Minato University, Faculty of Commerce, Department of International Trade"),
    ("2017", "9", "Exchange student, Scheldt Business School, Antwerp, Belgium (until January 2018)"),
    ("2019", "3", "Graduated from Tokai Minato University, Faculty of Commerce, Department of International Trade (Bachelor of Commerce)"),
    ("", "", ""),
    ("", "", ("Work History", "center")),
    ("2019", "4", "Joined Kaiyo Logistics Co., Ltd."),
    ("", "", "Assigned to Ocean Export Section, Yokohama Branch — Export Coordinator"),
    ("", "", "Booking, B/L preparation and container vanning schedules for 30+ shippers."),
    ("2022", "10", "Transferred to Customs Brokerage Department, Tokyo Head Office — Customs Specialist"),
    ("", "", "Import declarations via NACCS, HS classification, EPA certificates of origin."),
    ("2024", "6", "Resigned from Kaiyo Logistics Co., Ltd. for personal reasons (family relocation)"),
    ("2024", "9", "Joined Sakuragi Trading K.K. (contract employee)"),
    ("", "", "Logistics Coordinator, Import Team"),
    ("", "", "Currently employed"),
    ("", "", ("End", "right")),
]
t = table(doc, len(ROWS) + 1, 3, [1.5, 1.5, 14.4], size=6)
for i, h in enumerate(["Year", "Month", "Education and Work History"]):
    first_para(t.cell(0, i), [(h, {"size": 9})], align="center")
for r, (y, m, txt) in enumerate(ROWS, start=1):
    first_para(t.cell(r, 0), y, align="center")
    first_para(t.cell(r, 1), m, align="center")
    if isinstance(txt, tuple):
        first_para(t.cell(r, 2), txt[0], align=txt[1])
    else:
        first_para(t.cell(r, 2), txt)

para(doc, "", after=4)

LIC = [
    ("2014", "8", "EIKEN Test in Practical English Proficiency, Grade 2"),
    ("2016", "3", "Ordinary Motor Vehicle Licence (automatic transmission only)"),
    ("2018", "12", "TOEIC Listening & Reading Test, score 865"),
    ("2020", "6", "Trade Practice Certification (Boeki Jitsumu Kentei), Grade C"),
    ("2021", "11", "Passed the national Customs Specialist Examination (Tsukanshi)"),
]
t = table(doc, len(LIC) + 1, 3, [1.5, 1.5, 14.4], size=6)
for i, h in enumerate(["Year", "Month", "Licences and Qualifications"]):
    first_para(t.cell(0, i), [(h, {"size": 9})], align="center")
for r, (y, m, txt) in enumerate(LIC, start=1):
    first_para(t.cell(r, 0), y, align="center")
    first_para(t.cell(r, 1), m, align="center")
    first_para(t.cell(r, 2), txt)

para(doc, "", after=4)

# --- free boxes ---------------------------------------------------------------
t = table(doc, 3, 2, [4.0, 13.4], size=6)
first_para(t.cell(0, 0), "Reason for applying")
first_para(t.cell(0, 1), "Your import team handles the reefer and food-ingredient flows I have worked with for "
           "five years. I would like to use my customs specialist licence on the import side and grow into a "
           "coordinator role covering both clearance and domestic delivery.")
first_para(t.cell(1, 0), "Self-PR")
first_para(t.cell(1, 1), "Careful and calm under deadline pressure. At Kaiyo Logistics I reduced B/L amendment "
           "requests by about 40% by building a shipper checklist in Excel, and I trained three junior staff "
           "on NACCS entry. I enjoy solving problems with shipping lines and customs officers by phone and e-mail "
           "in Japanese and English.")
first_para(t.cell(2, 0), "Hobbies / Special skills")
first_para(t.cell(2, 1), "Hobbies: kendo (2nd dan), hiking in the Tanzawa mountains")
para(t.cell(2, 1), "Skills: Excel (VLOOKUP, pivot tables, simple macros), NACCS, SAP (SD/MM basics)")
para(t.cell(2, 1), "Languages: English (business level)")

para(doc, "", after=4)
t = table(doc, 2, 4, [4.4, 4.4, 4.3, 4.3], size=6)
first_para(t.cell(0, 0), [("Commuting time", {"size": 8})])
para(t.cell(0, 0), "approx. 50 minutes")
first_para(t.cell(0, 1), [("Nearest station", {"size": 8})])
para(t.cell(0, 1), "Sakuragicho Station (JR Negishi Line)")
first_para(t.cell(0, 2), [("Dependents (excluding spouse)", {"size": 8})])
para(t.cell(0, 2), "0")
first_para(t.cell(0, 3), [("Spouse / Spouse's dependency obligation", {"size": 8})])
para(t.cell(0, 3), "No / No")
c = t.cell(1, 0).merge(t.cell(1, 3))
first_para(c, [("Personal requests (salary, position, working hours, place of work, etc.)", {"size": 8})])
para(c, "Position desired: Import/Export Logistics Coordinator")
para(c, "Available from May 2025. Salary as per company regulations.")

save(doc, sys.argv[1])
