"""钱磊: 大专 CNC technician, a 求职登记表-style WPS form: one bordered table throughout — a personal-data
block with a merged photo cell, full-width section rows, work and education as column tables with a
header row (起止时间 / 工作单位 / 职务 / 离职原因 / 证明人), free text in merged cells."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10)
para(d, "求 职 简 历", bold=True, size=18, align="center", after=8)

t = d.add_table(rows=0, cols=6)
borders(t, sz=6, color="000000")
def row(vals, bold_cols=(), shade_all=None):
    r = t.add_row()
    for i, v in enumerate(vals):
        cell_text(r.cells[i], v, bold=i in bold_cols)
        if shade_all:
            shade(r.cells[i], shade_all)
    return r
def full(text, bold=False, fill=None):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[5])
    cell_text(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c

row(["姓名", "钱磊", "性别", "男", "出生年月", "1995.08"], bold_cols=(0, 2, 4))
row(["学历", "大专", "专业", "数控技术", "工作年限", "6 年"], bold_cols=(0, 2, 4))
row(["联系电话", "152 0000 9036", "电子邮箱", "qianlei_cnc@qq.com", "现居住地", "江苏常州"], bold_cols=(0, 2, 4))
r = row(["求职意向", "数控编程工程师 / CNC 技术员", "", "", "期望薪资", "8000-10000 元/月"], bold_cols=(0, 4))
r.cells[1].merge(r.cells[3])
cell_text(r.cells[1], "数控编程工程师 / CNC 技术员")

full("工作经历", bold=True, fill="D9D9D9")
row(["起止时间", "工作单位", "", "职务", "离职原因", "证明人"], bold_cols=range(6))
for a, b, c, e, f in [("2020.06-至今", "常州恒锐精工机械有限公司", "数控车间 班组长", "—", "王工"),
                      ("2017.07-2020.05", "无锡锡东汽配有限公司", "CNC 操作工", "个人发展", "李主任")]:
    r = row([a, b, "", c, e, f])
    r.cells[1].merge(r.cells[2]); cell_text(r.cells[1], b)
c = full("")
cell_text(c, "主要工作：\n"
             "1. 带 8 人班组负责五轴加工中心和数控车床的生产，月产精密零件 1.2 万件，合格率 99.3%。\n"
             "2. 用 UG NX 编写加工程序并优化刀路，典型零件单件工时从 26 分钟降到 18 分钟。\n"
             "3. 在锡东汽配期间负责 FANUC 系统数控车床的操作与首件检验，参与 TS16949 审核准备。")

full("教育经历", bold=True, fill="D9D9D9")
row(["起止时间", "学校", "", "专业", "学历", "证明人"], bold_cols=range(6))
r = row(["2014.09-2017.06", "常州龙城职业技术学院", "", "数控技术", "大专", "—"])
r.cells[1].merge(r.cells[2]); cell_text(r.cells[1], "常州龙城职业技术学院")

full("技能证书", bold=True, fill="D9D9D9")
full("数控车工（高级工）　2019 年\n加工中心操作工（中级工）　2016 年\n驾驶证 C1")
full("专业技能", bold=True, fill="D9D9D9")
full("UG NX、Mastercam、AutoCAD；FANUC、SIEMENS 840D 系统；会看复杂零件图纸，懂形位公差和三坐标检测。")
full("自我评价", bold=True, fill="D9D9D9")
full("吃苦耐劳，服从安排，能适应两班倒；带班组注重安全和 5S 管理，连续三年车间零事故。")
d.save(sys.argv[1])
