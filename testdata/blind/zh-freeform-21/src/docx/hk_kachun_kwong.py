"""KWONG Ka Chun, Kelvin 鄺家俊 — Quantity Surveyor: English-led bilingual Word CV."""
import sys
from lib import *

out = sys.argv[1]
doc = new_document(east="新細明體", ascii_font="Arial", size=10, margins=(1.7, 1.7, 2.0, 2.0), lang="zh-HK")
set_core(doc, title="CV - Kelvin Kwong", author="Kelvin Kwong")
TAB = 17.0
NAVY = "1F3864"

p = doc.add_paragraph()
runs(p, [("KWONG Ka Chun, Kelvin", dict(size=20, bold=True, color=NAVY)),
         ("　鄺家俊", dict(size=16, bold=True, color=NAVY, east="新細明體"))])
para(doc, "Quantity Surveyor 工料測量師　|　MHKIS, MRICS, RPS(QS)", size=11, color="404040", after=2)
para(doc, "Mobile 手提電話: 5550 7263　|　Email 電郵: kelvin.kwong@example.com　|　Address 地址: Hung Hom, Kowloon 九龍紅磡",
      size=9, color="404040", after=4)


def heading(text):
    p = para(doc, text, bold=True, size=11.5, color=NAVY, before=9, after=3)
    bottom_border(p, color=NAVY, size=6)
    return p


def head(left, right, italic_line=None):
    p = doc.add_paragraph()
    right_tab(p, TAB)
    font(p.add_run(left), bold=True)
    font(p.add_run("\t" + right), color="404040")
    fmt(p, before=5, after=0)
    if italic_line:
        para(doc, italic_line, italic=True, after=1)
    return p


def bullet(text):
    return para(doc, "•\t" + text, indent=0.6, first=-0.45, after=1, align=JUSTIFY)


heading("Career Objective 求職目標")
para(doc, "Senior Quantity Surveyor (Consultant side) 高級工料測量師（顧問公司）", after=1)
para(doc, "Chartered quantity surveyor with nine years of consultant and contractor experience in public housing and private residential projects. "
          "Looking for a senior role leading pre- and post-contract cost management.", align=JUSTIFY, after=1)

heading("Professional Experience 工作經驗")
head("Harbourline Cost Consultants Limited 港灣成本顧問有限公司", "Jun 2022 – Present",
     "Senior Quantity Surveyor 高級工料測量師")
bullet("Lead the cost management of two public housing developments (HK$2.1 billion in total) from tender documentation to final account.")
bullet("Prepare cost plans, bills of quantities under HKSMM4 and tender reports; chair tender interviews with contractors.")
bullet("Assess interim payments, compensation events and variations under NEC4 ECC Option B.")
bullet("Supervise three assistant quantity surveyors and two graduate trainees.")
head("Sun Hei Lung Construction Company Limited 新熙隆建築有限公司", "Aug 2018 – May 2022",
     "Quantity Surveyor 工料測量師")
bullet("Contractor-side QS for a 38-storey residential development in Tseung Kwan O (contract sum HK$860 million).")
bullet("Prepared interim payment applications, valued variations and managed 14 subcontract accounts.")
bullet("Agreed the main contract final account within nine months of practical completion.")
head("Harbourline Cost Consultants Limited 港灣成本顧問有限公司", "Jul 2016 – Jul 2018",
     "Assistant Quantity Surveyor 助理工料測量師")
bullet("Took off quantities with CostX for school and community hall projects; assisted in site valuations and cost reports.")

heading("Education 教育")
head("Lion Rock University 獅子山大學", "Sep 2012 – Jun 2016",
     "Bachelor of Science (Honours) in Surveying 測量學（榮譽）理學士 — Second Class Honours (Upper Division)")
head("Wah Fung College 華峰書院", "Sep 2006 – Jul 2012", "Hong Kong Diploma of Secondary Education (HKDSE) 香港中學文憑")

heading("Professional Qualifications 專業資格")
for a, b in [("Member, The Hong Kong Institute of Surveyors (MHKIS), Quantity Surveying Division", "2020"),
             ("Member, Royal Institution of Chartered Surveyors (MRICS)", "2021"),
             ("Registered Professional Surveyor (Quantity Surveying) 註冊專業測量師（工料測量）, Surveyors Registration Board", "2021")]:
    p = doc.add_paragraph()
    right_tab(p, TAB)
    font(p.add_run("•\t" + a))
    font(p.add_run("\t" + b), color="404040")
    fmt(p, indent=0.6, first=-0.45, after=1)

heading("Skills 技能")
p = para(doc, "", after=1)
runs(p, [("Software: ", dict(bold=True)), ("CostX, CATO, Bluebeam Revu, AutoCAD, Microsoft Excel", {})])
p = para(doc, "", after=1)
runs(p, [("Contracts & Standards: ", dict(bold=True)), ("HKSMM4, NEC4, GCC for Building Works", {})])

heading("Languages 語言")
para(doc, "Cantonese 廣東話 (Native 母語)　|　English 英語 (Fluent 流利)　|　Putonghua 普通話 (Good 良好)", after=1)

heading("Other Information 其他資料")
para(doc, "Expected Salary 期望薪金: HK$58,000 per month", after=1)
para(doc, "Availability 可上班日期: One month's notice 一個月通知期", after=1)

heading("References 推薦人")
para(doc, "Available upon request 如有需要，可提供", after=1)
doc.save(out)
