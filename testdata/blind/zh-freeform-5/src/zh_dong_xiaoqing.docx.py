import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from docxlib import *
d = new_doc("等线", 10.5, 1.9)
p = para(d, after=2); run(p, "董晓晴", bold=True, size=20); run(p, "　　临床医学硕士（内科学·心血管方向）｜ 2025届", size=11, color="555555")
t = d.add_table(rows=3, cols=4)
info = [("电　　话", "138 0000 6105", "邮　　箱", "dongxq@example.org"),
        ("出生年月", "1998年2月", "政治面貌", "中共党员"),
        ("求职意向", "心血管内科住院医师", "意向城市", "南昌 / 长沙")]
for r, vals in zip(t.rows, info):
    for c, v in zip(r.cells, vals):
        cell_text(c, v, bold=v.endswith(("话", "箱", "月", "貌", "向", "市")) and len(v) <= 5)
widths(t, [2.2, 5.8, 2.2, 5.8])
def h(text):
    p = para(d, before=10, after=3); run(p, "■ " + text, bold=True, size=12, color="8B1A1A"); bottom_border(p, 6, "8B1A1A")
h("教育背景")
t = d.add_table(rows=1, cols=5); table_borders(t)
for c, v in zip(t.rows[0].cells, ["阶段", "起止时间", "院校", "专业", "导师"]):
    cell_text(c, v, bold=True, align="center"); shade(c, "F2DCDB")
for vals in [("硕士", "2022.09-2025.06", "赣江医科大学", "内科学（心血管病）", "熊建平 主任医师"),
             ("本科", "2017.09-2022.06", "赣江医科大学", "临床医学（五年制）", "—")]:
    r = t.add_row()
    for c, v in zip(r.cells, vals): cell_text(c, v, align="center")
widths(t, [1.5, 3.2, 3.6, 4.2, 3.5])
para(d, "硕士GPA：3.7/4.0（专业排名 3/28）；本科GPA：3.5/4.0", before=3)
para(d, "主修课程：内科学、诊断学、心血管病学、医学统计学、循证医学、医学影像学")
h("临床经历")
t = d.add_table(rows=1, cols=4); table_borders(t)
for c, v in zip(t.rows[0].cells, ["时间", "医院", "科室/岗位", "备注"]):
    cell_text(c, v, bold=True, align="center"); shade(c, "F2DCDB")
for vals in [("2022.09-2025.06", "赣江医科大学第一附属医院", "心血管内科 住院医师（专硕并轨规培）", "南昌"),
             ("2021.07-2022.05", "赣江医科大学第二附属医院", "临床实习医生", "内外妇儿轮转")]:
    r = t.add_row()
    for c, v in zip(r.cells, vals): cell_text(c, v)
widths(t, [3.2, 5.0, 5.4, 2.4])
para(d, "规培期间工作内容：", bold=True, before=4)
for it in ["在心内科、CCU、急诊科等科室轮转，独立管理床位8-12张，书写大病历和病程记录；",
           "参与急性心肌梗死绿色通道值班，配合完成急诊PCI术前准备和术后管理；",
           "完成心电图判读2000余份，参与心脏超声和动态心电图报告的初筛。"]:
    para(d, "· " + it, indent=0.4)
h("科研经历")
p = para(d, tabs=[(16.5, "right")]); run(p, "SGLT2抑制剂对射血分数保留心衰患者心室重构的影响（回顾性队列研究）", bold=True); run(p, "\t2023.03-2024.10")
para(d, "项目来源：江西省卫健委科研计划课题（参与）", indent=0.4)
para(d, "我的工作：收集和整理420例患者的随访数据，用R语言完成倾向性评分匹配和生存分析，撰写论文初稿。", indent=0.4)
h("发表论文")
for it in ["[1] Dong X, Xiong J. Effect of SGLT2 inhibitors on left ventricular remodeling in HFpEF: a retrospective cohort study. Cardiology Research and Practice, 2024.（SCI，第一作者）",
           "[2] 董晓晴，熊建平．急性心肌梗死患者院内延误时间的影响因素分析．中国急救医学，2023．"]:
    para(d, it, indent=0.4)
h("证书与技能")
para(d, "执业医师资格证（2023年）　｜　住院医师规范化培训合格证（2025年，预计）　｜　英语CET-6（526）")
para(d, "临床技能：心肺复苏、胸腔穿刺、腰椎穿刺、心电图判读")
para(d, "科研工具：R、SPSS、EndNote、GraphPad Prism")
h("奖励荣誉")
for it in ["2024年　研究生国家奖学金", "2023年　赣江医科大学“优秀研究生干部”", "2020年　全国大学生临床技能竞赛华东赛区二等奖"]:
    para(d, it, indent=0.4)
d.save(sys.argv[1])
