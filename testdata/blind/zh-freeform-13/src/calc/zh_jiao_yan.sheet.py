"""焦艳 — 火锅连锁店长. A résumé typed into a spreadsheet (Excel / WPS 表格 habit), written here as a
flat ODF spreadsheet (.fods) that LibreOffice Calc prints to PDF and exports to HTML.
Usage: zh_jiao_yan.sheet.py OUT.fods   (all cell text is typed below)."""
import sys
from xml.sax.saxutils import escape

COLS = [2.3, 3.7, 2.2, 3.3, 2.2, 4.3]          # cm, 18.0 in all (A4 minus 1.5 cm margins)

# a row is a list of (text, style, colspan); style: t title, l label, v value, s section, h header, p paragraph
R = []
R.append([("个　人　简　历", "t", 6)])
R.append([("姓名", "l", 1), ("焦艳", "v", 1), ("性别", "l", 1), ("女", "v", 1), ("年龄", "l", 1), ("33岁", "v", 1)])
R.append([("联系电话", "l", 1), ("136-0000-4725", "v", 1), ("微信", "l", 1), ("jiaoyan_0521", "v", 1),
          ("现居地", "l", 1), ("重庆市渝北区", "v", 1)])
R.append([("求职岗位", "l", 1), ("餐饮店长 / 区域督导", "v", 1), ("期望月薪", "l", 1), ("9000-12000元", "v", 1),
          ("到岗时间", "l", 1), ("两周内", "v", 1)])
R.append([("学历", "l", 1), ("大专", "v", 1), ("工作年限", "l", 1), ("11年", "v", 1),
          ("健康证", "l", 1), ("有（2025年9月到期）", "v", 1)])
R.append([("工作经历", "s", 6)])
R.append([("时间", "h", 1), ("单位", "h", 1), ("职务", "h", 1), ("门店规模", "h", 1), ("主要业绩", "h", 2)])
jobs = [
    ("2020年4月～今", "渝味坊火锅", "店长（观音桥店）", "营业面积600㎡，员工42人",
     "2023年门店营业额1580万元，同比增长12%；翻台率由3.1提升到3.8；连续6个季度区域神秘顾客检查第一"),
    ("2017年2月～2020年3月", "渝味坊火锅", "副店长（南坪店）", "营业面积450㎡，员工30人",
     "负责前厅管理和排班；2018年带领门店通过食品安全量化分级A级评定"),
    ("2014年6月～2017年1月", "巴山小面餐饮管理有限公司", "领班 → 主管", "—",
     "负责午晚高峰出餐协调和新员工带教，带出服务员、传菜员18人"),
    ("2013年7月～2014年5月", "重庆嘉陵江大酒店", "中餐厅服务员", "—", "—"),
]
for j in jobs:
    R.append([(j[0], "v", 1), (j[1], "v", 1), (j[2], "v", 1), (j[3], "v", 1), (j[4], "v", 2)])
R.append([("教育经历", "s", 6)])
R.append([("时间", "h", 1), ("学校", "h", 2), ("专业", "h", 1), ("学历", "h", 1), ("备注", "h", 1)])
R.append([("2010年9月～2013年6月", "v", 1), ("重庆渝州旅游职业学院", "v", 2), ("酒店管理", "v", 1), ("大专", "v", 1),
          ("统招", "v", 1)])
R.append([("证书与荣誉", "s", 6)])
R.append([("年份", "h", 1), ("证书 / 荣誉", "h", 3), ("发证 / 颁发单位", "h", 2)])
for y, name, who in (("2015年", "餐厅服务员（三级/高级工）", "重庆市职业技能鉴定中心"),
                     ("2019年", "食品安全管理员", "重庆市渝北区市场监督管理局"),
                     ("2019年", "渝味坊年度优秀副店长", "渝味坊餐饮管理有限公司"),
                     ("2023年", "渝味坊年度金牌店长（集团共3人）", "渝味坊餐饮管理有限公司")):
    R.append([(y, "v", 1), (name, "v", 3), (who, "v", 2)])
