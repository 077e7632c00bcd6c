# 鄺家樂 — 救生員 / 游泳教練 (Hong Kong): a Traditional-Chinese Word CV in
# 微軟正黑體: name + English name, contact line without labels, grey-band headings,
# employer + title lines with right-tab dates `2021年4月 – 現在`, licences with
# issuer and validity, 其他資料 (期望薪金, 可上班日期) and two 推薦人.
import sys, datetime
from lib import *

out = sys.argv[1]
doc = new_document(east_asia="微軟正黑體", latin="Arial", size=10.5,
                   margins=(1.6, 1.6, 2.0, 2.0))
set_core(doc, title="CV", author="Ka Lok",
         created=datetime.datetime(2025, 3, 12, 23, 30))
RIGHT = 17.0

p = para(doc, "", after=0)
add_run(p, "鄺家樂", size=22, bold=True)
add_run(p, "　KWONG Ka Lok", size=13, color="555555")
para(doc, "5550 7382　|　kalok.kwong@example.com　|　新界沙田馬鞍山", size=10, color="333333", after=2)
para(doc, "應徵職位：高級救生員（康體部）", size=11, bold=True, after=4)

def heading(s):
    p = para(doc, s, size=12, bold=True, before=9, after=4, keep=True)
    shade(p, "DDE5EC")
    return p

def line_lr(left, right, bold=True, before=4):
    p = para(doc, "", before=before, keep=True)
    add_tab_stop(p, RIGHT, "right")
    add_run(p, left, bold=bold)
    add_run(p, "\t" + right)
    return p

def bullet(s):
    return para(doc, "•　" + s, indent=0.5, first=-0.5, line=1.2)

heading("個人資料")
t = doc.add_table(rows=3, cols=4)
no_borders(t)
fixed_widths(t, [2.6, 5.8, 3.0, 5.6])
for i, (a, b, c, d) in enumerate([
        ("性　　別：", "男", "語　　言：", "廣東話、英語、普通話"),
        ("學　　歷：", "毅進文憑", "駕駛執照：", "私家車（1號）"),
        ("期望薪金：", "HK$21,000 – 23,000", "可上班日期：", "一個月通知")]):
    for j, s in enumerate((a, b, c, d)):
        cell_text(t.cell(i, j), s, bold=(j % 2 == 0))

heading("工作經驗")
line_lr("浪花康體服務有限公司", "2021年4月 – 現在")
para(doc, "高級救生員（2023年5月起）／救生員", italic=True, keep=True)
for s in ["派駐沙田區私人屋苑會所泳池（50米標準池及兒童池），每更帶領3至4名救生員；",
          "負責池邊監察、水質測試紀錄（餘氯、pH值）及每日開池安全檢查；",
          "2022年夏季處理遇溺拯救事件2宗，兩名泳客均成功救起；",
          "協助公司培訓新入職救生員，教授拯溺技巧及急救程序。"]:
    bullet(s)

line_lr("海豚仔游泳會", "2018年9月 – 2021年3月")
para(doc, "兼職游泳教練", italic=True, keep=True)
for s in ["教授4至12歲兒童初級至中級游泳班，每週約12小時；",
          "帶領泳會學員參加分齡游泳比賽，學員共取得獎牌15面。"]:
    bullet(s)

line_lr("康樂及文化事務署（烏溪沙泳灘）", "2018年5月 – 2018年10月")
para(doc, "季節性救生員", italic=True, keep=True)
bullet("泳灘救生當值、升旗及海面巡邏，協助處理泳客急救個案。")

heading("學歷")
line_lr("港青專業進修學院", "2018年9月 – 2019年7月")
para(doc, "毅進文憑（體育及康樂管理）")
line_lr("沙田聖光中學", "2011年9月 – 2017年7月")
para(doc, "香港中學文憑考試（HKDSE），體育科 Level 4")

heading("專業資格")
for s in ["香港拯溺總會　銅章（有效期至2026年10月）",
          "香港拯溺總會　泳池救生章（有效期至2026年10月）",
          "香港業餘游泳總會　游泳教練（二級）證書，2019年",
          "聖約翰救傷隊　成人急救證書（有效期至2026年3月）",
          "香港紅十字會　心肺復甦法及自動心臟除顫器（CPR+AED）證書，2024年"]:
    bullet(s)

heading("獎項")
for s in ["2023年　全港拯溺錦標賽 男子公開組 200米障礙拯救 第四名",
          "2022年　浪花康體服務有限公司「年度傑出救生員」"]:
    bullet(s)

heading("技能")
bullet("游泳（自由式、蛙式、背泳、蝶式）、水質測試、急救、泳班課程設計")
bullet("電腦：Microsoft Office、Canva")

heading("推薦人")
t = doc.add_table(rows=1, cols=2)
no_borders(t)
fixed_widths(t, [8.5, 8.5])
cell_text(t.cell(0, 0), "陳志偉先生\n浪花康體服務有限公司　營運經理\n電話：5550 7140")
cell_text(t.cell(0, 1), "何美儀女士\n海豚仔游泳會　總教練\n電話：5550 7163")

doc.save(out)
