#!/usr/bin/python3
"""hk_hiulam_choi: a Hong Kong clinic's bilingual 職位申請表 / APPLICATION FOR EMPLOYMENT spreadsheet,
filled in by the applicant. Writes a flat ODF spreadsheet (.fods) that LibreOffice Calc turns into
the shipped HTML ("HTML (StarCalc)") and PDF (calc_pdf_Export).  usage: hk_hiulam_choi.py OUT.fods"""
import sys
from xml.sax.saxutils import escape

OUT = sys.argv[1]
WIDTHS = [2.0, 2.0, 2.9, 2.5, 3.2, 2.2, 1.9, 2.1]  # cm, 8 columns = 18.8 cm

# each row: list of (text, colspan, style); styles: T title, S section bar, L label, V value, H grid head, N note
R = []


def row(*cells, h=None):
    R.append((cells, h))


def sec(text):
    row((text, 8, "S"))


row(("康栢物理治療中心有限公司　HONG BAK PHYSIOTHERAPY CENTRE LIMITED", 8, "T"), h=0.9)
row(("職位申請表　APPLICATION FOR EMPLOYMENT", 8, "T2"), h=0.8)
row(("（機密 CONFIDENTIAL）　請用正楷填寫 Please complete in BLOCK LETTERS", 8, "N"))

sec("A. 申請職位 POSITION APPLIED FOR")
row(("申請職位\nPosition", 2, "L"), ("Senior Physiotherapist 高級物理治療師", 3, "V"), ("期望月薪\nExpected Salary", 1, "L"), ("HK$58,000", 2, "V"))
row(("可上班日期\nAvailable Date", 2, "L"), ("一個月通知 One month's notice", 3, "V"), ("得悉空缺途徑\nSource", 1, "L"), ("港職網 HKJobNet", 2, "V"))

sec("B. 個人資料 PERSONAL PARTICULARS")
row(("英文姓名\nName in English", 2, "L"), ("CHOI Hiu Lam, Cherry", 3, "V"), ("中文姓名\nName in Chinese", 1, "L"), ("蔡曉琳", 2, "V"))
row(("性別\nSex", 2, "L"), ("女 F", 3, "V"), ("流動電話\nMobile", 1, "L"), ("5550 6184", 2, "V"))
row(("電郵\nEmail", 2, "L"), ("cherry.choi@example.com", 3, "V"), ("居住地區\nDistrict", 1, "L"), ("九龍何文田", 2, "V"))
row(("物理治療師註冊編號\nPhysiotherapist Reg. No.", 2, "L"), ("PT1-05832（第I部分 Part I）", 6, "V"))

sec("C. 學歷 EDUCATION（由最近期開始 most recent first）")
row(("由 From\n(MM/YYYY)", 1, "H"), ("至 To\n(MM/YYYY)", 1, "H"), ("學校名稱 Name of Institution", 2, "H"), ("所獲學歷 Qualification Obtained", 4, "H"))
row(("09/2014", 1, "V"), ("06/2018", 1, "V"), ("香港啟德大學", 2, "V"),
    ("物理治療學（榮譽）理學士 BSc (Hons) in Physiotherapy — 一級榮譽 First Class Honours", 4, "V"))
row(("09/2008", 1, "V"), ("07/2014", 1, "V"), ("何文田明道書院", 2, "V"), ("香港中學文憑 HKDSE", 4, "V"))

sec("D. 工作經驗 EMPLOYMENT HISTORY（由最近期開始 most recent first）")
row(("由 From", 1, "H"), ("至 To", 1, "H"), ("僱主名稱 Employer", 1, "H"), ("職位 Position", 1, "H"),
    ("主要職責 Main Duties", 2, "H"), ("最後月薪 Last Salary", 1, "H"), ("離職原因 Reason for Leaving", 1, "H"))
row(("06/2021", 1, "V"), ("現在 Present", 1, "V"), ("德和醫院（物理治療部）", 1, "V"), ("Physiotherapist I", 1, "V"),
    ("骨科門診及住院病人物理治療，主力膝關節置換及前十字韌帶重建術後復康；督導 PT II 及實習學生", 2, "V"),
    ("HK$52,000", 1, "V"), ("—", 1, "V"))
row(("03/2019", 1, "V"), ("03/2021", 1, "V"), ("活力運動醫學中心", 1, "V"), ("Physiotherapist (Part-time)", 1, "V"),
    ("週末為業餘跑手及球隊提供運動創傷評估及貼紮", 2, "V"), ("按時薪 Hourly", 1, "V"), ("工作時間", 1, "V"))
row(("08/2018", 1, "V"), ("05/2021", 1, "V"), ("醫院管理局（九龍東聯網）", 1, "V"), ("Physiotherapist II", 1, "V"),
    ("骨科、內科及門診輪轉；跌倒預防小組，舉辦長者平衡訓練班", 2, "V"), ("HK$38,500", 1, "V"), ("事業發展", 1, "V"))

sec("E. 專業資格及培訓 PROFESSIONAL QUALIFICATIONS & TRAINING")
row(("年份 Year", 1, "H"), ("資格 / 課程 Qualification / Course", 4, "H"), ("頒發機構 Issuing Body", 3, "H"))
for y, q, b in (("2018", "物理治療師註冊（第I部分）", "物理治療師管理委員會"),
                ("2019", "Kinesio Taping® Practitioner", "KTAI"),
                ("2020", "McKenzie 力學診療法 Part A–D", "McKenzie Institute"),
                ("2024", "急救證書 First Aid Certificate", "聖約翰救傷隊")):
    row((y, 1, "V"), (q, 4, "V"), (b, 3, "V"))

