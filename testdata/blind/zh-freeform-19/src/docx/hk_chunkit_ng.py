# 伍俊傑 — 電業工程人員 (Hong Kong): bilingual headings, Particulars grid, Education with HKDSE results table
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from docx.shared import Cm

out = sys.argv[1]
d = new_doc(font="新細明體", size=10.5, margins=(2.0, 2.0, 2.0, 2.0))
para(d, "履歷表 CURRICULUM VITAE", bold=True, size=14, align="center", after=10)

def h(zh, en):
    p = para(d, "", before=10, after=4)
    run(p, zh + " " + en, bold=True, size=11.5)
    bottom_rule(p)

h("個人資料", "Particulars")
t = d.add_table(rows=0, cols=4)
no_borders(t)
rows = [
    ("姓名 Name", "伍俊傑 NG Chun Kit", "性別 Sex", "男 Male"),
    ("出生日期 Date of Birth", "03/1999", "國籍 Nationality", "中國香港 Hong Kong SAR"),
    ("電話 Mobile", "5550 3816", "電郵 E-mail", "chunkit.ng@example.com.hk"),
    ("住址 Address", "新界將軍澳（寶琳）", "可上班日期 Availability", "一個月通知"),
    ("應徵職位 Position", "電業工程人員（B級）Electrical Worker", "期望薪金 Expected Salary", "HK$24,000"),
]
for a, b, c, e in rows:
    r = t.add_row()
    cell_text(r.cells[0], a, bold=True, size=9.5)
    cell_text(r.cells[1], b, size=9.5)
    cell_text(r.cells[2], c, bold=True, size=9.5)
    cell_text(r.cells[3], e, size=9.5)
widths(t, [3.0, 4.6, 3.2, 6.2])

h("學歷", "Education")
p = para(d, "", after=1)
run(p, "2017年9月 – 2019年7月　", bold=True)
run(p, "東九龍科技專科學院（觀塘分校）")
para(d, "電機工程文憑 Diploma in Electrical Engineering（全日制）", after=4)
p = para(d, "", after=1)
run(p, "2011年9月 – 2017年7月　", bold=True)
run(p, "將軍澳嘉信中學")
para(d, "香港中學文憑考試 HKDSE（2017）成績：", after=2)
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "科目 Subject", bold=True, shade="EDEDED")
cell_text(t.rows[0].cells[1], "等級 Level", bold=True, shade="EDEDED")
for s, g in [("中國語文", "3"), ("英國語文", "3"), ("數學（必修部分）", "3"), ("通識教育", "3"),
             ("物理", "4"), ("資訊及通訊科技", "3")]:
    r = t.add_row()
    cell_text(r.cells[0], s)
    cell_text(r.cells[1], g)
widths(t, [6.0, 3.0])

h("工作經驗", "Working Experience")
jobs = [
    ("06/2021 – 現在", "宏暉機電工程有限公司", "電業工程人員（B級）",
     ["負責商場及住宅大廈低壓電力裝置的安裝、維修及定期測試（WR1/WR2）；",
      "處理跳掣、漏電等故障，每月平均跟進 40 宗維修工單；",
      "協助工程主任準備測試紀錄及完工圖則。"]),
    ("08/2019 – 05/2021", "宏暉機電工程有限公司", "見習技術員（電工學徒）",
     ["在註冊電業工程人員指導下參與新樓盤的配線、裝置燈具及插座；",
      "完成學徒訓練計劃，期間考獲 A 級及 B 級電業工程人員註冊。"]),
]
for dates, co, title, duties in jobs:
    p = para(d, "", before=4, after=1)
    run(p, dates + "　", bold=True)
    run(p, co + "　", bold=True)
    run(p, title)
    for x in duties:
        para(d, "• " + x)

h("專業資格", "Professional Qualifications")
para(d, "• 註冊電業工程人員 B級（機電工程署），2021年")
para(d, "• 註冊電業工程人員 A級（機電工程署），2020年")
para(d, "• 平安卡（建造業安全訓練證明書），2019年")
para(d, "• 密閉空間核准工人證書，2022年")

h("語言及技能", "Languages & Skills")
para(d, "語言：廣東話（母語）、英文（一般）、普通話（一般）")
para(d, "技能：低壓配電系統、照明及插座線路、AutoCAD（讀圖）、Microsoft Office")

h("推薦人", "Reference")
para(d, "備索 Available upon request")
d.save(out)
