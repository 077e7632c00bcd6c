import sys
from lib import *

d = new_doc(font="新細明體", latin="Arial", size=10)
TEAL = "0E5E6F"


def head(zh, en):
    p = para(d, before=9, after=3)
    run(p, zh + "  ", bold=True, size=11.5, color=TEAL)
    run(p, en, bold=True, size=9, color="7F7F7F")
    pborder(p, "bottom", TEAL, 6)


p = para(d, after=0)
run(p, "區嘉儀", bold=True, size=20)
run(p, "　AU Ka Yee, Kelly", size=12, color="555555")
p = para(d, after=6)
run(p, "酒店前堂管理｜11年五星級酒店經驗", size=10.5, color=TEAL)

head("個人資料", "PERSONAL PARTICULARS")
t = table(d, 4, 4, widths=[2.8, 5.9, 2.8, 5.9], style=None)
no_borders(t)
rows = [
    ("應徵職位", "前堂經理 Front Office Manager", "可上班日期", "一個月通知期"),
    ("電話", "(852) 5550 0173", "電郵", "kelly.au@example.com.hk"),
    ("地址", "香港九龍紅磡", "期望薪金", "HK$42,000 / 月（可商議）"),
    ("語言", "廣東話（母語）、英語（流利）、普通話（良好）、日語（JLPT N3）", "", ""),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v:
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0), color=("555555" if j % 2 == 0 else None))
a, b = t.rows[3].cells[1], t.rows[3].cells[3]
a.merge(b)

head("工作經驗", "WORK EXPERIENCE")
jobs = [
    ("Front Office Manager 前堂經理", "Jan 2021 – Present",
     "維港嘉悅酒店 Harbourview Grand Hotel（尖沙咀，五星級，612間客房）",
     ["管理前堂部約35名員工（接待、禮賓、總機、行政樓層），直接向房務總監匯報",
      "疫情期間負責政府指定檢疫酒店安排，統籌每日入住／退房約180間",
      "2023年客人滿意度（Medallia）由 86.2 提升至 91.5，TripAdvisor 排名升至區內第 4",
      "與收益部合作推行升級銷售計劃，每月額外房租收入約 HK$38 萬"]),
    ("Assistant Front Office Manager 助理前堂經理", "2016年6月至2020年12月",
     "海景軒酒店 The Seaview Pavilion（灣仔）",
     ["2016年6月入職為值班經理（Duty Manager），2018年4月晉升助理前堂經理",
      "負責VIP及團體入住安排、投訴處理及夜班值班",
      "協助酒店由 Opera V5 轉用 Opera Cloud，培訓前線同事 40 餘人"]),
    ("Guest Service Agent 客務主任", "2013年8月至2016年5月",
     "港島東方酒店（北角）",
     ["負責前台接待、入住及退房、外幣兌換；2015年獲選「季度最佳員工」"]),
]
for title, dates, co, bullets in jobs:
    p = para(d, before=6)
    right_tab(p, 17.2)
    run(p, title, bold=True)
    run(p, "\t" + dates, color="555555")
    p = para(d)
    run(p, co, italic=True, color="333333")
    for bl in bullets:
        para(d, "•  " + bl, indent=0.4)

head("學歷", "EDUCATION")
p = para(d)
right_tab(p, 17.2)
run(p, "BA (Hons) International Hospitality Management", bold=True)
run(p, "\t2017 – 2019（兼讀）", color="555555")
para(d, "英國西岸城市大學（香港遙距課程） University of Westshire (distance learning)")
p = para(d, before=4)
right_tab(p, 17.2)
run(p, "酒店管理高級文憑 Higher Diploma in Hotel Management", bold=True)
run(p, "\t2011 – 2013", color="555555")
para(d, "香港海濱專上學院 Harbourfront Institute of Higher Education")

head("專業資格及技能", "QUALIFICATIONS & SKILLS")
para(d, "•  Certified Front Office Manager (CFOM), AHLEI – 2022")
para(d, "•  急救證書（聖約翰救傷隊）– 2024")
para(d, "•  系統：Opera PMS / Opera Cloud、Medallia、Microsoft Excel")

head("推薦人", "REFERENCES")
t = table(d, 1, 2, widths=[8.7, 8.7], style=None)
no_borders(t)
cell_text(t.rows[0].cells[0], "陳國棟先生 Mr. CHAN Kwok Tung\n房務總監 Director of Rooms\n維港嘉悅酒店\n電話：(852) 5550 0188")
cell_text(t.rows[0].cells[1], "李美華女士 Ms. LEE Mei Wah\n前堂經理（已退休）\n海景軒酒店\n電話：(852) 5550 0129")

d.save(sys.argv[1])
