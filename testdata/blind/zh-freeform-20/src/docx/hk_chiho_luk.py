"""hk_chiho_luk: Hong Kong property officer CV, Word; contacts in a text box at top right."""
import sys
from lib import *
from docx.shared import Cm, Pt

d = new_doc(font="新細明體", latin="Arial", size=10, margins=(1.6, 1.6, 2.0, 2.0))
GREEN = "1E5B4F"

p = para(d, "", after=0)
run(p, "LUK Chi Ho　陸志豪", bold=True, size=18, color=GREEN)
textbox(p, [("電話 Tel：5550 4127", False), ("電郵 Email：chiho.luk@example.com.hk", False),
            ("地址 Address：新界沙田", False)], 10.6, 0.0, 6.4, 1.7)
p = para(d, "", after=26)
run(p, "物業管理主任 Property Officer", size=11, color="555555")


def head(zh, en):
    p = para(d, "", before=10, after=4)
    run(p, zh + "  " + en, bold=True, size=11.5, color=GREEN)
    para_border_bottom(p, color=GREEN, sz=8)


def kv(k, v):
    p = para(d, "")
    run(p, k, bold=True)
    run(p, "\t" + v)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(5.2))
    return p


def bullet(text):
    p = para(d, "• " + text, indent=0.5)
    p.paragraph_format.first_line_indent = Cm(-0.3)
    return p


head("求職目標", "Career Objective")
kv("應徵職位 Position", "高級物業主任 Senior Property Officer")
kv("可上班日期 Availability", "一個月通知 One month's notice")
kv("期望薪金 Expected Salary", "HK$26,000 x 13")
kv("現時薪金 Current Salary", "HK$23,500")

head("工作經驗", "Working Experience")
jobs = [
    ("Apr 2021 – Present", "滙峰物業管理有限公司 Wui Fung Property Management Ltd.", "物業主任 Property Officer",
     "負責沙田私人屋苑「翠瀾灣」（8 座，1,600 伙）日常管理，帶領保安、清潔及維修團隊共 45 人。",
     ["跟進業主及住戶投訴，每月處理個案約 120 宗，平均 3 個工作天內回覆",
      "籌備業主委員會會議及周年大會，撰寫會議紀錄及通告",
      "監督外判合約（清潔、園藝、升降機保養），每季進行服務評核",
      "統籌 2023 年外牆維修工程，工程費約 HK$1,200 萬，按期完工"]),
    ("Sep 2017 – Mar 2021", "港城設施管理有限公司 City Harbour Facility Services Ltd.", "助理物業主任 Assistant Property Officer",
     "駐守觀塘甲級商業大廈，協助物業主任處理租戶事務及大廈保養。",
     ["處理租戶裝修申請，巡查裝修工程是否符合大廈守則",
      "每月編製管理費收支報表及欠款追收名單",
      "安排消防設備年檢及颱風前後巡查"]),
    ("Jul 2015 – Aug 2017", "港城設施管理有限公司 City Harbour Facility Services Ltd.", "客戶服務主任 Customer Service Officer",
     "", ["於商場詢問處接待訪客，處理失物、停車場月票及場地租用查詢"]),
]
for dates, co, title, summ, hl in jobs:
    p = para(d, "", before=6)
    run(p, co, bold=True)
    run(p, "\t" + dates, bold=True)
    tab_right(p, 17.0)
    p = para(d, "")
    run(p, title, italic=True, color="333333")
    if summ:
        para(d, summ)
    for h in hl:
        bullet(h)

head("學歷", "Education")
for dates, school, qual in [
        ("2019 – 2021", "香港城市專上學院 Hong Kong City College of Continuing Studies",
         "房屋管理高級文憑（兼讀制）Higher Diploma in Housing Management (Part-time)"),
        ("2009 – 2015", "慈恩書院 Chi Yan College", "香港中學文憑考試 HKDSE（2015）")]:
    p = para(d, "", before=3)
    run(p, school, bold=True)
    run(p, "\t" + dates)
    tab_right(p, 17.0)
    para(d, qual)

head("專業資格", "Professional Qualifications")
bullet("持牌物業管理人（第二級）Licensed Property Management Practitioner (Tier 2) — 物業管理業監管局，2023")
bullet("急救證書 First Aid Certificate — 香港紅十字會，2022")
bullet("建造業安全訓練證明書（平安咭）— 職業安全健康局，2019")

head("語言及電腦技能", "Languages & Computer Skills")
kv("語言 Languages", "廣東話（母語）、英文（良好）、普通話（良好）")
kv("電腦 Computer", "MS Office、Yardi、倉頡中文輸入")

head("推薦人", "Reference")
para(d, "黃國偉先生 Mr. WONG Kwok Wai")
para(d, "物業經理，滙峰物業管理有限公司　Tel：5550 4188")

d.save(sys.argv[1])
