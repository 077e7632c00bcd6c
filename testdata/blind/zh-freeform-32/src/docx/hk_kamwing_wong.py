import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import *
d = new_doc("新細明體", 10.5, 2.0)
para(d, "黃錦榮　WONG Kam Wing", bold=True, size=18, space_after=0)
para(d, "渡輪船長 Ferry Master（本地船隻一級船長）", size=11)
para(d, "長洲 ｜ 電話：5550 0173 ｜ 電郵：kw.wong@example.com.hk", size=9.5)
def head(t):
    p = para(d, t, bold=True, size=11.5, color="1F4E79", space_after=2)
head("應徵職位 Position Applied")
para(d, "高級船長 Senior Master（離島航線）")
head("工作經驗 Work Experience")
rows = [
 ["04/2018 – 至今", "新港渡輪有限公司 Sunport Ferry Co. Ltd.\nMaster 船長", "長洲—中環航線高速船及普通渡輪，每日4–6班；負責航行安全、船員當值安排及開航前檢查。\n颱風季按天文台信號執行停航及避風安排。\n2022年起兼任新入職 Coxswain 實習帶教。"],
 ["09/2013 – 03/2018", "新港渡輪有限公司 Sunport Ferry Co. Ltd.\nCoxswain 副船長／舵手", "坪洲、梅窩航線當值駕駛；協助船長處理乘客事故及泊岸操作。"],
 ["06/2009 – 08/2013", "港灣拖船服務有限公司 Harbour Tug Services Ltd.\nDeckhand 水手", "拖船纜繩作業、甲板保養及油漆；2011年考獲二級船長證書。"],
]
table(d, [["時期 Period", "機構及職位 Employer / Position", "職責 Duties"]] + rows, widths=[3.2, 5.3, 8.5], header=True, size=9.5)
head("學歷 Education")
table(d, [
 ["2006 – 2009", "海事職業訓練中心 Maritime Vocational Training Centre", "海事工程基礎文憑 Foundation Diploma in Marine Engineering"],
 ["2000 – 2006", "長洲信義中學 Cheung Chau Shun Yee Secondary School", "香港中學會考 HKCEE"],
], widths=[3.2, 7.0, 6.8], size=9.5)
head("牌照及證書 Licences & Certificates")
for s in ["本地船隻船長證明書（一級）Local Certificate of Competency – Master Grade 1，海事處，2017",
          "本地船隻輪機操作員證明書（二級）Engine Operator Grade 2，海事處，2014",
          "急救證書 First Aid Certificate，香港聖約翰救傷隊，2023（續期）",
          "雷達觀察員證書 Radar Observer Certificate"]:
    para(d, "• " + s)
head("語言 Languages")
para(d, "廣東話（母語）、普通話（良好）、英語（一般，能處理無線電通話 VHF）")
head("其他 Others")
para(d, "任職至今無責任事故；2020年獲公司「安全航行獎」。業餘是長洲龍舟隊舵手。")
para(d, "證明人 References：如有需要可提供 Available upon request", size=9)
d.save(sys.argv[1])
