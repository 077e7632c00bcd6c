# Taiwan 建築設計師 履歷 in Word: 姓名 in a table cell `姓  名：`, 1111-like 基本資料 table,
# 學歷 / 經歷 tables with 民國-free Western dates, 專業證照, 作品集.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *
from docx.shared import Pt

d = new_doc("新細明體", 10.5)
para(d, "履 歷 表", bold=True, size=16, align="center", space_after=6)

def h(t):
    para(d, "")
    para(d, "▌" + t, bold=True, size=12, color="7A4E2D")

h("基本資料")
t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
cells = [["姓  名：高郁婷", "英文姓名：Yu-Ting Kao"],
         ["出生年月：1990.02", "聯絡電話：0912-555-018"],
         ["E-mail：kaoyuting@example.org", "居住地：台中市西屯區"],
         ["應徵職務：建築設計主任 / 專案建築師", "希望待遇：面議"]]
for i, (a, b) in enumerate(cells):
    r = t.rows[i]
    m1 = r.cells[0].merge(r.cells[1]); m2 = r.cells[2].merge(r.cells[3])
    first_para(m1, a); first_para(m2, b)

h("學歷")
t = d.add_table(rows=3, cols=4)
t.style = "Table Grid"
for j, x in enumerate(["就學期間", "學校名稱", "科系", "學位"]):
    first_para(t.cell(0, j), x, bold=True)
for i, row in enumerate([["2012/09—2014/06", "中台灣科技大學", "建築研究所", "碩士"],
                         ["2008/09—2012/06", "大肚山大學", "建築學系", "學士"]], 1):
    for j, x in enumerate(row):
        first_para(t.cell(i, j), x)

h("工作經歷")
para(d, "2019/07—迄今　　禾光聯合建築師事務所　　設計主任", bold=True)
for l in ["1、主持集合住宅與社會住宅案設計，累計樓地板面積約 12 萬平方公尺；",
          "2、負責建照申請、都市設計審議簡報與施工圖整合（Revit）；",
          "3、帶領 4 位設計師，導入 BIM 協作流程。"]:
    para(d, l)
para(d, "")
para(d, "2014/08—2019/06　　林見山建築師事務所　　建築設計師", bold=True)
for l in ["1、參與國小校舍改建、長照中心等公共工程案；",
          "2、綠建築標章申請文件製作（鑽石級 1 案、黃金級 2 案）。"]:
    para(d, l)

h("專業證照")
for l in ["建築師考試及格（2018）", "綠建築專業人員", "Autodesk Revit Certified Professional（2020）"]:
    para(d, "・" + l)

h("專長技能")
para(d, "設計軟體：Revit、AutoCAD、SketchUp、Rhino、Enscape")
para(d, "語文能力：英文 中等（多益 785）；台語 流利")

h("作品集")
para(d, "https://kaoyuting.example.org/portfolio")

h("自傳")
para(d, "從事建築設計十年，重視基地條件與使用者需求的對話，擅長住宅與公共建築的整合設計，希望在更具規模的團隊中承擔專案管理角色。")
save(d)
