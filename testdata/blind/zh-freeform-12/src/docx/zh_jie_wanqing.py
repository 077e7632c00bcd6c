# 师范应届生求职材料：封面 + 自荐信 + WPS 表格简历（合并单元格）
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

d = new_doc(font="宋体", size=11)
# ---- 封面 ----
for _ in range(5):
    para(d)
para(d, "赣东师范学院", size=16, align=CENTER, font="黑体")
para(d, "个 人 简 历", bold=True, size=36, align=CENTER, font="黑体", before=24, after=60)
t = d.add_table(rows=5, cols=2)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, (k, v) in enumerate([("姓　　名：", "揭婉清"), ("专　　业：", "汉语言文学（师范）"),
                            ("毕业院校：", "赣东师范学院"), ("联系电话：", "138 0000 5472"),
                            ("电子邮箱：", "jiewanqing@example.com")]):
    cell_text(t.cell(i, 0), k, size=14, align=RIGHT)
    cell_text(t.cell(i, 1), v, size=14)
    cell_border(t.cell(i, 1), bottom=("single", 6, "000000"))
widths(t, [4, 7])
page_break(d)
# ---- 自荐信 ----
para(d, "自 荐 信", bold=True, size=18, align=CENTER, font="黑体", after=18)
para(d, "尊敬的领导：", size=12, after=6)
letter = [
    "您好！首先感谢您在百忙之中翻阅我的材料。我是赣东师范学院文学院汉语言文学（师范）专业2024届毕业生揭婉清，得知贵校招聘小学语文教师，特冒昧写信自荐。",
    "四年来，我系统学习了现代汉语、古代汉语、儿童文学、小学语文课程与教学论等课程，坚持每天练习三笔字，积极参加说课、讲课比赛。大四上学期在抚州市临川区实验小学完成了为期一学期的教育实习，独立承担四年级语文教学和实习班主任工作，对小学课堂和班级管理有了切身体会。",
    "我热爱教师这份职业，愿意从最基础的工作做起，踏实肯干，虚心向老教师学习。恳请贵校给我一个展示自己的机会，我一定不辜负您的信任！",
]
for ln in letter:
    para(d, ln, size=12, indent=24, after=6)
para(d, "此致", size=12, indent=24, before=6)
para(d, "敬礼！", size=12)
para(d, "自荐人：揭婉清", size=12, align=RIGHT, before=18)
para(d, "2024年3月", size=12, align=RIGHT)
page_break(d)
# ---- 表格简历 ----
para(d, "个人简历", bold=True, size=20, align=CENTER, font="黑体", after=10)
t = d.add_table(rows=14, cols=5)
borders(t)
rows = [("姓　　名", "揭婉清", "性　　别", "女"),
        ("出生年月", "2002.05", "政治面貌", "中共党员"),
        ("民　　族", "汉", "籍　　贯", "江西抚州"),
        ("学　　历", "本科", "专　　业", "汉语言文学（师范）")]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), align=CENTER)
ph = t.cell(0, 4).merge(t.cell(3, 4))
cell_text(ph, ["", "", "照片"], align=CENTER)
cell_text(t.cell(4, 0), "联系电话", bold=True, align=CENTER)
cell_text(t.cell(4, 1), "138 0000 5472", align=CENTER)
cell_text(t.cell(4, 2), "电子邮箱", bold=True, align=CENTER)
em = t.cell(4, 3).merge(t.cell(4, 4))
cell_text(em, "jiewanqing@example.com", align=CENTER)
sections = [
    ("求职意向", ["小学语文教师（意向地区：南昌、抚州）"]),
    ("教育背景", ["2020.09—2024.06　赣东师范学院　文学院　汉语言文学（师范）　本科",
              "主修课程：现代汉语、古代汉语、中国古代文学、儿童文学、小学语文课程与教学论、教育心理学",
              "成绩：GPA 3.68/4.0，专业排名 7/126"]),
    ("教育实习", [("2023.09—2023.12　抚州市临川区实验小学　语文实习教师", True),
              "· 担任四年级（3）班语文实习教师及实习班主任，独立授课46课时；",
              "· 公开课《爬山虎的脚》获指导教师和教研组好评；",
              "· 组织“经典诵读”主题班会2次，协助完成期中质量检测阅卷与成绩分析。"]),
    ("校园经历", [("2021.09—2023.06　文学院学生会学习部　部长", True),
              "· 策划“师范生教学技能月”系列活动，组织粉笔字、简笔画、说课比赛5场，参与300余人次；",
              ("2020.10—2024.06　汉语言文学2001班　班长", True),
              "· 协助辅导员做好班级日常管理，班级获评2022年度校级“先进班集体”。",
              ("2022.07—2022.08　“青禾”暑期支教队　队员", True),
              "· 赴广昌县某村小开展为期3周的支教，负责三年级语文和绘本阅读课。"]),
    ("获奖情况", ["2023.05　赣东师范学院第七届师范生教学技能大赛　一等奖",
              "2022.11　校级“优秀学生干部”",
              "2021—2022学年　校二等奖学金"]),
    ("技能证书", ["教师资格证（小学语文）、普通话二级甲等、全国大学英语四级（CET-4）、计算机二级（MS Office）",
              "三笔字（钢笔、粉笔、毛笔）基本功扎实，能熟练制作PPT课件，会使用希沃白板"]),
    ("自我评价", ["性格开朗，有耐心，喜欢和孩子们在一起；普通话标准，板书工整，教学基本功扎实；做事认真负责，有较强的组织协调能力和团队合作精神。"]),
]
for k, (h, lines) in enumerate(sections):
    i = 5 + k
    cell_text(t.cell(i, 0), h, bold=True, align=CENTER)
    c = t.cell(i, 1).merge(t.cell(i, 4))
    cell_text(c, lines)
for i in range(12, 14):
    pass
# drop two spare rows
for r in list(t.rows)[12:]:
    r._element.getparent().remove(r._element)
widths(t, [2.4, 3.6, 2.4, 4.4, 3.2])
d.save(sys.argv[1])