sec("F. 語言能力 LANGUAGE PROFICIENCY（優 Excellent / 良 Good / 一般 Fair）")
row(("語言 Language", 2, "H"), ("講 Spoken", 3, "H"), ("寫 Written", 3, "H"))
for a, b, c in (("廣東話 Cantonese", "母語 Native", "—"), ("英語 English", "優 Excellent", "優 Excellent"),
                ("普通話 Putonghua", "一般 Fair", "—")):
    row((a, 2, "V"), (b, 3, "V"), (c, 3, "V"))

sec("G. 其他技能 OTHER SKILLS")
row(("肌肉骨骼超聲波、乾針、脊柱手法治療、運動貼紮、長者跌倒預防", 8, "V"))

sec("H. 推薦人 REFEREE（非親屬 not a relative）")
row(("姓名 Name", 2, "H"), ("職位 Position", 3, "H"), ("機構 Organisation", 2, "H"), ("電話 Tel", 1, "H"))
row(("陳家明先生 Mr CHAN Ka Ming", 2, "V"), ("Department Manager (Physiotherapy)", 3, "V"), ("德和醫院", 2, "V"), ("5550 2671", 1, "V"))

sec("I. 聲明 DECLARATION")
row(("本人謹此聲明，上述資料均屬真實及完整。I declare that the information given above is true and complete.", 8, "N"), h=0.8)
row(("簽署 Signature", 2, "L"), ("蔡曉琳", 3, "V"), ("日期 Date", 1, "L"), ("12/05/2025", 2, "V"))

STYLES = """
  <style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>"""
CELL = """
  <style:style style:name="{n}" style:family="table-cell" style:parent-style-name="Default">
   <style:table-cell-properties fo:border="{b}" fo:background-color="{bg}" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.05cm"/>
   <style:paragraph-properties fo:text-align="{al}"/>
   <style:text-properties fo:font-size="{sz}pt" fo:font-weight="{fw}" style:font-size-asian="{sz}pt" style:font-weight-asian="{fw}" style:font-name="Arial" style:font-name-asian="新細明體"/>
  </style:style>"""
GRID = "0.5pt solid #000000"
cells = {
    "T": dict(b="none", bg="transparent", al="center", sz=13, fw="bold"),
    "T2": dict(b="none", bg="transparent", al="center", sz=12, fw="bold"),
    "N": dict(b="none", bg="transparent", al="start", sz=8.5, fw="normal"),
    "S": dict(b=GRID, bg="#1f4e79", al="start", sz=10, fw="bold"),
    "L": dict(b=GRID, bg="#deeaf6", al="start", sz=8.5, fw="normal"),
    "V": dict(b=GRID, bg="transparent", al="start", sz=9, fw="normal"),
    "H": dict(b=GRID, bg="#f2f2f2", al="center", sz=8.5, fw="bold"),
}

out = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
       '<office:meta><dc:title>職位申請表 Application for Employment</dc:title><meta:initial-creator>HR</meta:initial-creator></office:meta>',
       '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>'
       '<style:font-face style:name="新細明體" svg:font-family="新細明體" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>',
       '<office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles>',
       '<office:automatic-styles>']
for i, w in enumerate(WIDTHS):
    out.append(STYLES.format(i=i, w=w))
for n, c in cells.items():
    out.append(CELL.format(n=n, **c).replace('fo:font-weight="bold"', 'fo:font-weight="bold"'))
# white text on the section bar
out[-len(cells) + 3] = out[-len(cells) + 3].replace('style:font-name="Arial"', 'fo:color="#ffffff" style:font-name="Arial"')
heights = sorted({h for _, h in R if h})
for h in heights:
    out.append(f'  <style:style style:name="ro{int(h*100)}" style:family="table-row"><style:table-row-properties style:row-height="{h}cm" style:use-optimal-row-height="false"/></style:style>')
out.append('  <style:style style:name="roA" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>')
out.append('  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
           'style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.1cm" '
           'fo:margin-right="1.1cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>')
out.append('  <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>')
out.append('</office:automatic-styles>')
out.append('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
           '<style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>')
out.append('<office:body><office:spreadsheet><table:table table:name="申請表" table:style-name="ta1" table:print-ranges="\'申請表\'.A1:\'申請表\'.H%d">' % len(R))
for i in range(len(WIDTHS)):
    out.append(f'<table:table-column table:style-name="co{i}"/>')
for cells_, h in R:
    rs = f"ro{int(h*100)}" if h else "roA"
    out.append(f'<table:table-row table:style-name="{rs}">')
    for text, span, st in cells_:
        attrs = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
        paras = "".join(f"<text:p>{escape(t)}</text:p>" for t in text.split("\n"))
        out.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"{attrs}>{paras}</table:table-cell>')
        for _ in range(span - 1):
            out.append(f'<table:covered-table-cell table:style-name="{st}"/>')
    out.append('</table:table-row>')
out.append('</table:table></office:spreadsheet></office:body></office:document>')
open(OUT, "w", encoding="utf-8").write("\n".join(out))
