"""Hong Kong CV in Traditional Chinese with English: bilingual headings, employer
line with the dates on a right tab stop, title line (Chinese + English) under it,
中五 (HKCEE) + 高級文憑, 推薦人 備索."""
import sys
from lib import *

FONT = "微軟正黑體"
d = new_doc(font=FONT, latin="Arial", size=10, margins=(1.6, 1.6, 1.9, 1.9))
W = 21.0 - 3.8

p = para(d, "", before=0)
run(p, "呂詠欣", bold=True, size=20)
run(p, "　LUI Wing Yan", bold=True, size=14, color="555555")
para(d, "燈光主管 / 燈光設計 Lighting Supervisor / Lighting Designer", size=11, color="444444")
para(d, "Tel: 5550 0186 | Email: wingyan.lui@example.com | 將軍澳 Tseung Kwan O", size=9.5)
para(d, "作品集 Portfolio: https://luiwingyan.example", size=9.5, after=4)
p = para(d, "", after=2)
run(p, "應徵職位 Position Applied: ", bold=True)
run(p, "燈光主管 Head of Lighting")

def head(zh, en):
    p = para(d, "", before=10, after=3)
    run(p, zh + " ", bold=True, size=12, color="7B1E3A")
    run(p, en, bold=True, size=10, color="7B1E3A")
    bottom_rule(p, "7B1E3A", 6)

def job(left, dates, title=None):
    p = para(d, "", before=5)
    right_tab(p, W)
    run(p, left, bold=True)
    run(p, "\t" + dates)
    if title:
        para(d, title, color="333333")

def dot(t):
    para(d, "•  " + t, indent=0.4)

head("工作經驗", "WORK EXPERIENCE")
job("維港演藝製作有限公司 Harbourlight Stage Productions Ltd.", "2019年6月 – 現在", "燈光主管 Lighting Supervisor")
dot("負責公司承接之劇場、演唱會及企業活動燈光，每年約45個製作")
dot("管理燈光技術員6名及自由身人員名冊")
dot("操作及編程 grandMA3、ETC Eos；負責 DMX / sACN 網絡規劃")
dot("2023年起擔任3個原創劇場作品之燈光設計")
job("屯門海濱劇場", "2014年8月 – 2019年5月", "舞台技術員（燈光） Stage Technician (Lighting)")
dot("場地燈光裝置、對光及演出執行；每年值班約200場")
dot("定期檢查吊桿及燈具安全，協助年度電氣測試")
job("自由身 Freelance", "2013年7月 – 2014年7月", "燈光技術員 Lighting Technician")
dot("為多個業餘劇團及學校音樂劇擔任燈光執行")

head("學歷", "EDUCATION")
job("香港舞台科技學院 Hong Kong Institute of Stagecraft", "2011年9月 – 2013年6月",
    "高級文憑（舞台及製作科技） Higher Diploma in Stage and Production Technology")
job("將軍澳循理中學", "2006年9月 – 2011年6月", "中五 香港中學會考 HKCEE：中文、英文、數學、物理、視覺藝術 合格")

head("專業資格", "QUALIFICATIONS")
dot("平安卡（建造業安全訓練證明書）")
dot("流動式升降工作台操作員證書（MEWP） 2020")
dot("急救證書 First Aid Certificate 2023")

head("技能", "SKILLS")
para(d, "燈控台：grandMA3、ETC Eos、Avolites")
para(d, "軟件：Vectorworks Spotlight、Capture、AutoCAD")

head("語言", "LANGUAGES")
para(d, "粵語（母語）、英語（良好）、普通話（一般）")

head("推薦人", "REFERENCES")
para(d, "備索 Available upon request")
d.save(sys.argv[1])
