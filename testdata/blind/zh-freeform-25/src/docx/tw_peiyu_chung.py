"""tw_peiyu_chung.docx — a Taiwan job-bank résumé downloaded as Word (104-style export).

Header / footer with the (invented) job bank, 個人資料 and 求職條件 label grids with 希望待遇,
學歷 table, 工作經歷 as 年/月 blocks (left cell: start / 至 / end, right cell: company card),
語文能力 聽說讀寫 grid, 專長, 證照 table, 自傳.
usage: python3 tw_peiyu_chung.py OUT.docx
"""
import sys

from docx.shared import Pt

import lib

ORANGE = "E8750F"
doc = lib.new_doc(font="新細明體", latin="Arial", size=10, margins=(1.7, 1.6, 1.8, 1.8))
lib.set_core(doc, "向陽人力銀行", "鍾沛妤的履歷")

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
lib.run(hp, "向陽人力銀行", bold=True, color=ORANGE, size=11, font="微軟正黑體")
lib.run(hp, "　｜　履歷表　　代碼：X7315520", size=8, color="888888", font="微軟正黑體")
fp = sec.footer.paragraphs[0]
lib.run(fp, "本履歷由 向陽人力銀行 xiangyang.example 產生，僅供求才企業參考，請勿轉作他用。", size=7.5,
        color="999999", font="微軟正黑體")

p = lib.para(doc, after=2)
lib.run(p, "鍾沛妤", bold=True, size=20, font="微軟正黑體")
lib.run(p, "　Chung Pei-Yu", size=12, color="666666")
lib.para(doc, "女｜30歲｜在職中｜最後更新：2025/05/02", size=9, color="888888", after=6)


def bar(text):
    p = lib.para(doc, before=10, after=4)
    lib.run(p, "  " + text, bold=True, size=11.5, color="FFFFFF", font="微軟正黑體")
    lib.para_shade(p, ORANGE)


def kv_table(rows, widths=(2.6, 5.9, 2.6, 6.3)):
    t = lib.table(doc, len(rows), 4, list(widths), color="E5E5E5")
    lib.cell_margins(t, 30, 30, 80, 80)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            if c % 2 == 0:
                lib.shade(cell, "F7F7F7")
                lib.cell_text(cell, text, color="777777")
            else:
                lib.cell_text(cell, text)
    return t


bar("個人資料")
kv_table([
    ("中文姓名", "鍾沛妤", "英文姓名", "Chung Pei-Yu"),
    ("性　　別", "女", "出生年月", "1994/08"),
    ("手　　機", "0936-555-207", "E-mail", "peiyuchung@example.com"),
    ("聯絡地址", "台中市西區", "就業狀態", "在職中"),
    ("駕駛執照", "輕型機車、普通小型車", "交通工具", "機車"),
])

bar("求職條件")
kv_table([
    ("希望性質", "全職工作", "上班時段", "日班"),
    ("可上班日", "錄取後一個月", "希望待遇", "月薪 38,000~45,000元"),
    ("希望職稱", "花藝設計師", "希望職類", "花藝設計師、婚禮企劃人員"),
    ("希望地點", "台中市西區、台中市北屯區", "希望產業", "花卉/園藝、婚禮服務"),
])

bar("學歷")
t = lib.table(doc, 2, 4, [6.4, 4.4, 2.4, 4.2], color="E5E5E5")
lib.cell_margins(t, 30, 30, 80, 80)
for c, h in enumerate(("學校名稱", "科系", "學歷", "就學期間")):
    lib.shade(t.cell(0, c), "F7F7F7")
    lib.cell_text(t.cell(0, c), h, color="777777")
for c, v in enumerate(("中彰科技大學", "園藝系", "大學", "2012/9~2016/6　畢業")):
    lib.cell_text(t.cell(1, c), v)

