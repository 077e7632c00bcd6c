"""zh_xinyue_lin.docx — WPS-style résumé of a children's Chinese-dance teacher.

Title, a photo table (2 x 4 grid of label/value pairs with an empty photo cell on the right),
pink heading bars with an English word, dated one-line entries with '-' bullets.
usage: python3 zh_xinyue_lin.py OUT.docx
"""
import sys

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import lib

PINK = "B0485E"
doc = lib.new_doc(font="微软雅黑", latin="Arial", size=10, margins=(1.6, 1.5, 1.9, 1.9))
lib.set_core(doc, "lxy", "个人简历")

lib.para(doc, "个 人 简 历", bold=True, size=20, color=PINK, align="center", after=8)

# photo table: label | value | label | value | photo
t = lib.table(doc, 4, 5, [2.2, 3.8, 2.2, 5.4, 3.5], color="D9A7B3")
lib.cell_margins(t, 60, 60, 100, 100)
grid = [
    ("姓　　名", "蔺欣悦", "性　　别", "女"),
    ("出生年月", "1997.03", "身　　高", "165 cm"),
    ("学　　历", "本科", "政治面貌", "共青团员"),
    ("手　　机", "138 0013 8426", "邮　　箱", "linxinyue_dance@example.cn"),
]
for r, row in enumerate(grid):
    lib.row_height(t.rows[r], 0.85)
    for c, text in enumerate(row):
        cell = t.cell(r, c)
        lib.vcenter(cell)
        if c % 2 == 0:
            lib.shade(cell, "F8E6EA")
            lib.cell_text(cell, text, bold=True, align="center")
        else:
            lib.cell_text(cell, text, size=9.5 if "@" in text else None)
photo = t.cell(0, 4).merge(t.cell(3, 4))
lib.vcenter(photo)

def heading(cn, en):
    p = lib.para(doc, before=12, after=4)
    lib.run(p, "■ " + cn, bold=True, size=12, color=PINK)
    lib.run(p, "  " + en, bold=False, size=9, color="C98A98")
    lib.bottom_rule(p, color=PINK, size=8)


def entry(dates, org, role, extra=""):
    p = lib.para(doc, before=4, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    lib.run(p, dates, bold=True)
    lib.run(p, "\t" + org, bold=True)
    lib.run(p, "\t" + role + (("　　" + extra) if extra else ""), bold=True)


def bullet(text):
    lib.para(doc, "- " + text, indent=0.4, after=0)


heading("求职意向", "JOB INTENTION")
lib.para(doc, "意向岗位：少儿舞蹈教师（中国舞）　期望城市：济南　期望薪资：6K-8K　到岗时间：一个月内",
         before=2)

heading("教育背景", "EDUCATION")
entry("2015.09-2019.06", "泰岳艺术学院", "舞蹈学（舞蹈教育方向）", "本科")
lib.para(doc, "主修课程：中国古典舞基训、中国民族民间舞、儿童舞蹈创编、舞蹈教学法、舞蹈解剖学、钢琴基础", indent=0.4)
entry("2009.09-2015.06", "济南华泉艺术学校", "舞蹈表演", "中专")

heading("工作经历", "WORK EXPERIENCE")
entry("2021.08-至今", "济南星芽舞蹈艺术中心", "少儿中国舞教师 / 教学组长")
for b in [
    "负责4-12岁中国舞考级班、集训班教学，在带班级6个，学员约90人；",
    "2023年3月起担任教学组长，带领5名老师统一教案与考级进度，组织每月教研和家长开放课；",
    "连续三年组织中国舞蹈家协会中国舞考级，累计送考210人次，通过率100%；",
    "编排少儿舞蹈作品8个，参加省市级比赛及新年汇报演出；",
    "负责家长沟通与续费回访，所带班级续费率保持在85%以上。",
]:
    bullet(b)
entry("2019.07-2021.07", "青禾幼教集团（历下园）", "舞蹈特长教师")
for b in [
    "负责中大班舞蹈特色课及每周两次舞蹈兴趣班；",
    "编排六一、毕业典礼等园所演出节目，参与园本舞蹈课程资料整理；",
    "协助班级老师完成日常保教工作。",
]:
    bullet(b)

heading("实习经历", "INTERNSHIP")
entry("2018.10-2018.12", "济南市历城区泉润小学", "舞蹈社团实习教师")
bullet("协助指导教师带三、四年级舞蹈社团排练，独立完成两节民族舞组合课。")

heading("证书资质", "CERTIFICATES")
for line in [
    "2020.01　中国舞蹈家协会中国舞等级考试教师资格证书（1-6级）",
    "2019.05　教师资格证（幼儿园）",
    "2018.06　普通话二级甲等",
]:
    lib.para(doc, line, before=2)

heading("荣誉奖项", "HONORS")
for line in [
    "2023.07　指导作品《荷塘小雨点》获第十四届齐鲁少儿舞蹈大赛（济南赛区）群舞组金奖",
    "2022.12　星芽舞蹈艺术中心年度优秀教师",
    "2018.05　泰岳艺术学院第六届舞蹈编导大赛三等奖",
]:
    lib.para(doc, line, before=2)

heading("专业技能", "SKILLS")
lib.para(doc, "中国舞：古典舞身韵、民族民间舞（藏族、蒙古族、傣族）、少儿舞蹈创编", before=2)
lib.para(doc, "其　他：钢琴（业余八级）、基础声乐、剪映视频剪辑", before=2)

heading("自我评价", "ABOUT ME")
lib.para(doc, "六年专业舞蹈学习加四年本科舞蹈教育，基本功扎实；喜欢孩子，有耐心，善于把动作要领编成口诀和小游戏，"
              "让低龄学员愿意练、记得住。做事细心，能独立带考级班，也愿意承担教研和家长沟通工作。",
         before=2, first=0.7)

doc.save(sys.argv[1])
