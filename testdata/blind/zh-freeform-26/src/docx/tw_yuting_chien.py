# 簡郁庭 — 國中理化補習班講師 (Taiwan): a self-made Word 履歷表 in 標楷體 / 新細明體,
# `壹、基本資料` … `陸、自傳` headings, every date in 民國 years, 學歷 / 經歷 / 證照
# tables (經歷 with a 離職原因 column), 自傳 in two paragraphs.
import sys, datetime
from lib import *

out = sys.argv[1]
doc = new_document(east_asia="新細明體", latin="Times New Roman", size=11,
                   margins=(1.8, 1.8, 2.0, 2.0))
set_core(doc, title="履歷表", author="簡郁庭",
         created=datetime.datetime(2025, 2, 20, 22, 8))

para(doc, "履　歷　表", size=20, bold=True, align="center", east_asia="標楷體", after=8)

def heading(s):
    p = para(doc, s, size=13, bold=True, east_asia="標楷體", before=10, after=4, keep=True)
    return p

GREY = "F2F2F2"
def grid(rows, widths, header=True, label_cols=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table_borders(t, size=4, color="000000")
    cell_margins(t, top=50, bottom=50, left=80, right=80)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, widths)
    for i, r in enumerate(rows):
        for j, s in enumerate(r):
            c = t.cell(i, j)
            is_head = (header and i == 0) or j in label_cols
            cell_text(c, s, bold=is_head, east_asia="標楷體" if is_head else None,
                      align="center" if (is_head or len(s) < 9) else None, size=10.5)
            valign(c)
            if is_head:
                shade(c, GREY)
        cant_split(t.rows[i])
    return t

heading("壹、基本資料")
grid([
    ("姓　　名", "簡郁庭", "性　　別", "女"),
    ("出生日期", "民國86年3月14日", "應徵職務", "國中理化專任講師"),
    ("行動電話", "0912-555-018", "E-mail", "yuting.chien@example.com"),
    ("通訊地址", "臺中市北屯區崇德路二段", "可上班日", "錄取後兩週"),
], [2.6, 5.8, 2.6, 6.0], header=False, label_cols=(0, 2))

heading("貳、學歷")
grid([
    ("學校名稱", "科系", "學位", "修業期間", "狀態"),
    ("國立中彰師範大學", "物理學系", "學士", "民國104年9月～民國108年6月", "畢業"),
    ("臺中市立文心高級中學", "普通科", "高中", "民國101年9月～民國104年6月", "畢業"),
], [4.6, 2.6, 1.6, 6.0, 2.2])

heading("參、經歷")
grid([
    ("服務機構", "職稱", "任職期間", "工作內容", "離職原因"),
    ("明日之星文理補習班\n（北屯分校）", "國中理化講師／教務組長", "民國110年8月～迄今",
     "負責國二、國三理化班共5班，約150名學生；自編講義與段考複習卷；111年起兼任教務組長，負責排課與新進講師培訓。",
     "在職中"),
    ("群英文理補習班", "國中自然助教→理化講師", "民國109年2月～民國110年7月",
     "前半年擔任助教（解題、批改、課後輔導），109年8月起升任講師，帶國一自然兩班。",
     "分校整併"),
    ("臺中市立雅風國民中學", "理化實習教師", "民國108年8月～民國109年1月",
     "教育實習半年，試教國二理化，協助導師班級經營與段考監考。",
     "實習結束"),
], [3.4, 2.8, 2.8, 5.8, 2.2])

heading("肆、證照")
grid([
    ("證照名稱", "發證單位", "取得日期"),
    ("中等學校教師證書（自然科學領域理化專長）", "教育部", "民國109年6月"),
    ("多益 TOEIC 805分", "ETS", "民國107年11月"),
    ("電腦軟體應用丙級技術士", "勞動部勞動力發展署技能檢定中心", "民國103年7月"),
], [7.4, 6.0, 3.6])

heading("伍、專長與語言")
para(doc, "教學專長：國中理化教學、會考題型分析、實驗示範、班級經營", line=1.4)
para(doc, "電腦能力：PowerPoint、GeoGebra、PhET互動模擬、Google Classroom", line=1.4)
para(doc, "語言能力：國語（精通）、台語（中等）、英文（中等）", line=1.4)

heading("陸、自傳")
para(doc, "我出生於臺中，家中有父母和一個弟弟。國中時遇到一位很會用實驗說故事的理化老師，"
          "從那時起就希望自己也能站上講台。大學就讀物理學系並修習中等教育學程，"
          "實習期間在雅風國中試教國二理化，第一次體會到把抽象概念講清楚的成就感。",
     first=0.78, line=1.5, after=4)
para(doc, "進入補教業五年多，我習慣先找出學生卡住的地方，再用生活例子和小實驗帶他們理解，"
          "而不是只背公式。112年帶的國三班會考自然科A++人數比前一年多了9人。"
          "擔任教務組長後，也學會安排課表、帶新進講師和與家長溝通。"
          "希望能在貴班繼續專心教學，陪學生把理化學好。",
     first=0.78, line=1.5)

doc.save(out)
