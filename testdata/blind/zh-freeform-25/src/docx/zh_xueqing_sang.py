"""zh_xueqing_sang.docx — public-health master's graduate applying to a CDC.

Centred name, a borderless info grid, centred '—— 教育背景 ——' headings, 导师 / 学位论文 lines,
a field-epidemiology internship, funded projects, a numbered 发表论文 list in GB/T 7714 style,
奖惩情况 and 校园经历.
usage: python3 zh_xueqing_sang.py OUT.docx
"""
import sys

from docx.shared import Cm

import lib

doc = lib.new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(1.8, 1.8, 2.2, 2.2))
lib.set_core(doc, "桑雪晴", "简历")

lib.para(doc, "桑雪晴", bold=True, size=20, font="黑体", align="center", after=2)
lib.para(doc, "求职意向：疾病预防控制中心 传染病防制 / 流行病学调查岗", align="center", size=11, after=8)

t = lib.table(doc, 3, 3, [5.5, 5.5, 5.6], borders=False)
rows = [
    ("性别：女", "出生年月：2000年4月", "政治面貌：中共党员"),
    ("籍贯：安徽安庆", "现居：江苏南京", "学历：硕士研究生"),
    ("电话：138 0013 8268", "邮箱：sangxueqing@example.cn", ""),
]
for r, row in enumerate(rows):
    for c, text in enumerate(row):
        if text:
            lib.cell_text(t.cell(r, c), text)


def heading(text):
    lib.para(doc, f"—— {text} ——", bold=True, size=12, font="黑体", align="center", before=10, after=4)


def head(left, right=""):
    p = lib.para(doc, before=3, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)  # right tab
    lib.run(p, left, bold=True)
    if right:
        lib.run(p, "\t" + right, bold=True)
    return p


def line(text, indent=0.0):
    return lib.para(doc, text, indent=indent, after=0)


heading("教育背景")
head("江淮医科大学　公共卫生学院　流行病与卫生统计学　硕士（学术学位）", "2022.09—2025.06")
line("导师：邵立群 教授　　研究方向：传染病时空流行病学")
line("学位论文：《江苏省某市手足口病时空聚集性及气象影响因素研究》")
line("GPA 3.72/4.0，专业排名 3/41")
head("江淮医科大学　公共卫生学院　预防医学　本科", "2018.09—2022.06")
line("主修课程：流行病学、卫生统计学、传染病学、环境卫生学、营养与食品卫生学")

heading("实践经历")
head("南京市栖霞区疾病预防控制中心　传染病防制科　实习生", "2024.07—2024.09")
for b in [
    "参与3起聚集性疫情（诺如病毒2起、流感1起）现场流行病学调查，完成个案调查表录入与初步分析报告；",
    "协助开展法定传染病报告质量核查，核查报告卡1200余张；",
    "参与辖区学校晨午检数据周报的撰写。",
]:
    line("● " + b, indent=0.3)

heading("科研项目")
head("国家自然科学基金面上项目：气候变化背景下肠道传染病风险预测模型研究", "2022—2025")
line("参与：负责监测数据清洗、时空扫描统计分析（SaTScan）与广义相加模型构建。", indent=0.3)
head("江苏省研究生科研创新计划项目：手足口病发病的气象滞后效应研究", "2023—2024")
line("主持：项目经费1.5万元，已结题。", indent=0.3)

heading("发表论文")
for i, ref in enumerate([
    "桑雪晴，邵立群，顾明远. 2015—2022年某市手足口病时空聚集性分析[J]. 疫情监测研究，2024，18(3)：211-216.",
    "Sang X, Wu T, Shao L. Meteorological factors and hand, foot and mouth disease: a distributed lag "
    "non-linear analysis[J]. East Asian Journal of Infection Surveillance, 2024, 9(2): 45-53.",
    "吴婷，桑雪晴，邵立群. 某市2019—2023年流感样病例监测数据分析[J]. 江淮预防医学，2023，34(6)：88-91.",
], 1):
    p = line(f"[{i}] {ref}", indent=0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)

heading("专业技能")
line("统计分析：R（dlnm、mgcv）、SAS、Stata、SPSS")
line("空间分析：ArcGIS、SaTScan、GeoDa")
line("数据录入：EpiData")
line("外　　语：英语 CET-6（568），能熟练阅读英文文献")

heading("奖惩情况")
for b in [
    "2024.12　研究生国家奖学金",
    "2023.10　江淮医科大学优秀研究生干部",
    "2021.10　本科校级一等奖学金",
    "在校期间无违纪处分。",
]:
    line(b)

heading("校园经历")
head("公共卫生学院研究生会　学术部部长", "2022.09—2024.06")
line("组织学院学术沙龙8场，协助筹办“公共卫生青年论坛”。", indent=0.3)

heading("自我评价")
line("预防医学本科、流行病学硕士，受过完整的现场流调和统计分析训练，在区疾控实习期间跟过聚集性疫情处置，"
     "能吃苦，能应对应急值班。性格踏实，文字功底较好，愿意长期在基层疾控工作。")

doc.save(sys.argv[1])
