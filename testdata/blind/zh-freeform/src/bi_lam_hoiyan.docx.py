"""林凯欣 LAM Hoi Yan: bilingual Hong Kong campus résumé in Word — bilingual labels in a
label/value table (`姓名 Name`), name written in both scripts in one cell, education and
internship as table rows, bilingual headings, languages with 母语 Native-style fluency."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10)
para(d, "個人履歷 Curriculum Vitae", bold=True, size=16, align="center", after=6)
t = d.add_table(rows=3, cols=4)
borders(t, color="A0A0A0")
rows = [("姓名 Name", "林凯欣 LAM Hoi Yan", "电话 Tel", "+852 6000 3817"),
        ("电邮 Email", "hoiyan.lam@example.hk", "所在地 Location", "香港 Hong Kong"),
        ("求职意向 Objective", "毕业生土木工程师 Graduate Civil Engineer", "", "")]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
        if j % 2 == 0 and v:
            shade(t.cell(i, j), "E2EFDA")
t.cell(2, 1).merge(t.cell(2, 3))
cell_text(t.cell(2, 1), "毕业生土木工程师 Graduate Civil Engineer")
widths(t, [3.2, 5.6, 3.2, 5.0])

def head(s):
    p = para(d, s, bold=True, size=12, before=10, after=3, color="385623")
    bottom_rule(p, color="385623", sz=6)

def rows_table(data, w):
    tb = d.add_table(rows=len(data), cols=len(data[0]))
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            cell_text(tb.cell(i, j), v, bold=(j == 1))
    widths(tb, w)

head("教育背景 Education")
rows_table([("2020.09 – 2024.06", "城岭大学 City Ridge University", "BEng (Hons) Civil Engineering 土木工程\n一级荣誉 First Class Honours（预计 expected）")], [3.4, 5.6, 8.0])

head("实习经历 Internship")
rows_table([("2023.06 – 2023.08", "恒岳工程顾问有限公司 Hang Ngok Engineering Consultants Ltd", "暑期实习生 Summer Intern")], [3.4, 8.6, 5.0])
for x in ["协助完成行人天桥的结构计算（SAP2000），并按 Eurocode 校核钢构件。",
          "Prepared 25 construction drawings in AutoCAD and Revit for a slope upgrading project.",
          "参与工地巡查，记录施工进度并撰写周报 weekly site reports。"]:
    bullet(d, x)

head("项目 Project")
p = para(d, before=3); right_tab(p, 17.0)
run(p, "毕业论文：再生骨料混凝土梁的抗剪性能 Final Year Project: Shear Behaviour of Recycled Aggregate Concrete Beams", bold=True)
p = para(d); run(p, "2023.09 – 2024.04")
para(d, "Cast and tested 6 beams; proposed a reduction factor for shear capacity. 导师评价 A 级。")

head("技能 Skills")
para(d, "软件 Software：AutoCAD, Revit, SAP2000, ETABS, Python")
para(d, "语言 Languages：粤语 Cantonese（母语 Native）；英语 English（IELTS 8.0）；普通话 Putonghua（良好 Good）")

head("奖项 Awards")
for x in ["2023 城岭大学结构工程奖学金 CRU Structural Engineering Scholarship",
          "2022 Dean's List 院长嘉许名单"]:
    bullet(d, x)
d.save(sys.argv[1])
