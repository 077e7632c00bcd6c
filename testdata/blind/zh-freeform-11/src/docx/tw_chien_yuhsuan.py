"""tw_chien_yuhsuan.docx — Taiwan 國小教師甄選 個人履歷表 (Traditional Chinese).

Every date is in the Minguo (民國) calendar: `民國 104 年 9 月～108 年 6 月` in 學歷,
`108.08.01～109.07.31` / `111.08.01～迄今` in 經歷, `民國 109 年 10 月` in 證照,
`110 年` / `112 學年度` prefixes on 特殊表現. Forms in 標楷體 with grid tables.
"""
import sys
from docxlib import *

out = sys.argv[1]
doc = new_document(font="標楷體", latin="Times New Roman", size=12, margins=(1.8, 1.8, 2.0, 2.0))
doc.styles["Normal"].paragraph_format.line_spacing = 1.0


def heading(text):
    return para(doc, [text], before=10, after=4, size=14, bold=True)


def grid(rows, widths, header=True):
    t = table(doc, len(rows), len(widths), widths=widths)
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            cell_text(t.cell(r, c), v, align=CENTER, bold=(header and r == 0))
            cell_valign(t.cell(r, c))
            if header and r == 0:
                shade_cell(t.cell(r, c), "E7E6E6")
    return t


para(doc, "臺南市 114 學年度國民小學教師甄選", align=CENTER, size=16, bold=True)
para(doc, "個 人 履 歷 表", align=CENTER, size=18, bold=True, after=8)

heading("一、基本資料")
b = table(doc, 3, 4, widths=[2.4, 6.6, 2.4, 5.6])
vals = [["姓　　名", "簡妤萱", "出生日期", "民國 86 年 3 月 14 日"],
        ["報考類別", "一般類（導師）", "行動電話", "0912-555-064"],
        ["電子郵件", "chienyuhsuan@example.com.tw", "通訊地址", "臺南市東區崇德路○○號"]]
for r, row in enumerate(vals):
    for c, v in enumerate(row):
        cell_text(b.cell(r, c), v, align=CENTER if c % 2 == 0 else LEFT, bold=(c % 2 == 0))
        if c % 2 == 0:
            shade_cell(b.cell(r, c), "E7E6E6")

heading("二、學歷")
grid([["起訖年月", "學校名稱", "系所", "學位", "畢／肄業"],
      ["民國 104 年 9 月～108 年 6 月", "國立南瀛教育大學", "教育學系", "學士", "畢業"],
      ["民國 108 年 9 月～111 年 1 月", "國立南瀛教育大學", "課程與教學研究所（在職專班）", "碩士", "畢業"]],
     [4.6, 4.0, 4.6, 1.8, 2.0])

heading("三、經歷")
grid([["服務期間", "服務學校", "職稱", "擔任工作"],
      ["108.08.01～109.07.31", "臺南市東區德興國民小學", "代理教師", "三年級導師"],
      ["109.08.01～111.07.31", "臺南市南區湧泉國民小學", "代理教師", "五年級導師、資訊組長"],
      ["111.08.01～迄今", "高雄市岡山區翠峰國民小學", "代理教師", "六年級導師、Scratch 社團指導"]],
     [4.2, 5.2, 2.4, 5.2])

heading("四、專業證照")
grid([["證照名稱", "發證單位", "取得年月"],
      ["國民小學教師證書（一般科目）", "教育部", "民國 109 年 10 月"],
      ["全民英檢中高級（GEPT）", "財團法人語言訓練測驗中心", "民國 107 年 5 月"],
      ["Google 教育認證教師 Level 1", "Google for Education", "民國 112 年 2 月"]],
     [6.6, 5.6, 4.8])

heading("五、特殊表現")
for line in ["110 年　臺南市國語文競賽 字音字形 教師組 第二名",
             "111 年　教育部閱讀推手 團體獎（學校團隊成員）",
             "112 學年度　指導學生參加高雄市科展 國小組 佳作"]:
    para(doc, ["● ", line], indent=0.4, after=2)

heading("六、專長")
para(doc, [("教學專長：", dict(bold=True)), "國語、數學、資訊（Scratch、micro:bit）"], indent=0.4, after=2)
para(doc, [("班級經營：", dict(bold=True)), "正向管教、親師溝通、學習共同體"], indent=0.4, after=2)

heading("七、教育理念")
para(doc, "我相信每個孩子都有屬於自己的學習節奏。六年的代理教師經歷，讓我在三所學校帶過中、高年級，"
          "也學會用資訊科技讓抽象的數學概念變得具體。班級經營上，我重視規範的建立與正向回饋，"
          "並與家長保持穩定的溝通。期盼能成為正式教師，長期陪伴孩子成長。",
     first=0.85, line=1.5)

doc.save(out)
