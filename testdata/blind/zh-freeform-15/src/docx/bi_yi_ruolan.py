import sys
from lib import *

d = new_doc(font="等线", latin="Georgia", size=10)
PLUM = "5B2C6F"


def head(zh, en):
    p = para(d, before=10, after=2)
    run(p, zh, bold=True, size=12, color=PLUM)
    p = para(d, after=4)
    run(p, en.upper(), size=8, color="999999")
    pborder(p, "bottom", "CCCCCC", 4)


p = para(d, after=0)
run(p, "易若岚", bold=True, size=22, color=PLUM)
p = para(d, after=2)
run(p, "Rowena Yi", size=13, color="777777")
p = para(d, after=2)
run(p, "IB DP 数学教师 · 八年教龄 · 七年班主任　｜　IB DP Mathematics Teacher, 8 years in the classroom")

head("求职意向", "Position sought")
para(d, "国际学校 DP 数学组长 / 高中数学教师（深圳、广州）")
para(d, "Head of DP Mathematics or Senior Mathematics Teacher — Shenzhen / Guangzhou")

head("教学经历", "Teaching experience")
p = para(d, before=4)
run(p, "DP 数学教师、十一年级班主任　DP Mathematics Teacher & Grade 11 Homeroom Teacher", bold=True)
p = para(d)
run(p, "深圳湾蓝桥国际学校 Bluebridge International School Shenzhen　　Aug 2023 – now", color="444444")
for s in [
    "任教 DP Mathematics: Analysis and Approaches（SL / HL），每届约 40 名学生；",
    "指导学生完成数学 IA（Internal Assessment），2024 届 IA 平均 16.8 / 20；",
    "Coordinated the school's first Maths Week and an after-school AMC 10/12 club.",
]:
    para(d, "– " + s, indent=0.4)

p = para(d, before=6)
run(p, "高中数学教师（IGCSE / A-Level）、班主任　Mathematics Teacher & Form Tutor", bold=True)
p = para(d)
run(p, "广州云岫外国语学校国际部　　2019年9月—2023年6月", color="444444")
for s in [
    "教授 IGCSE Mathematics（0580）与 A-Level Mathematics（9709）；",
    "连续四年担任班主任，负责升学规划、家校沟通和学生心理关怀。",
]:
    para(d, "– " + s, indent=0.4)

p = para(d, before=6)
run(p, "初中数学教师　Middle School Mathematics Teacher", bold=True)
p = para(d)
run(p, "佛山市禅城区启航实验中学　　2017年9月—2019年7月", color="444444")
para(d, "– 任教初二、初三数学，2019 年所带两个班中考数学平均分 108.5（满分 120），居年级第一；担任初二（3）班班主任两年。", indent=0.4)

head("班主任及教学成绩", "Homeroom years & results")
t = table(d, 7, 4, widths=[2.6, 4.6, 2.2, 8.0])
rows = [
    ("学年 Year", "学校 / 年级 School / Grade", "班主任 Homeroom", "成绩 Results"),
    ("2023–2024", "蓝桥 G11", "是 Yes", "DP 数学 AA HL 平均 5.9（全球均分 4.9）"),
    ("2022–2023", "云岫 A2", "是 Yes", "A-Level 数学 A*/A 率 78%"),
    ("2021–2022", "云岫 AS", "是 Yes", "A-Level 数学 A*/A 率 71%"),
    ("2020–2021", "云岫 G10", "是 Yes", "IGCSE 数学 A*/A 率 85%"),
    ("2019–2020", "云岫 G9", "是 Yes", "—"),
    ("2017–2019", "启航 初二→初三", "是 Yes", "中考数学均分 108.5 / 120，年级第一"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.rows[i].cells[j], "EDE4F1")

head("教育背景", "Education")
p = para(d, before=2)
run(p, "University of Eastbridge（英国）　MA Education (Mathematics Education)　教育学硕士", bold=True)
para(d, "2015.09 – 2016.11　　Dissertation: Mathematical talk in mixed-ability classrooms", color="444444")
p = para(d, before=4)
run(p, "南岭师范大学 数学科学学院　数学与应用数学（师范）　理学学士", bold=True)
para(d, "2011.09 – 2015.06　　GPA 3.6 / 4.0", color="444444")

head("证书与培训", "Certificates & training")
for s in [
    "高级中学教师资格证（数学）— 2015",
    "IB Category 1 Workshop: Mathematics Analysis and Approaches — 2021",
    "IB Category 2 Workshop: Assessment — 2023",
    "普通话水平测试 一级乙等 — 2014",
]:
    para(d, "· " + s)

head("语言与技能", "Languages & skills")
para(d, "中文（母语）；English — IELTS 8.0 (2016)")
para(d, "GeoGebra、Desmos、LaTeX、ManageBac、Google Classroom")

p = para(d, before=14)
pborder(p, "bottom", "CCCCCC", 4)
p = para(d, before=4)
run(p, "联系方式 Contact　", bold=True, color=PLUM)
run(p, "电话 +86 136 0000 4582　｜　邮箱 rowena.yi@example.com　｜　现居 深圳南山 Shenzhen", color="444444")

d.save(sys.argv[1])
