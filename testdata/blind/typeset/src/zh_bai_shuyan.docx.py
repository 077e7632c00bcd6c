#!/usr/bin/python3
"""白舒妍: electrical engineer, 6 years, one page. A Chinese Word résumé (python-docx, exported by
LibreOffice): header as a two-column table, left a 3x4 label/value grid (姓名, 求职意向, 电话 …), right a
bordered 照片 placeholder cell spanning the rows; section headings as shaded paragraphs (white text on
blue); education and jobs as borderless three-column rows 时间 | 单位 | 专业/职位 with the work items as
"●" paragraphs below; skills as "■ 类别：…" lines; certificates with years; 自我评价 last."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import new, run, para, widths, shade
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = new(font="Noto Sans CJK SC", size=10.5, margins=1.8)


def pshade(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def heading(text):
    p = para(d, before=8, after=4)
    run(p, "  " + text, bold=True, size=12, color="FFFFFF")
    pshade(p, "2E5C8A")


def row3(a, b, c, bold=True):
    t = d.add_table(rows=1, cols=3)
    for i, s in enumerate((a, b, c)):
        cp = t.cell(0, i).paragraphs[0]
        run(cp, s, bold=bold and i == 1)
        if i == 2:
            cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    widths(t, [4.2, 6.6, 6.6])


def dot(text):
    p = para(d)
    p.paragraph_format.left_indent = Cm(0.5)
    p.paragraph_format.first_line_indent = Cm(-0.45)
    run(p, "●  " + text)


p = para(d, align="center", after=6)
run(p, "个人简历", bold=True, size=18)

t = d.add_table(rows=4, cols=5)
t.style = "Table Grid"
grid = [["姓　　名", "白舒妍", "性　　别", "女"],
        ["出生年月", "1994.03", "籍　　贯", "江苏常州"],
        ["联系电话", "182-0000-5590", "电子邮箱", "baishuyan@example.cn"],
        ["求职意向", "电气工程师（储能方向）", "期望城市", "苏州"]]
for r, row in enumerate(grid):
    for c, s in enumerate(row):
        cell = t.cell(r, c)
        run(cell.paragraphs[0], s, bold=(c % 2 == 0))
        if c % 2 == 0:
            shade(cell, "E8EEF5")
photo = t.cell(0, 4).merge(t.cell(3, 4))
photo.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
pp = photo.paragraphs[0]
pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(pp, "照片", color="999999")
widths(t, [2.2, 4.6, 2.2, 5.0, 3.4])
for row in t.rows:
    row.height = Cm(0.95)

heading("教育背景")
row3("2012.09 - 2016.06", "常州理工学院", "电气工程及其自动化　本科")
para(d, "主修课程：电力电子技术、电机学、自动控制原理、电力系统分析、PLC 原理与应用")

heading("工作经历")
row3("2019.07 - 至今", "苏州恒储新能源科技有限公司", "电气工程师")
for s in ["负责 1MW/2MWh 工商业储能柜的电气方案设计，完成 40 余个项目的图纸与选型；",
          "主导 PCS 与 BMS 的联调流程标准化，单项目调试周期由 12 天缩短到 5 天；",
          "编写并网测试报告，配合客户通过电网公司验收 18 次，一次通过率 94%。"]:
    dot(s)
row3("2016.07 - 2019.06", "无锡新瑞电气设备有限公司", "助理电气工程师")
for s in ["参与低压成套开关柜的设计与出厂试验，使用 EPLAN 绘制原理图与接线图；",
          "负责西门子 S7-1200 PLC 程序的现场调试与故障排查。"]:
    dot(s)

heading("专业技能")
for lead, rest in [("设计软件：", "AutoCAD、EPLAN Electric P8、SolidWorks Electrical"),
                   ("控制与通信：", "西门子 S7-1200/1500、Modbus、CAN、IEC 61850"),
                   ("办公软件：", "Word、Excel、Visio")]:
    p = para(d)
    run(p, "■ ")
    run(p, lead, bold=True)
    run(p, rest)

heading("证书与荣誉")
for s in ["注册电气工程师（供配电）基础考试合格　2018 年",
          "电工进网作业许可证（高压）　2017 年",
          "公司年度优秀员工　2021 年"]:
    dot(s)

heading("自我评价")
para(d, "六年电气设计与调试经验，熟悉储能系统和低压配电，能独立完成从方案、图纸到现场调试的全过程；做事细致，沟通顺畅，能接受短期出差。")

d.save(sys.argv[1])
