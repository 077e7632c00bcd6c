import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

# the whole résumé is one bordered 5-column table (WPS "表格简历" template), photo cell merged
d = new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(1.5, 1.5, 2.0, 2.0))
para(d, "个 人 简 历", bold=True, size=18, align="center", space_after=6)
W = (2.4, 4.2, 2.4, 4.6, 3.4)
rows = 27
t = table(d, rows, 5, W, borders=True)
r = 0


def kv(row, a, b, c, e):
    for i, s in enumerate((a, b, c, e)):
        cell_text(t.cell(row, i), [s], bold_first=(i % 2 == 0), align="center" if i % 2 == 0 else None)


kv(0, "姓　　名", "奚悦彤", "性　　别", "女")
kv(1, "出生年月", "2003.02", "政治面貌", "共青团员")
kv(2, "联系电话", "139 0000 7205", "电子邮箱", "xiyuetong@example.edu")
kv(3, "求职意向", "土木工程师（施工/结构方向）", "意向城市", "南京、苏州")
vmerge_photo(t, 0, 3, 4, "照　片")


def sec(row, title):
    c = t.cell(row, 0).merge(t.cell(row, 4))
    cell_text(c, [title], bold_first=True, align="center")
    shade(c, "D9E2F3")


def full(row, lines, label=None):
    if label:
        cell_text(t.cell(row, 0), [label], bold_first=True, align="center")
        c = t.cell(row, 1).merge(t.cell(row, 4))
    else:
        c = t.cell(row, 0).merge(t.cell(row, 4))
    cell_text(c, lines)


sec(4, "教育背景")
cell_text(t.cell(5, 0), ["2021.09-2025.06"])
cell_text(t.cell(5, 1), ["金陵建筑大学"])
cell_text(t.cell(5, 2).merge(t.cell(5, 3)), ["土木工程（建筑工程方向）"])
cell_text(t.cell(5, 4), ["本科"], align="center")
full(6, ["GPA：3.6/4.0　　专业排名：12/186"], label="成　　绩")
full(7, ["结构力学（92）、混凝土结构设计原理（90）、钢结构（88）、土力学与地基基础（87）、工程测量（91）、建筑施工技术（93）"], label="主修课程")

sec(8, "实习经历")
cell_text(t.cell(9, 0), ["2024.07-2024.08"])
cell_text(t.cell(9, 1).merge(t.cell(9, 3)), ["江苏中建远航建设集团有限公司（南京河西项目部）"])
cell_text(t.cell(9, 4), ["施工员（实习）"], align="center")
full(10, ["1. 跟进 18 层住宅主体结构施工，协助技术负责人做钢筋隐蔽验收和混凝土浇筑旁站；",
          "2. 用广联达 GTJ 完成两层楼板的钢筋工程量复核，与预算偏差控制在 2% 以内；",
          "3. 整理施工日志与安全交底记录。"])

sec(11, "社会实践与校园经历")
cell_text(t.cell(12, 0), ["2023.07"])
cell_text(t.cell(12, 1).merge(t.cell(12, 3)), ["暑期“三下乡”农村危房调研团"])
cell_text(t.cell(12, 4), ["队员"], align="center")
full(13, ["走访宿迁 3 个乡镇 46 户农房，完成结构安全排查表与调研报告。"])
cell_text(t.cell(14, 0), ["2022.09-2024.06"])
cell_text(t.cell(14, 1).merge(t.cell(14, 3)), ["土木工程学院学生会"])
cell_text(t.cell(14, 4), ["学习部部长"], align="center")
full(15, ["组织专业课答疑与 CAD 制图培训 10 余次。"])

sec(16, "获奖情况")
cell_text(t.cell(17, 0), ["2023.10"]); cell_text(t.cell(17, 1).merge(t.cell(17, 4)), ["国家励志奖学金"])
cell_text(t.cell(18, 0), ["2023.05"]); cell_text(t.cell(18, 1).merge(t.cell(18, 4)), ["全国大学生结构设计竞赛江苏赛区三等奖"])
cell_text(t.cell(19, 0), ["2022.10"]); cell_text(t.cell(19, 1).merge(t.cell(19, 4)), ["校二等奖学金"])

sec(20, "技能证书")
full(21, ["CET-4（536）、CET-6（481）"], label="英　　语")
full(22, ["全国计算机等级考试二级（MS Office）"], label="计 算 机")
full(23, ["AutoCAD、PKPM、广联达 GTJ、Revit"], label="专业软件")

sec(24, "自我评价")
full(25, ["专业基础扎实，能吃苦，愿意长期驻场；沟通主动，在实习中能较快上手现场资料与测量放线工作。"])
full(26, ["本人承诺以上信息真实有效。"])
d.save(sys.argv[1])
