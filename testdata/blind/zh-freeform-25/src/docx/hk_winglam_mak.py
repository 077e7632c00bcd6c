"""hk_winglam_mak.docx — Hong Kong speech therapist; English labels, Traditional Chinese entries.

'CURRICULUM VITAE' title, a Personal Particulars label table, English headings with a rule,
entries '2021.08 – Present' + employer + title, '•' bullets, placements, HKDSE, membership,
languages and 'References: Available upon request'.
usage: python3 hk_winglam_mak.py OUT.docx
"""
import sys

from docx.shared import Cm

import lib

doc = lib.new_doc(font="新細明體", latin="Calibri", size=10.5, margins=(2.0, 2.0, 2.3, 2.3))
lib.set_core(doc, "Mak Wing Lam", "CV")

lib.para(doc, "CURRICULUM VITAE", bold=True, size=15, align="center", after=10)


def heading(text):
    p = lib.para(doc, text.upper(), bold=True, size=11.5, color="1F3864", before=10, after=4)
    lib.bottom_rule(p, color="1F3864", size=6)


heading("Personal Particulars")
t = lib.table(doc, 6, 2, [4.0, 12.4], borders=False)
for r, (k, v) in enumerate([
    ("Name", "麥穎琳（MAK Wing Lam）"),
    ("Position Applied", "言語治療師（學前康復服務）"),
    ("Mobile", "6555 0384"),
    ("Email", "winglam.mak@example.com"),
    ("Address", "新界將軍澳"),
    ("Availability", "一個月通知"),
]):
    lib.cell_text(t.cell(r, 0), k, bold=True)
    lib.cell_text(t.cell(r, 1), ": " + v)

heading("Profile")
lib.para(doc, "言語及聽覺科學學士畢業，具約七年學前及學齡兒童言語治療經驗，熟悉語言發展遲緩、構音障礙及口吃個案的評估與治療。"
              "重視與家長及老師的合作，善於設計在家及課堂都能延續的訓練活動。")


def entry(dates, org, title):
    p = lib.para(doc, before=5, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.8))
    lib.run(p, dates, bold=True)
    lib.run(p, "\t" + org, bold=True)
    q = lib.para(doc, after=1, indent=3.8)
    lib.run(q, title, italic=True)


def bullets(items):
    for b in items:
        p = lib.para(doc, "•  " + b, indent=4.3, after=0)
        p.paragraph_format.first_line_indent = Cm(-0.5)


heading("Work Experience")
entry("2021.08 – Present", "晨光兒童發展中心（東涌）", "言語治療師")
bullets([
    "為2至6歲有特殊需要的學前兒童提供評估及個別、小組治療，個案量約45名；",
    "與教育心理學家、職業治療師及老師合作，制定個別學習計劃（IEP）；",
    "每季舉辦家長工作坊，講解在家語言刺激技巧。",
])
entry("2018.09 – 2021.07", "博思言語治療中心", "言語治療師")
bullets([
    "處理語言發展遲緩、構音障礙及口吃個案，兼顧成人吞嚥評估轉介；",
    "到校支援3間幼稚園，為老師提供課堂語言策略培訓。",
])

heading("Clinical Placements")
entry("2017.06 – 2017.08", "九龍東區康復中心", "言語治療實習生（成人神經科）")
entry("2016.06 – 2016.08", "沙田兒童語言發展中心", "言語治療實習生（兒科）")

heading("Education")
entry("2014.09 – 2018.06", "香港海濱大學", "言語及聽覺科學學士（BSc in Speech and Hearing Sciences）")
entry("2008 – 2014", "寶琳培德書院", "香港中學文憑（HKDSE）")

heading("Professional Membership & Certificates")
bullets([
    "香港言語治療師協會 正式會員（2018）",
    "急救證書 — 香港紅十字會，2023（有效至2026）",
])

heading("Skills")
t = lib.table(doc, 2, 2, [4.0, 12.4], borders=False)
lib.cell_text(t.cell(0, 0), "Assessment", bold=True)
lib.cell_text(t.cell(0, 1), ": 學前兒童語言評估、構音評估、吞嚥評估")
lib.cell_text(t.cell(1, 0), "Computer", bold=True)
lib.cell_text(t.cell(1, 1), ": Microsoft Office、Canva")

heading("Languages")
lib.para(doc, "廣東話（母語）、英語（流利）、普通話（良好）")

heading("References")
lib.para(doc, "Available upon request.")

doc.save(sys.argv[1])
