"""鄺俊希: Hong Kong stylist's Word CV, Traditional Chinese with English, IVE 高級文憑, `▌` headings with English only."""
import sys
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lib import *
d = new_doc("微軟正黑體", 10.5, 18)
para(d, "鄺俊希  KWONG Chun Hei", bold=True, size=18, space_after=0)
para(d, "髮型師 Senior Hair Stylist", size=12, color="7F6000", space_after=2)
para(d, "元朗 Yuen Long, Hong Kong ｜ 5550 0172 ｜ chunhei.kwong@example.com ｜ IG @chunhei.hair.example", space_after=8)
def h(t):
    para(d, "▌" + t, bold=True, size=12, color="7F6000", space_after=3)
def job(head, dates, lines):
    runs(d, [(head, True), ("\t" + dates, False)], space_after=0)
    for l in lines:
        para(d, "• " + l, space_after=0)
    para(d, "", space_after=2)
h("Objective 應徵職位")
para(d, "髮型總監 / 資深髮型師（Art Director / Senior Stylist）")
h("Experience 工作經驗")
job("朗屏髮藝 Long Ping Hair Studio — 資深髮型師 Senior Stylist", "09/2019 – now",
    ["個人熟客約300位，每月營業額平均HK$12萬", "負責店內染髮技術培訓，帶3位助理升為髮型師", "2022年起兼任社交媒體內容，拍攝作品短片"])
job("Studio Mirrorline（銅鑼灣）— 髮型師 Stylist", "07/2016 – 08/2019",
    ["剪髮、電髮、韓式造型；參與時裝雜誌拍攝後台造型"])
job("Studio Mirrorline（銅鑼灣）— 助理 Assistant", "08/2014 – 06/2016",
    ["洗頭、吹髮、調色，完成公司內部剪髮考核"])
h("Education 學歷")
para(d, "香港專業教育學院（IVE）  形象設計高級文憑 Higher Diploma in Image Design  2012 – 2014")
para(d, "天水圍澄心中學  HKDSE  2012")
h("Certificates 證書")
para(d, "• 美髮 資歷架構第三級 證書（VTC）  2015")
para(d, "• Wella Color Expert Programme（修畢）  2021")
h("Languages 語言")
para(d, "廣東話（母語）、普通話（流利）、English（一般）")
h("Awards 獎項")
para(d, "• 2023  香港髮型創作大賽  新娘造型組  銀獎")
h("References 推薦人")
para(d, "Available upon request 如有需要可提供")
d.save(sys.argv[1])
