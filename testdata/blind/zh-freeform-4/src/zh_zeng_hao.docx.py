#!/usr/bin/python3
"""Experienced data analyst in Word: Chinese section headings with a small grey English caption on the
line under them (`工作经历` / `Work Experience`); company line with an industry aside, then
`职位 · 2019年3月-至今 · 城市`; bullets that mix English terms into Chinese sentences
(`owner`, `A/B testing`, `metric`); skills as a 3×3 grid table of `name　★★★★☆` cells."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
p = para(d, "", align="center")
run(p, "曾浩", bold=True, size=20)
para(d, "数据分析经理｜6年互联网数据分析经验", align="center", size=10.5, color="555555")
para(d, "📱 158-0000-1934　✉ zenghao.da@example.com　📍 杭州", align="center", size=10, color="555555", after=4)


def heading(zh, en):
    para(d, zh, bold=True, size=13, before=10, color="2E75B6")
    p = para(d, en, size=8, color="A6A6A6", after=3)
    bottom_rule(p, color="2E75B6", sz=4)


def job(company, aside, title, dates, city, bullets):
    p = para(d, "", before=6)
    run(p, company, bold=True, size=11)
    run(p, "　" + aside, size=9, color="7F7F7F")
    para(d, "%s · %s · %s" % (title, dates, city), color="2E75B6")
    for b in bullets:
        bullet(d, b)


heading("个人简介", "Profile")
para(d, "6年电商和本地生活数据分析经验，熟悉从埋点、指标体系到实验评估的完整链路；习惯用数据讲故事，推动过多项策略上线。")

heading("工作经历", "Work Experience")
job("杭州拾光电子商务有限公司", "（电商平台，1000-5000人）", "数据分析经理", "2019年3月-至今", "杭州", [
    "带 4 人分析小组，负责交易和用户增长方向，owner 了 GMV 归因模型；",
    "搭建 A/B testing 平台的 metric 体系，实验评估周期由 2 周缩短到 5 天；",
    "通过复购人群分层推动优惠券策略调整，2022 年券 ROI 提升 18%。",
])
job("宁波优邻网络科技有限公司", "（本地生活，200-500人）", "数据分析师", "2017年7月-2019年2月", "宁波", [
    "负责商户侧经营分析周报和 dashboard 建设（Tableau）；",
    "用 Python 写了销量预测 baseline，门店补货准确率提升 9 个百分点。",
])

heading("教育背景", "Education")
p = para(d, "", before=4)
right_tab(p, 17)
run(p, "浙西大学　统计学　硕士", bold=True)
run(p, "\t2014年9月-2017年6月")
p = para(d, "", before=2)
right_tab(p, 17)
run(p, "浙西大学　数学与应用数学　本科", bold=True)
run(p, "\t2010年9月-2014年6月")

heading("技能", "Skills")
t = d.add_table(rows=3, cols=3)
cells = ["SQL　★★★★★", "Python　★★★★☆", "Tableau　★★★★☆",
         "Hive　★★★★☆", "R　★★★☆☆", "Excel　★★★★★",
         "A/B 实验设计　★★★★☆", "因果推断　★★★☆☆", "PPT 汇报　★★★★☆"]
for i, c in enumerate(cells):
    cell_text(t.cell(i // 3, i % 3), c, size=10)
widths(t, [5.6, 5.6, 5.6])

heading("证书", "Certificates")
para(d, "CDA 数据分析师 Level II（2018年）　　英语 CET-6")

d.save(sys.argv[1])
