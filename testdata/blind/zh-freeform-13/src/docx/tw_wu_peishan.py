"""吳佩珊 — 手搖飲門市店長 (台中). Taiwan Word 履歷 in Traditional Chinese: ▎ headings, a two-column
基本資料 grid typed with tabs, a 經歷摘要 table (期間 / 公司 / 職稱 / 年資) and then the same jobs again
in 工作經歷詳述 with ◆ headers and ・ bullets, 學歷 line with 私立, 證照 with years, 語言, 自傳."""
import sys
from docxlib import *

doc = new_document(east="新細明體", latin="Arial", size=10.5, margins=(2.0, 2.0, 2.0, 2.0))
E = "微軟正黑體"


def head(text):
    p = para(doc, [("▎", {"color": "C55A11", "bold": True, "size": 13, "east": E}),
                   (text, {"bold": True, "size": 13, "east": E})], before=10, after=4)
    bottom_border(p, size=4, color="C55A11")
    return p


para(doc, [("吳佩珊", {"bold": True, "size": 22, "east": E}), ("　Wu Pei-Shan", {"size": 12, "color": "666666"})], after=2)
para(doc, [("門市店長｜6 年餐飲門市經驗｜台中", {"size": 11, "color": "C55A11", "east": E})], after=6)

head("基本資料")
for left, right in (("性　　別：女", "出生年月：1994/02"),
                    ("手　　機：0958-555-062", "E-mail：peishan.wu@example.com.tw"),
                    ("居 住 地：台中市北屯區", "交通工具：機車（有駕照）"),
                    ("希望職稱：區域督導、門市店長", "希望待遇：月薪 42,000 元以上"),
                    ("可上班日：錄取後兩週", "")):
    para(doc, f"{left}\t{right}", line=1.4, tabs=[(8.5, "left")])

head("經歷摘要")
t = table(doc, 5, 4, [4.2, 5.6, 3.6, 3.6], borders=True)
cell_margins(t)
for i, h in enumerate(("期間", "公司名稱", "職稱", "年資")):
    shade_cell(t.rows[0].cells[i], "FBE5D6")
    cell_text(t.rows[0].cells[i], [[(h, {"bold": True, "east": E})]], align=CENTER)
rows = [("2022/01～現在", "森林餐飲股份有限公司", "門市店長", "3年2個月"),
        ("2019/03～2021/12", "森林餐飲股份有限公司", "副店長", "2年10個月"),
        ("2016/07～2019/02", "晨光早午餐坊", "外場領班", "2年8個月"),
        ("2015/07～2016/06", "好鄰居便利商店（北屯崇德店）", "門市人員（兼職）", "1年")]
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row):
        cell_text(t.rows[r].cells[c], v, align=CENTER if c != 1 else None)

head("工作經歷詳述")
para(doc, [("◆ 森林餐飲股份有限公司（茶之森手作茶飲）", {"bold": True, "east": E})], before=2, line=1.4)
para(doc, "門市店長　2022/01～現在　｜　副店長　2019/03～2021/12", indent=0.6, line=1.4)
for line in ("負責台中文心店營運，管理正職 5 人、計時人員 9 人，月營業額約 180 萬元。",
             "建立新人 7 天帶訓表，計時人員 3 個月留任率由 45% 提升到 72%。",
             "導入每日盤點和原物料先進先出標示，茶葉及鮮奶報廢率下降 30%。",
             "2023 年門市營業額年增 15%，獲公司年度「金牌門市」。",
             "副店長期間負責排班與叫貨，協助兩家新店開幕前的人員訓練。"):
    para(doc, "・" + line, indent=0.6, line=1.4)
para(doc, [("◆ 晨光早午餐坊", {"bold": True, "east": E})], before=6, line=1.4)
para(doc, "外場領班　2016/07～2019/02", indent=0.6, line=1.4)
for line in ("帶領外場 4 人，負責點餐、出餐動線與假日候位安排。",
             "整理常見客訴與處理話術，Google 評論由 3.9 星提升至 4.5 星。"):
    para(doc, "・" + line, indent=0.6, line=1.4)

head("學歷")
para(doc, "2012/09～2016/06　私立大肚山科技大學　餐旅管理系　學士", line=1.4)

head("證照")
for line in ("飲料調製丙級技術士（2013）",
             "中餐烹調丙級技術士（2014）",
             "餐飲業食品安全管制系統訓練證書（2020）"):
    para(doc, line, line=1.4)

head("專長")
para(doc, "門市營運：排班、叫貨、盤點、損耗控管、SOP 教育訓練", line=1.4)
para(doc, "系統工具：iCHEF POS、Excel、LINE 官方帳號後台", line=1.4)

head("語言")
para(doc, "中文（精通）、台語（中等）、英文（略懂）", line=1.4)

head("自傳")
para(doc, "我在台中北屯長大，大學念餐旅管理，從便利商店兼職開始接觸門市工作，後來在早午餐店當外場領班，"
          "學會在尖峰時段穩住現場。2019 年加入茶之森，從副店長做到店長，最有成就感的是把一群流動率很高的"
          "計時夥伴帶成穩定的團隊。", first=0.74, line=1.4)
para(doc, "目前希望往區域督導發展，把在單店累積的訓練方法和成本控管經驗，複製到更多門市。", first=0.74, line=1.4)

doc.save(sys.argv[1])
