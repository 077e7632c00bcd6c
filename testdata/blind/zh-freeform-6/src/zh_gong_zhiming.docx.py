# 龚志明 — 高中物理教师. 表格式简历 filled in like a school's 应聘登记 form: tick boxes, header
# rows per section, a 工作内容 row under each job, 教学成果 with a 级别 column.
import sys
from docxlib import *

d = new_doc(east="仿宋", west="Times New Roman", size=11, margins=(1.5, 1.5, 1.9, 1.9))
para(d, "求 职 简 历", align="center", size=22, bold=True, east="方正小标宋简体", after=4)
p = para(d, "", after=4)
add_tabs(p, (17.2, "right"))
run(p, "应聘岗位：高中物理教师")
run(p, "\t")
run(p, "填表日期：2024年3月", size=10)

W = [2.5, 3.1, 2.4, 3.2, 2.4, 3.6]
tb = d.add_table(rows=0, cols=6)
table_borders(tb, sz=8)
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
GREY = "E7E6E6"


def row(h=0.8):
    r = tb.add_row()
    r.height = Cm(h)
    return r.cells


def label(c, t):
    cell_text(c, t, align="distribute", fill=GREY)


def val(c, t, align="center"):
    cell_text(c, t, align=align)


def head(t):
    c = row(0.7)
    m = c[0].merge(c[5])
    cell_text(m, t, bold=True, fill="BDD7EE", east="黑体")


c = row(); label(c[0], "姓名"); val(c[1], "龚志明"); label(c[2], "性别"); val(c[3], "男"); label(c[4], "出生年月"); val(c[5], "1989年4月")
c = row(); label(c[0], "政治面貌"); val(c[1], "群众"); label(c[2], "婚姻状况"); val(c[3], "☑已婚　☐未婚"); label(c[4], "最高学历"); val(c[5], "硕士研究生")
c = row(); label(c[0], "职称"); val(c[1], "中学一级教师"); label(c[2], "教龄"); val(c[3], "9年"); label(c[4], "现居住地"); val(c[5], "合肥市蜀山区")
c = row(); label(c[0], "手机"); val(c[1], "139 0000 2718"); label(c[2], "电子邮箱")
m = c[3].merge(c[5]); val(m, "gongzm_phy@example.com", align="left")
c = row(); label(c[0], "教师资格"); m = c[1].merge(c[5])
val(m, "☑高级中学　☐初级中学　☐小学　　任教学科：物理", align="left")

head("◆ 教育经历（从高中填起）")
c = row(0.7)
m = c[0].merge(c[1]); cell_text(m, "起止年月", bold=True, align="center")
cell_text(c[2].merge(c[3]), "毕业院校及院系", bold=True, align="center")
cell_text(c[4], "专业", bold=True, align="center")
cell_text(c[5], "学历（学位）", bold=True, align="center")
for a, b, cc, dd in (("2011年9月—2014年6月", "皖江师范大学 物理与电子工程学院", "学科教学（物理）", "硕士研究生（教育硕士）"),
                     ("2007年9月—2011年6月", "皖江师范大学 物理与电子工程学院", "物理学（师范类）", "本科（理学学士）"),
                     ("2004年9月—2007年6月", "安徽省舒城县青枫中学", "——", "高中")):
    c = row()
    val(c[0].merge(c[1]), a); val(c[2].merge(c[3]), b); val(c[4], cc); val(c[5], dd)

head("◆ 工作经历")
c = row(0.7)
cell_text(c[0].merge(c[1]), "起止年月", bold=True, align="center")
cell_text(c[2].merge(c[3]), "工作单位", bold=True, align="center")
cell_text(c[4].merge(c[5]), "岗位 / 职务", bold=True, align="center")
jobs = [
    ("2018年8月—至今", "合肥市翡翠湖中学", "高中物理教师、高二物理备课组长",
     "任教高二（3）（4）两个班物理，每周12课时；2019—2023年连续担任班主任。\n"
     "① 负责高二物理备课组6位教师的集体备课和周测命题，组织编写《电磁学单元练习》校本资料；\n"
     "② 所带班级2023届高考物理平均分82.6分，高于市平均分9.4分；\n"
     "③ 指导学生参加全国中学生物理竞赛（安徽赛区），3人获省二等奖。"),
    ("2014年7月—2018年7月", "六安市东城区第二中学", "初中物理教师",
     "担任八、九年级物理教学，兼任学校实验室管理员。\n"
     "① 改造初中物理演示实验12个，整理实验室器材台账；\n"
     "② 2017年中考所带两个班物理优秀率41%，列全区第二。"),
]
for a, b, cc, content in jobs:
    c = row()
    val(c[0].merge(c[1]), a); val(c[2].merge(c[3]), b); val(c[4].merge(c[5]), cc)
    c = row(1.8)
    cell_text(c[0], "工作内容", align="distribute", fill=GREY)
    cell_text(c[1].merge(c[5]), content, valign="top")

head("◆ 教学成果与荣誉")
c = row(0.7)
cell_text(c[0], "时间", bold=True, align="center")
cell_text(c[1].merge(c[3]), "成果 / 荣誉名称", bold=True, align="center")
cell_text(c[4], "级别", bold=True, align="center")
cell_text(c[5], "颁发单位", bold=True, align="center")
for a, b, cc, dd in (("2022.12", "高中物理优质课评比一等奖", "市级", "合肥市教育局"),
                     ("2021.09", "“优秀班主任”", "区级", "蜀山区教育体育局"),
                     ("2020.11", "论文《“楞次定律”探究式教学设计与反思》获二等奖", "省级", "安徽省教育学会"),
                     ("2016.06", "青年教师教学基本功大赛三等奖", "区级", "六安市东城区教育局")):
    c = row()
    val(c[0], a); val(c[1].merge(c[3]), b, align="left"); val(c[4], cc); val(c[5], dd)

head("◆ 证书与技能")
c = row(1.4)
label(c[0], "资格证书")
cell_text(c[1].merge(c[5]), "高级中学教师资格证（物理），2013年\n普通话水平测试二级甲等，2012年\n中学一级教师职称，2020年",
          valign="top", align="left")
c = row(1.2)
label(c[0], "专业技能")
cell_text(c[1].merge(c[5]), "熟练使用希沃白板、几何画板、PhET仿真实验及DIS数字化实验系统；能用Excel进行成绩分析；了解Python基础编程。",
          valign="top", align="left")

head("◆ 自我评价")
c = row(1.6)
cell_text(c[0].merge(c[5]), "从教九年，熟悉新课标和新高考物理命题方向，重视实验和学生的动手能力；"
                            "做班主任耐心细致，与家长沟通顺畅；愿意承担竞赛辅导和备课组工作。",
          valign="top", align="left")

set_col_widths(tb, W)
para(d, "本人保证以上所填信息真实有效。　　　　签名：龚志明", align="right", size=10, before=6)
d.save(sys.argv[1])