bar("工作經歷　　總年資：8~9年")
jobs = [
    ("2021年4月", "仍在職", "4年2個月", "日和花藝設計有限公司", "資深花藝設計師",
     "花卉/園藝", "10人", "管理2人", [
         "1. 婚禮及企業活動花藝提案、報價與現場佈置，每年執行婚禮約60場；",
         "2. 負責門市每週商業空間花藝（飯店大廳、精品櫃位）換花設計；",
         "3. 帶領2名花藝助理，安排進貨、備花與保鮮流程，花材損耗率降至8%以下；",
         "4. 規劃與教授成人花藝體驗課，每月4堂。",
     ]),
    ("2018年7月", "2021年3月", "2年9個月", "森野婚禮顧問有限公司", "婚禮花藝師",
     "婚禮服務", "30人", "無", [
         "1. 依新人需求設計捧花、胸花、迎賓區與主桌花藝；",
         "2. 與婚顧、場地溝通佈置動線，婚禮當天負責進場與撤場。",
     ]),
    ("2016年7月", "2018年6月", "2年", "花語小舖（勤美店）", "花藝助理",
     "花卉零售", "5人", "無", [
         "1. 花材整理、保鮮、包裝與門市銷售；",
         "2. 協助節慶檔期（情人節、母親節）花束製作，單日最高出貨約300束。",
     ]),
]
for start, end, dur, company, title, ind, size, mgr, lines in jobs:
    t = lib.table(doc, 1, 2, [3.0, 14.4], color="E5E5E5")
    lib.cell_margins(t, 60, 60, 100, 100)
    lib.cant_split(t.rows[0])
    left, right = t.cell(0, 0), t.cell(0, 1)
    lib.shade(left, "FFF4EA")
    lib.vcenter(left)
    lib.cell_text(left, f"{start}\n至\n{end}\n（{dur}）", align="center", color="A0520A")
    p = right.paragraphs[0]
    lib.run(p, company, bold=True, size=11)
    q = right.add_paragraph()
    lib.run(q, title, bold=True, color=ORANGE)
    q = right.add_paragraph()
    lib.run(q, f"產業類別：{ind}　｜　公司規模：{size}　｜　管理責任：{mgr}", size=9, color="777777")
    q = right.add_paragraph()
    lib.run(q, "工作內容：", color="777777")
    for line in lines:
        q = right.add_paragraph()
        lib.run(q, line)
    lib.para(doc, after=2)

bar("語文能力")
t = lib.table(doc, 3, 5, [3.4, 3.5, 3.5, 3.5, 3.5], color="E5E5E5")
lib.cell_margins(t, 30, 30, 80, 80)
for r, row in enumerate([("語言", "聽", "說", "讀", "寫"),
                         ("英文", "略懂", "略懂", "中等", "略懂"),
                         ("台語", "精通", "精通", "—", "—")]):
    for c, v in enumerate(row):
        if r == 0:
            lib.shade(t.cell(r, c), "F7F7F7")
        lib.cell_text(t.cell(r, c), v, align="center", color="777777" if r == 0 else None)

bar("專長")
lib.para(doc, "花藝專長：新娘捧花、婚禮會場佈置、商業空間花藝、乾燥花與永生花", after=1)
lib.para(doc, "設計軟體：Illustrator、Canva", after=1)

bar("證照")
t = lib.table(doc, 3, 3, [6.6, 7.2, 3.6], color="E5E5E5")
lib.cell_margins(t, 30, 30, 80, 80)
for r, row in enumerate([("證照名稱", "發照單位", "取得日期"),
                         ("花藝技術士 乙級", "勞動部勞動力發展署技能檢定中心", "2019/11"),
                         ("花藝技術士 丙級", "勞動部勞動力發展署技能檢定中心", "2015/07")]):
    for c, v in enumerate(row):
        if r == 0:
            lib.shade(t.cell(r, c), "F7F7F7")
        lib.cell_text(t.cell(r, c), v, color="777777" if r == 0 else None)

bar("自傳")
for para_text in [
    "我是鍾沛妤，大學讀園藝系，畢業後從花店助理做起，先在門市學會花材的保鮮與包裝，之後進入婚禮顧問公司，"
    "負責婚禮花藝，練就了在有限時間內完成大型佈置的節奏感。",
    "現在的工作以婚禮和商業空間花藝為主，也開始帶助理和教課。我喜歡把客人說不清楚的想像變成具體的花型與配色，"
    "希望下一份工作能參與更多品牌活動與空間設計，持續累積作品。",
]:
    lib.para(doc, para_text, first=0.7, after=3)

doc.save(sys.argv[1])
