"""薄晓雯 — 初中化学教师 / 班主任: Word résumé, shaded band headings, right-tab dates."""
import sys
from lib import *

out = sys.argv[1]
doc = new_document(east="微软雅黑", ascii_font="Calibri", size=10, margins=(1.6, 1.5, 2.0, 2.0))
set_core(doc, title="个人简历", author="薄晓雯")
TAB = 17.0
BLUE = "2E75B6"

para(doc, "薄晓雯", bold=True, size=22, align=CENTER, color="1F3864", after=2)
para(doc, "求职意向：初中化学教师（可兼任班主任）", size=11, align=CENTER, color="404040", after=8)

t = doc.add_table(rows=4, cols=4)
no_borders(t)
col_widths(t, [2.4, 6.1, 2.4, 6.1])
info = [("性　　别：", "女", "出生年月：", "1993年5月"),
        ("学　　历：", "本科", "政治面貌：", "群众"),
        ("教　　龄：", "9年", "现 居 地：", "河北保定"),
        ("联系电话：", "138 0013 8163", "电子邮箱：", "boxiaowen@example.com")]
for r, row in enumerate(info):
    for c, v in enumerate(row):
        cell_text(t.rows[r].cells[c], v, bold=(c % 2 == 0), color=("595959" if c % 2 == 0 else None))


def heading(text):
    p = para(doc, "  " + text, bold=True, size=12, color="FFFFFF", before=10, after=4)
    shade_para(p, BLUE)
    return p


def dated(left, right, bold=True):
    p = doc.add_paragraph()
    right_tab(p, TAB)
    font(p.add_run(left), bold=bold)
    font(p.add_run("\t" + right), bold=bold, color="404040")
    fmt(p, before=4, after=1)
    return p


def item(text, indent=0.4):
    p = para(doc, "· " + text, indent=indent, first=-0.3, after=1, align=JUSTIFY)
    return p


heading("教育背景")
dated("冀中师范学院　　化学（师范）　　本科 / 理学学士", "2012.09—2016.06")
item("主修课程：无机化学、有机化学、分析化学、物理化学、化学教学论、中学化学实验研究")
item("教育实习：2015年秋季在保定市翠园中学实习，讲授九年级化学《燃料及其利用》单元，实习成绩优秀")

heading("教师资格与职称")
item("高级中学教师资格证（化学），2016年")
item("中学一级教师，2022年12月评定")
item("普通话水平测试二级甲等")

heading("工作经历")
dated("保定市翠园中学　　化学教师、班主任", "2019.08—至今")
item("担任九年级化学教学，每学年2个班、约110名学生；2023年、2025年所带班级中考化学平均分分别为46.8分、47.3分（满分50分），均列全区前三。")
item("班主任：2019级（2019—2022）从七年级带到九年级，班级获评“保定市先进班集体”；2022级（2022—2025）再次从七年级带起，全班中考普高上线率81%。")
item("负责学校化学实验室和危险化学品台账管理，每学期组织安全检查，任职期间无安全事故。")
item("指导学生参加“保定市青少年科技创新大赛”，2名学生获市级二等奖。")
dated("保定市满城区清源镇初级中学　　化学教师（兼生物）", "2016.08—2019.07")
item("首岗在乡镇初中任教，承担九年级化学和八年级生物，兼任九年级副班主任。")
item("利用废旧材料开发了12个“微型实验”，解决学校实验器材不足的问题，相关做法在全区化学教研会上交流。")

heading("教研成果与荣誉")
dated("区级小课题《九年级化学分层作业设计研究》（主持人）", "2023.03—2024.06", bold=False)
item("设计基础、提升、拓展三层作业，在4个班对照实验，课题已结题，成果被区教研室推广到6所学校。", indent=0.8)
dated("保定市初中化学优质课评比一等奖", "2021年", bold=False)
dated("论文《初中化学“微型实验”在课堂中的运用》获河北省教育学会论文评选二等奖", "2020年", bold=False)
dated("莲池区优秀班主任", "2023年", bold=False)

heading("技能特长")
item("信息技术：希沃白板5、PPT课件制作、问卷星、Excel成绩分析")
item("实验管理：化学实验室管理、危化品台账")

heading("自我评价")
para(doc, "九年一线教学，其中六年做班主任，习惯从学生的实际出发备课，重视实验和动手。和家长沟通耐心，能带好一个班，也愿意承担实验室、教研组的杂事。", align=JUSTIFY, first=0.7, after=2, line=1.3)
doc.save(out)
