"""zh_guo_xin: 小学语文教师的 Word 简历. 【】headings; three tab-stop columns per line
(dates / school / post) typed with TABs; 教师资格证 and 普通话 as licences; 公开课 and 获奖 with
`2021年11月` dates; the phone and e-mail only in the footer part."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Serif CJK SC", size=10.5, margins=2.0)
s = d.sections[0]
footer_lines(s, ["联系电话：139 0000 6618　　电子邮箱：guoxin.teacher@example.cn"], size=9)

para(d, "郭　欣", bold=True, size=20, align="center")
para(d, "应聘：小学语文教师（兼班主任）　｜　现居：湖南长沙　｜　教龄 8 年", size=10.5, align="center", after=8)

def h(t):
    p = para(d, "【" + t + "】", bold=True, size=12, before=10, after=3)

h("教师资格")
para(d, "小学语文教师资格证（2016年）；普通话水平测试 一级乙等（2015年）；长沙市骨干教师（2022年认定）")

h("工作经历")
stops = [(4.2, "left"), (10.5, "left")]
def row(a, b, c, bold=True):
    p = tab_line(d, [a, b, c], stops, before=6)
    for r in p.runs:
        r.bold = bold
    return p
row("2019年9月—至今", "长沙市岳麓区青枫实验小学", "语文教师、班主任")
for t in ["担任三个年级语文教学及班主任工作，所带班级连续三年获区“优秀班集体”",
          "牵头学校整本书阅读课程建设，编写校本教材《读写小书虫》（三至四年级）",
          "指导学生作文在省市比赛中获奖 17 人次"]:
    bullet(d, t, indent=4.8)
row("2016年8月—2019年7月", "株洲市芦淞区桂溪小学", "语文教师")
for t in ["承担二年级、三年级语文教学，兼任学校广播站指导老师"]:
    bullet(d, t, indent=4.8)

h("教育背景")
row("2012年9月—2016年6月", "湘中师范大学　汉语言文学（师范）", "本科", bold=False)

h("公开课与获奖")
for t in ["2023年5月　长沙市小学语文青年教师教学竞赛　一等奖",
          "2021年11月　岳麓区优质课《慈母情深》　区级公开课",
          "2018年12月　株洲市“一师一优课”　市级优课"]:
    para(d, t)

h("技能特长")
para(d, "信息技术：希沃白板、PPT、剪映、问卷星")
para(d, "特长：硬笔书法（省书协会员）、朗诵")

h("自我评价")
para(d, "热爱孩子，耐心细致；重视阅读习惯培养，和家长沟通顺畅。")
d.save(sys.argv[1])
