"""tw_shihting_yen: Taiwan 104-style Word résumé (民國 years), tables with shaded heading rows."""
import sys
from lib import *
from docx.shared import Cm, Pt

d = new_doc(font="新細明體", latin="Arial", size=10, margins=(1.5, 1.5, 1.8, 1.8))
ORANGE, LIGHT = "F28C28", "FDEBD8"

p = para(d, "", align="center", after=2)
run(p, "個人履歷", bold=True, size=18, font="微軟正黑體")
p = para(d, "", align="center", after=6)
run(p, "顏詩婷　Shih-Ting Yen　｜　機場地勤運務　5年經驗", size=10.5, color="555555")


def block(title, rows, label_w=3.0, total=17.4):
    t = d.add_table(rows=1, cols=4)
    borders(t, color="BBBBBB")
    c = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(c, title, bold=True, size=11, color="FFFFFF")
    shade(c, ORANGE)
    for r in rows:
        cells = t.add_row().cells
        if len(r) == 2:
            cells[1].merge(cells[3])
            cell_text(cells[0], r[0], bold=True)
            shade(cells[0], LIGHT)
            cell_text(cells[1], r[1])
        else:
            for j in range(4):
                cell_text(cells[j], r[j], bold=(j % 2 == 0))
                if j % 2 == 0:
                    shade(cells[j], LIGHT)
    widths(t, [label_w, total / 2 - label_w, label_w, total / 2 - label_w])
    para(d, "", after=4)
    return t


block("基本資料", [
    ["姓名", "顏詩婷", "英文姓名", "Shih-Ting Yen"],
    ["性別", "女", "出生", "民國85年"],
    ["手機", "0912-555-207", "E-mail", "shihting.yen@example.com.tw"],
    ["聯絡地址", "桃園市大園區", "駕照", "普通重型機車"],
])
block("求職條件", [
    ["希望職稱", "地勤運務主任／旅客服務督導"],
    ["希望地點", "桃園市"],
    ["希望待遇", "依公司規定"],
    ["可上班日", "錄取後兩週"],
])

# 學歷 grid
t = d.add_table(rows=1, cols=4)
borders(t, color="BBBBBB")
c = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(c, "學歷", bold=True, size=11, color="FFFFFF")
shade(c, ORANGE)
for r, bold in [(["學校名稱", "科系", "學位", "就學期間"], True),
                (["北台灣觀光大學", "航空服務管理系", "學士", "民國103年9月～民國107年6月"], False)]:
    cells = t.add_row().cells
    for j in range(4):
        cell_text(cells[j], r[j], bold=bold)
        if bold:
            shade(cells[j], LIGHT)
widths(t, [4.6, 4.2, 2.2, 6.4])
para(d, "", after=4)

# 工作經歷
t = d.add_table(rows=1, cols=1)
borders(t, color="BBBBBB")
c = t.cell(0, 0)
cell_text(c, "工作經歷（總年資 5年）", bold=True, size=11, color="FFFFFF")
shade(c, ORANGE)
jobs = [
    ("資深運務員｜遠翔航勤股份有限公司", "民國111年7月～仍在職　｜　航空運輸輔助業　｜　桃園市大園區",
     ["負責國際線報到櫃檯、登機門作業，每日處理旅客約 300 人次",
      "擔任小組領班，排定櫃檯人力並帶領新進人員 12 名完成在職訓練",
      "處理航班延誤、取消時的旅客改票、住宿安排與現場廣播",
      "民國112年獲選公司「服務之星」"]),
    ("運務員｜遠翔航勤股份有限公司", "民國108年3月～民國111年6月　｜　航空運輸輔助業　｜　桃園市大園區",
     ["旅客報到劃位、行李託運與超重收費",
      "協助輪椅旅客、無人陪伴兒童等特殊需求旅客",
      "使用 Amadeus Altéa DCS 處理報到與登機作業"]),
    ("票務人員｜晴空旅行社", "民國107年7月～民國108年2月　｜　旅行業　｜　台北市中山區",
     ["開立國際機票、處理退改票與旅客簽證諮詢"]),
]
for title, meta, hl in jobs:
    cells = t.add_row().cells
    c = cells[0]
    c.text = ""
    run(c.paragraphs[0], title, bold=True, size=10.5)
    p = c.add_paragraph()
    run(p, meta, size=9.5, color="666666")
    for h in hl:
        p = c.add_paragraph()
        run(p, "• " + h)
        p.paragraph_format.left_indent = Cm(0.4)
widths(t, [17.4])
para(d, "", after=4)

t = d.add_table(rows=1, cols=5)
borders(t, color="BBBBBB")
c = t.cell(0, 0).merge(t.cell(0, 4))
cell_text(c, "語文能力", bold=True, size=11, color="FFFFFF")
shade(c, ORANGE)
for r, bold in [(["語言", "聽", "說", "讀", "寫"], True),
                (["英文", "精通", "精通", "精通", "中等"], False),
                (["日文", "中等", "略懂", "中等", "略懂"], False),
                (["台語", "精通", "中等", "—", "—"], False)]:
    cells = t.add_row().cells
    for j in range(5):
        cell_text(cells[j], r[j], bold=bold or j == 0, align="center")
        if bold:
            shade(cells[j], LIGHT)
widths(t, [3.4, 3.5, 3.5, 3.5, 3.5])
para(d, "", after=4)

block("證照與專長", [
    ["證照", "多益 TOEIC 865分（民國110年）、日本語能力試驗 N3（民國109年）、航空危險物品處理訓練合格（民國111年）"],
    ["專長", "旅客報到劃位、行李作業、異常航班處理、客訴處理、Amadeus Altéa DCS"],
])

t = d.add_table(rows=1, cols=1)
borders(t, color="BBBBBB")
c = t.cell(0, 0)
cell_text(c, "自傳", bold=True, size=11, color="FFFFFF")
shade(c, ORANGE)
cells = t.add_row().cells
c = cells[0]
c.text = ""
txt = ["我在桃園長大，從小看著飛機起降，大學選讀航空服務管理系，畢業後先在旅行社做票務，之後進入機場地勤，至今已在第一線工作五年。",
       "地勤的工作節奏快，航班一有狀況，櫃台前就是上百位著急的旅客。這幾年我學會先穩住自己，再把資訊講清楚。"
       "升任領班後，我更重視新人帶訓與班表安排，希望能在督導職位上，把第一線的經驗帶給更多同仁。"]
c.paragraphs[0].text = ""
run(c.paragraphs[0], txt[0])
c.paragraphs[0].paragraph_format.first_line_indent = Cm(0.7)
p = c.add_paragraph()
run(p, txt[1])
p.paragraph_format.first_line_indent = Cm(0.7)
widths(t, [17.4])

d.save(sys.argv[1])
