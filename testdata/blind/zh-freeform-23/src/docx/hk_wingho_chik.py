"""植永豪 — 香港註冊中醫師: Traditional-Chinese Word CV, 學歷 table in two languages."""
import sys
from docx.shared import Pt, Cm
from lib import *

out = sys.argv[1]
doc = new_doc("新細明體", 10.5, margins=(1.8, 1.8, 2.0, 2.0))
p = para(doc, "", align="center", after=0)
run(p, "植永豪", bold=True, size=20, font="微軟正黑體")
run(p, "　CHIK Wing Ho", bold=True, size=14, font="微軟正黑體")
para(doc, "香港註冊中醫（全科）　Registered Chinese Medicine Practitioner", align="center", color="7F4F24", after=2)
para(doc, "電話：5550 3816　｜　電郵：chikwingho@example.com　｜　居住地區：九龍觀塘", align="center", after=8)


def h(zh, en):
    p = para(doc, "", before=10, after=4)
    run(p, zh, bold=True, size=12.5, font="微軟正黑體", color="7F4F24")
    run(p, "　" + en, bold=True, size=10, font="微軟正黑體", color="7F4F24")
    bottom_border(p, "7F4F24", 8)


h("求職資料", "Application Details")
for t in ["應徵職位：駐診中醫師（全職）", "可上班日期：一個月通知", "期望薪金：HK$45,000 / 月（可商議）"]:
    para(doc, t)

h("個人簡介", "Profile")
para(doc, "香港註冊中醫，持中醫學及生物醫學雙學位，並修讀針灸學碩士。六年臨床經驗，擅長痛症針灸、"
          "內科調理及婦科，熟悉非牟利機構中醫服務流程，能以粵語、普通話及英語與病人溝通。")

h("學歷", "Education")
rows = [
    ("年份\nYear", "院校\nInstitution", "學歷\nQualification"),
    ("2018 – 2021", "嶺東大學 中醫藥學院\nSchool of Chinese Medicine, Lingdong University",
     "中醫學碩士（針灸學）（兼讀制）\nMaster of Chinese Medicine (Acupuncture), Part-time"),
    ("2012 – 2018", "嶺東大學 中醫藥學院\nSchool of Chinese Medicine, Lingdong University",
     "中醫學學士及生物醫學理學士（雙學位）\nBachelor of Chinese Medicine and Bachelor of Science in Biomedical Science (Double Degree)"),
    ("2006 – 2012", "觀瀾書院\nKwun Lan College", "香港中學文憑考試\nHKDSE"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for j, (r, vals) in enumerate(zip(t.rows, rows)):
    for i, v in enumerate(vals):
        cell_text(r.cells[i], v, bold=(j == 0), fill=("F3E9DC" if j == 0 else None), size=9.5)
widths(t, [2.6, 6.4, 8.2])

h("工作經驗", "Working Experience")
para(doc, "2019年8月至今　　德安中醫診所（觀塘店）", bold=True, before=2, after=0)
p = para(doc, "", after=2)
run(p, "駐診中醫師 ", bold=True)
run(p, "Resident Chinese Medicine Practitioner", italic=True)
for x in [
    "每日應診約 35–40 人次，以痛症、失眠、腸胃及婦科調理為主",
    "負責診所針灸及拔罐療程，設計頸肩痛針灸療程套票，回頭率約七成",
    "指導兩名中醫實習生，並協助診所通過藥材質量內部審核",
]:
    para(doc, "•　" + x)
para(doc, "2018年9月 – 2019年7月　　康和綜合中醫診所（非牟利機構）", bold=True, before=6, after=0)
p = para(doc, "", after=2)
run(p, "助理中醫師 ", bold=True)
run(p, "Assistant Chinese Medicine Practitioner", italic=True)
for x in [
    "於資深中醫指導下應診，參與長者中醫外展義診 20 餘次",
    "負責病歷電子化整理及中藥配方顆粒庫存管理",
]:
    para(doc, "•　" + x)

h("專業資格", "Professional Qualifications")
for x in [
    "香港註冊中醫（全科）— 香港中醫藥管理委員會（2018）",
    "中醫執業資格試 — 香港中醫藥管理委員會（2018）",
    "急救證書 — 香港紅十字會（2023，有效至 2026）",
]:
    para(doc, "•　" + x)

h("語言及電腦", "Languages & IT")
para(doc, "語言：粵語（母語）、普通話（流利）、英語（良好）")
para(doc, "電腦：中醫診所管理系統、Microsoft Office、中文輸入（倉頡）")

h("義務工作", "Voluntary Work")
para(doc, "2016 – 至今　　觀塘區長者中心　義務中醫（每月一次社區健康講座及義診）")
doc.save(out)
