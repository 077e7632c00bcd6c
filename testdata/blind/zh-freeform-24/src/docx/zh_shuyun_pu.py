import sys
from docx.shared import Cm, Pt
from lib import *

# WPS-style two-column template: one borderless 1x2 table, shaded left column.
d = new_doc("微软雅黑", 9.5, margins=(1.2, 1.2, 1.2, 1.2))
t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [5.8, 12.8])
L, R = t.cell(0, 0), t.cell(0, 1)
shade(L, "2E5A4E")

def lp(text="", bold=False, size=None, color="FFFFFF", before=0, after=0, first=False):
    p = L.paragraphs[0] if first else L.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p

def lhead(text):
    p = lp(text, bold=True, size=11, before=10, after=2)
    bottom_rule(p, "FFFFFF", "4")

lp("濮舒芸", bold=True, size=22, first=True, before=6)
lp("求职意向：初中生物教师", size=10, before=4)
lhead("基本信息")
for s in ["年龄：31岁", "籍贯：江苏南通", "政治面貌：中共党员", "现居：苏州工业园区"]:
    lp(s, after=1)
lhead("联系方式")
for s in ["138 0013 8452", "pushuyun@example.com"]:
    lp(s, after=1)
lhead("证书")
for s in ["教师资格证（初级中学·生物）", "普通话二级甲等", "心理健康教育C证", "中级教师（一级教师）"]:
    lp(s, after=1)
lhead("技能")
lp("希沃白板、Office、Photoshop，会制作微课视频", after=1)
lhead("爱好")
lp("植物标本制作、徒步", after=1)

def rp(text="", bold=False, size=None, color=None, before=0, after=0, first=False):
    p = R.paragraphs[0] if first else R.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.left_indent = Cm(0.3)
    return p

def rhead(text, first=False):
    p = rp(text, bold=True, size=12, color="2E5A4E", before=0 if first else 10, after=3, first=first)
    bottom_rule(p, "2E5A4E", "8")

def line(date, org, title):
    p = rp(before=4, after=1)
    run(p, date + "　　", bold=True)
    run(p, org + "　　", bold=True)
    run(p, title, bold=True)

rhead("教育背景", first=True)
line("2012.09-2016.06", "江海师范学院", "生物科学（师范）　本科")
rp("主修课程：植物学、动物学、遗传学、生物教学论、中学生物课程标准研究")

rhead("工作经历")
line("2019.08-至今", "苏州工业园区葑湖实验初级中学", "生物教师 / 备课组长")
for s in ["• 任教七、八年级生物，每学年4个班，所带班级2023年地理生物会考合格率100%，优秀率82%；",
          "• 2021年起任生物备课组长，组织集体备课与单元作业设计，主编校本作业《身边的生物学》；",
          "• 指导学生参加苏州市青少年科技创新大赛，获二等奖2项。"]:
    rp(s, after=1)
line("2016.08-2019.07", "南通市通吕初级中学", "生物教师兼班主任")
for s in ["• 担任初一（3）班班主任三年，班级两次获评校级“文明班级”；",
          "• 开设“校园植物识别”社团，带学生完成校园植物挂牌60余种。"]:
    rp(s, after=1)

rhead("公开课与教研")
for s in ["2023.11　苏州工业园区区级公开课《植物的光合作用》",
          "2022.04　校级研究课《人体的血液循环》",
          "2020—2022　参与区级课题“初中生物实验教学中的探究能力培养”（核心成员）"]:
    rp(s, after=1)

rhead("教学获奖")
for s in ["2021年　苏州工业园区初中生物优质课评比　一等奖",
          "2022年　苏州市“微课大赛”初中生物组　二等奖",
          "2018年　南通市崇川区教学论文评比　三等奖"]:
    rp(s, after=1)

rhead("自我评价")
rp("热爱教育，执教八年，擅长用实验和生活中的例子讲生物；有班主任和备课组长经验，愿意承担教研任务，和学生、家长沟通耐心。")

d.save(sys.argv[1])