R.append([("技能", "s", 6)])
R.append([("系统", "l", 1), ("美团收银、客如云、哗啦啦供应链、企业微信、Excel", "v", 5)])
R.append([("管理", "l", 1), ("排班、盘点、成本核算、食品安全、新店开业筹备", "v", 5)])
R.append([("自我评价", "s", 6)])
R.append([("从服务员做起，在火锅连锁干了8年，带过两家店。对门店的人、货、场比较熟：会排班控人力成本，会盯损耗和"
           "出品，也会处理客诉和突发情况。希望找一家正在扩张的连锁品牌，做店长或区域督导。", "p", 6)])

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

B = 'fo:border="0.5pt solid #000000"'
CELLSTYLES = {
    "t": f'<style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/>'
         f'<style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-size-asian="18pt" style:font-weight-asian="bold"/>',
    "l": f'<style:table-cell-properties {B} fo:background-color="#e2efda" fo:wrap-option="wrap" style:vertical-align="middle"/>'
         f'<style:paragraph-properties fo:text-align="center"/>'
         f'<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "v": f'<style:table-cell-properties {B} fo:wrap-option="wrap" style:vertical-align="middle"/>',
    "s": f'<style:table-cell-properties {B} fo:background-color="#548235" style:vertical-align="middle"/>'
         f'<style:text-properties fo:color="#ffffff" fo:font-size="11.5pt" fo:font-weight="bold" style:font-size-asian="11.5pt" style:font-weight-asian="bold"/>',
    "h": f'<style:table-cell-properties {B} fo:background-color="#f2f2f2" fo:wrap-option="wrap" style:vertical-align="middle"/>'
         f'<style:paragraph-properties fo:text-align="center"/>'
         f'<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>',
    "p": f'<style:table-cell-properties {B} fo:wrap-option="wrap" style:vertical-align="top"/>',
}

out = []
w = out.append
w('<?xml version="1.0" encoding="UTF-8"?>')
w(f'<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">')
w('<office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体"/>'
  '<style:font-face style:name="Arial" svg:font-family="Arial"/></office:font-face-decls>')
w('<office:styles><style:default-style style:family="table-cell">'
  '<style:text-properties style:font-name="Arial" fo:font-size="10pt" style:font-name-asian="宋体" style:font-size-asian="10pt"/>'
  '</style:default-style></office:styles>')
w('<office:automatic-styles>')
for i, cm in enumerate(COLS):
    w(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
      f'fo:break-before="auto" style:column-width="{cm}cm"/></style:style>')
w('<style:style style:name="ro" style:family="table-row"><style:table-row-properties '
  'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>')
w('<style:style style:name="rot" style:family="table-row"><style:table-row-properties '
  'style:row-height="1.2cm" style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>')
for k, props in CELLSTYLES.items():
    w(f'<style:style style:name="c{k}" style:family="table-cell" style:parent-style-name="Default">{props}</style:style>')
w('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
  'style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" '
  'fo:margin-right="1.5cm" style:print="objects charts drawings" style:print-page-order="ttb"/>'
  '<style:header-style/><style:footer-style/></style:page-layout>')
w('</office:automatic-styles>')
w('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">'
  '<style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>')
w('<office:body><office:spreadsheet><table:table table:name="简历">')
for i in range(len(COLS)):
    w(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>')
for row in R:
    w(f'<table:table-row table:style-name="{"rot" if row[0][1] == "t" else "ro"}">')
    for text, st, span in row:
        attrs = f'table:style-name="c{st}" office:value-type="string"'
        if span > 1:
            attrs += f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
        w(f'<table:table-cell {attrs}><text:p>{escape(text)}</text:p></table:table-cell>')
        if span > 1:
            w(f'<table:covered-table-cell table:number-columns-repeated="{span - 1}" table:style-name="c{st}"/>')
    w('</table:table-row>')
w('</table:table></office:spreadsheet></office:body></office:document>')
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out))
