# 祖光明 — 表格式简历 (one big grid, photo cell spanning four rows, merged section rows)
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from docx.shared import Cm, Pt

out = sys.argv[1]
d = new_doc(font="宋体", size=10.5, margins=(1.6, 1.6, 1.8, 1.8))
para(d, "个 人 简 历", bold=True, size=20, align="center", after=8, font="黑体")

t = d.add_table(rows=0, cols=5)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
W = [2.6, 4.4, 2.6, 4.4, 3.4]
GREY = "D9D9D9"

def row(*cells):
    r = t.add_row()
    for i, c in enumerate(cells):
        if c is None:
            continue
        text, kw = (c if isinstance(c, tuple) else (c, {}))
        cell_text(r.cells[i], text, **kw)
        vcenter(r.cells[i])
    return r

L = {"bold": True, "align": "center", "shade": "F2F2F2"}
r1 = row(("姓  名", L), "祖光明", ("性  别", L), "男", "")
r2 = row(("出生年月", L), "1988.10", ("民  族", L), "汉", None)
r3 = row(("学  历", L), "大专", ("政治面貌", L), "群众", None)
r4 = row(("工作年限", L), "15年", ("婚姻状况", L), "已婚", None)
photo = r1.cells[4].merge(r4.cells[4])
png = os.path.join(tempfile.mkdtemp(), "photo.png")
placeholder_png(png)
photo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
photo.paragraphs[0].add_run().add_picture(png, width=Cm(2.4))
vcenter(photo)

def wide(label, value, lab=L):
    r = t.add_row()
    cell_text(r.cells[0], label, **lab)
    m = r.cells[1].merge(r.cells[4])
    cell_text(m, value)
    vcenter(r.cells[0]); vcenter(m)
    return r

r = row(("联系电话", L), "138 0013 8417", ("电子邮箱", L), "zuguangming@example.cn", None)
r.cells[3].merge(r.cells[4])
wide("现居住地", "浙江宁波（余姚市）")
wide("求职意向", "注塑工艺工程师 / 注塑车间主管")
r = row(("期望薪资", L), "12-15K", ("到岗时间", L), "一个月内", None)
r.cells[3].merge(r.cells[4])

def section(title):
    r = t.add_row()
    m = r.cells[0].merge(r.cells[4])
    cell_text(m, title, bold=True, size=12, shade=GREY)

section("教育背景")
r = row(("起止时间", L), ("学校名称", L), ("专  业", L), ("学  历", L), None)
r.cells[3].merge(r.cells[4])
r = row("2006.09-2009.06", "甬江职业技术学院", "模具设计与制造", "大专（统招）", None)
r.cells[3].merge(r.cells[4])

section("工作经历")
jobs = [
    ("2017.03-至今", "余姚恒润塑胶制品有限公司", "注塑车间", "注塑工艺工程师",
     ["负责车间 68 台注塑机（海天、恩格尔，80T–1300T）的工艺调试与参数优化，主要产品为汽车门板、仪表台骨架及家电外壳；",
      "新模具试模（T0/T1/T2），出具试模报告，跟进模具修改直至量产移交；",
      "主导汽车门板缩痕、熔接线问题改善，不良率由 3.2% 降至 0.6%，年节约返工成本约 40 万元；",
      "编写工艺卡和 SOP，带教调机技术员 12 人。"]),
    ("2012.07-2017.02", "慈溪宏达电器有限公司", "生产部", "注塑技术员",
     ["负责小家电外壳（ABS、PP、PC）注塑调机及换模，管理 3 个班组共 22 台机；",
      "配合品质部处理客诉，推行首件检验制度，2015 年获公司“技术能手”称号。"]),
    ("2009.07-2012.06", "宁波北仑精模塑料厂", "", "调机员",
     ["从学徒做起，掌握上下模、干燥、温控及机械手调试。"]),
]
for dates, co, dept, title, duties in jobs:
    r = row(("起止时间", L), dates, ("单位名称", L), co, None)
    r.cells[3].merge(r.cells[4])
    r = row(("部  门", L), dept, ("职  位", L), title, None)
    r.cells[3].merge(r.cells[4])
    wide("工作内容", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(duties)))

section("专业技能")
r = t.add_row()
m = r.cells[0].merge(r.cells[4])
cell_text(m, "熟悉海天、恩格尔、住友注塑机操作及工艺参数设定；\n"
              "了解 Moldflow 模流分析，会用 AutoCAD、UG 看图；\n"
              "熟悉 PP、ABS、PC、PA66+GF30 等常用材料的干燥及成型特性；\n"
              "掌握科学注塑（DOE、黏度曲线、浇口冻结试验）方法。")

section("证书")
r = t.add_row()
m = r.cells[0].merge(r.cells[4])
cell_text(m, "注塑模具工（高级，2014年）、IATF 16949 内审员（2019年）、叉车证（2011年）")

section("自我评价")
r = t.add_row()
m = r.cells[0].merge(r.cells[4])
cell_text(m, "在注塑行业一线干了十五年，从调机员做到工艺工程师，对汽车件和家电件的成型缺陷分析有较多经验。"
              "做事踏实，能吃苦，服从加班安排，愿意带新人。")
widths(t, W)
d.save(out)
