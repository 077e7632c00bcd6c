# 香港應屆會計畢業生 CV（繁體），學歷表格 + HKDSE 成績表
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

d = new_doc(font="新細明體", size=10.5, margins=2.0, latin="Arial")
p = para(d, align=CENTER); run(p, "馮凱琳　", bold=True, size=18); run(p, "FUNG Hoi Lam", bold=True, size=16)
para(d, "電話：(852) 5550 0178 ｜ 電郵：hoilam.fung@example.com.hk ｜ 地址：新界沙田", size=9.5, align=CENTER, after=6)
p = para(d, after=2); run(p, "應徵職位：", bold=True); run(p, "審計助理（Audit Associate）")
p = para(d, after=6); run(p, "可上班日期：", bold=True); run(p, "即時　　"); run(p, "期望薪金：", bold=True); run(p, "HK$17,000")

def heading(t):
    p = para(d, before=8, after=3)
    run(p, t, bold=True, size=12)
    pPr = p._element.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bot.set(qn("w:" + k), v)
    b.append(bot); pPr.append(b)

heading("個人簡介")
para(d, "應屆會計系畢業生，具四大以外中型會計師事務所審計實習經驗，熟悉審計基本程序及函證流程。做事細心、守時，樂於學習，計劃報考 HKICPA QP 課程。")

heading("學歷")
t = d.add_table(rows=3, cols=4); borders(t)
for j, h in enumerate(["日期", "學校", "課程", "備註"]):
    cell_text(t.cell(0, j), h, bold=True, align=CENTER); shade(t.cell(0, j), "E7E6E6")
cell_text(t.cell(1, 0), "2020年9月 – 2024年6月")
cell_text(t.cell(1, 1), "香港嶺海大學")
cell_text(t.cell(1, 2), "工商管理學士（會計學）（榮譽）")
cell_text(t.cell(1, 3), "二級榮譽（甲等）")
cell_text(t.cell(2, 0), "2014年9月 – 2020年7月")
cell_text(t.cell(2, 1), "沙田聖恩書院")
cell_text(t.cell(2, 2), "香港中學文憑（HKDSE）")
cell_text(t.cell(2, 3), "見下表")
widths(t, [4.2, 3.6, 5.6, 3.4])

para(d, "香港中學文憑考試成績（2020）", bold=True, before=6, after=2)
t = d.add_table(rows=2, cols=6); borders(t)
subj = [("中國語文", "4"), ("英國語文", "5"), ("數學", "5*"), ("通識教育", "4"), ("經濟", "5"), ("企業、會計與財務概論", "5**")]
for j, (s, g) in enumerate(subj):
    cell_text(t.cell(0, j), s, align=CENTER, size=9); shade(t.cell(0, j), "F2F2F2")
    cell_text(t.cell(1, j), g, align=CENTER)

heading("工作及實習經驗")
def job(dates, org, title, bullets):
    p = para(d, before=4)
    tab_stop_right(p, 17.0)
    run(p, org, bold=True); run(p, "　" + title); run(p, "\t" + dates)
    for b in bullets:
        para(d, "•  " + b, indent=None).paragraph_format.left_indent = Cm(0.6)
job("2023年6月 – 2023年8月", "栢信會計師事務所（Pak Shun CPA Limited）", "暑期實習生（審計部）",
    ["協助法定審計工作，負責銀行及應收賬款函證、固定資產抽查", "整理工作底稿，參與 3 間中小企客戶的年結審計"])
job("2022年7月 – 2022年8月", "永晉物流有限公司", "會計部兼職助理", ["處理供應商發票及月結對賬"])
job("2021年1月 – 2024年5月", "補習導師（自僱）", "", ["教授中四至中六 BAFS 及數學，學生 DSE 平均成績提升一級"])

heading("課外活動")
para(d, "2022 – 2023　工商管理學院學生會　財務秘書")
para(d, "2021 – 2022　長者數碼共融計劃　義工導師")

heading("獎項")
para(d, "2023　學院院長嘉許名單（Dean's List）")
para(d, "2022　會計專業發展基金獎學金")

heading("技能")
para(d, "電腦：Excel（樞紐分析表、VLOOKUP）、SAP Business One、Xero、Python（基礎）")
para(d, "語言：廣東話（母語）、英語（流利，IELTS 7.5）、普通話（良好）")
para(d, "證明人：備索", before=8, size=9)
d.save(sys.argv[1])
