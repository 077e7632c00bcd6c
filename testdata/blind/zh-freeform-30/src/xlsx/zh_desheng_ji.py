"""冀德胜: a WPS 表格-style sheet (xlsx) — every entry a row, merged cells for headings."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "简历"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="D9E1F2")
for col, w in zip("ABCDEF", [24, 26, 18, 14, 14, 22]):
    ws.column_dimensions[col].width = w
r = 1
def row(vals, bold=False, fill=None, merge=None, height=None, wrap=True):
    global r
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v)
        c.border = B
        c.alignment = Alignment(wrap_text=wrap, vertical="center")
        if bold: c.font = Font(bold=True)
        if fill: c.fill = fill
    if merge:
        for a, b in merge:
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
    if height: ws.row_dimensions[r].height = height
    r += 1
def heading(text):
    row([text] + [None] * 5, bold=True, fill=head, merge=[(1, 6)])
row(["个 人 简 历"] + [None] * 5, merge=[(1, 6)], height=30)
ws.cell(row=1, column=1).font = Font(size=16, bold=True)
ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
heading("基本情况")
row(["姓名", "冀德胜", "性别", "男", "出生年月", "1984.10"])
row(["联系电话", "139 0013 8427", "电子邮箱", "jidesheng@example.com", None, None], merge=[(4, 6)])
row(["现住址", "内蒙古包头市青山区", "求职意向", "锅炉运行班长 / 司炉工", None, None], merge=[(4, 6)])
heading("工作经历")
row(["起止时间", "单位", "岗位", "工作内容", None, None], bold=True, merge=[(4, 6)])
row(["2016年9月—今（8年）", "包头北辰热电有限公司", "锅炉运行班长", "带10人班组负责2台130t/h循环流化床锅炉运行、交接班和巡检；班组连续5个采暖季无非停。", None, None], merge=[(4, 6)], height=48)
row(["2010年3月—2016年8月（6年5个月）", "包头北辰热电有限公司", "司炉工（主值）", "DCS盘前监盘，燃烧调整、吹灰、排污；参与2014年锅炉低氮燃烧改造调试。", None, None], merge=[(4, 6)], height=48)
row(["2007年7月—2010年2月（2年7个月）", "青山区供热站", "司炉工", "4台燃煤链条炉的上煤、点火、水位监视及水处理化验。", None, None], merge=[(4, 6)], height=40)
heading("教育经历")
row(["起止时间", "学校", "专业", "学历", None, None], bold=True, merge=[(4, 6)])
row(["2004年9月—2007年7月（3年）", "包头钢城技工学校", "热能动力设备运行", "中专", None, None], merge=[(4, 6)])
row(["2013年3月—2015年7月（2年4个月）", "北疆广播电视大学", "热能与动力工程", "大专（函授）", None, None], merge=[(4, 6)])
heading("证书")
row(["取得时间", "证书名称", None, "发证机关", None, None], bold=True, merge=[(2, 3), (4, 6)])
row(["2008年", "特种设备作业人员证（G1 工业锅炉司炉）", None, "包头市质量技术监督局", None, None], merge=[(2, 3), (4, 6)])
row(["2011年", "特种设备作业人员证（G3 锅炉水处理）", None, "包头市质量技术监督局", None, None], merge=[(2, 3), (4, 6)])
row(["2019年", "电厂锅炉运行值班员（高级工）", None, "", None, None], merge=[(2, 3), (4, 6)])
heading("获奖")
row(["2019年度", "公司先进生产者", None, None, None, None], merge=[(2, 6)])
row(["2022年度", "安全生产标兵", None, None, None, None], merge=[(2, 6)])
heading("技能")
row(["熟练", "DCS操作、燃烧调整、锅炉启停、水质化验", None, None, None, None], merge=[(2, 6)])
row(["会用", "Excel、WPS", None, None, None, None], merge=[(2, 6)])
heading("自我评价")
row(["干了17年锅炉，夜班多，习惯了。守规程、不冒险，愿意带徒弟。", None, None, None, None, None], merge=[(1, 6)], height=30)
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
