"""hk_hoiyee_chow: Hong Kong secondary-six student CV for JUPAS / interviews (Traditional Chinese)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import new_doc, para, run, cell_text, shade, bottom_border
from docx.shared import Pt, Cm

out = sys.argv[1]
d = new_doc(font="新細明體", size=10.5, margins=2.0)

para(d, "個人履歷", bold=True, size=16, align="center", space_after=2)
para(d, "（JUPAS 面試用）", size=9, align="center", space_after=8)


def h(t):
    p = para(d, t, bold=True, size=12, space_after=3)
    bottom_border(p, 4)


h("個人資料")
t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
rows = [
    ("姓名", "周凱怡（CHOW Hoi Yee）", "性別", "女"),
    ("就讀學校", "聖恩浸信會中學（中六）", "班別", "6C"),
    ("手提電話", "5550 2718", "電郵", "chowhoiyee@example.com"),
    ("JUPAS 首選", "護理學（榮譽）學士", "居住地區", "香港九龍觀塘"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
        if j % 2 == 0:
            shade(t.rows[i].cells[j], "EEEEEE")

para(d, "", space_after=2)
h("學歷")
para(d, "2019年9月 — 現在　聖恩浸信會中學（中一至中六）", space_after=1)
para(d, "　　將於2025年4月應考香港中學文憑考試（HKDSE）", space_after=4)

para(d, "學校預測成績（2024年12月）", bold=True, space_after=2)
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "科目", bold=True)
cell_text(t.rows[0].cells[1], "預測等級", bold=True)
for s, g in [("中國語文", "4"), ("英國語文", "5"), ("數學（必修部分）", "5"), ("公民與社會發展", "達標"),
             ("生物", "5*"), ("化學", "5"), ("資訊及通訊科技", "4")]:
    r = t.add_row()
    cell_text(r.cells[0], s)
    cell_text(r.cells[1], g)

para(d, "", space_after=2)
h("其他學習經歷及課外活動")
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for j, v in enumerate(["年份", "活動 / 組織", "角色", "內容"]):
    cell_text(t.rows[0].cells[j], v, bold=True)
for r in [
    ("2023 – 2024", "學校紅十字會青年團", "團長", "帶領 30 名團員參與急救當值及長者探訪"),
    ("2022 – 2024", "學校生物學會", "幹事", "籌辦校內「細胞模型設計比賽」"),
    ("2023年7月", "聯合醫院「醫護體驗日」", "參加者", "參觀病房、學習基本生命表徵量度"),
    ("2021 – 2024", "學校合唱團", "女高音", "參加香港學校音樂節"),
]:
    row = t.add_row()
    for j, v in enumerate(r):
        cell_text(row.cells[j], v)

para(d, "", space_after=2)
h("工作及義工經驗")
p = para(d, space_after=1)
run(p, "2024年7月 – 2024年8月　", bold=False)
run(p, "康怡長者日間護理中心　暑期活動助理", bold=True)
para(d, "協助社工帶領長者小組活動、量度血壓及記錄，陪伴認知障礙症長者進行懷舊活動。", space_after=3)
p = para(d, space_after=1)
run(p, "2022年 – 現在　", bold=False)
run(p, "觀塘區長者送暖計劃　義工", bold=True)
para(d, "每月一次上門探訪獨居長者，累積服務時數 86 小時。", space_after=3)

h("獎項")
para(d, "• 2024年　香港紅十字會「傑出青年團員」", space_after=1)
para(d, "• 2023年　學校「服務獎」金獎", space_after=1)
para(d, "• 2022年　全港中學生生物常識問答比賽　優異獎", space_after=3)

h("證書及技能")
para(d, "• 香港紅十字會急救證書（2023年）", space_after=1)
para(d, "• 語言：廣東話（母語）、英語（流利）、普通話（良好）", space_after=1)
para(d, "• 電腦：Microsoft Office、Canva", space_after=3)

h("個人自述")
para(d, "中三那年外婆住院，我看見護士怎樣耐心照顧她，便開始想成為護士。參加紅十字會和長者中心的工作後，"
        "我更確定自己喜歡照顧別人，也不怕辛苦。希望能入讀護理學課程，將來在公立醫院服務。", space_after=2)

d.save(out)
