#!/usr/bin/python3
"""Campus résumé (人力资源管理) in Word: a centred name and a one-line personal row, then each section
as a borderless two-column timeline table whose left cell stacks the dates vertically
(start / ｜ / end on three lines) and whose right cell holds organisation, role and a few lines;
学生工作 / 社会实践 / 竞赛获奖 as separate sections; 政治面貌 and 籍贯 in the personal row."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
para(d, "卢梦琪", bold=True, size=22, align="center")
para(d, "女 ｜ 2003.04 ｜ 中共党员 ｜ 籍贯：山东潍坊", align="center", size=10, color="595959")
para(d, "电话：152-0000-6093 ｜ 邮箱：lumengqi03@example.cn", align="center", size=10, color="595959", after=6)


def heading(t):
    p = para(d, "", before=8, after=3)
    run(p, t, bold=True, size=12.5, color="1F4E79")
    bottom_rule(p, color="1F4E79")


def timeline(rows):
    t = d.add_table(rows=0, cols=2)
    for start, end, title, lines in rows:
        cells = t.add_row().cells
        cell_text(cells[0], start + "\n｜\n" + end if end else start, size=9, align="center")
        cells[1].text = ""
        p = cells[1].paragraphs[0]
        run(p, title, bold=True)
        for ln in lines:
            q = cells[1].add_paragraph()
            run(q, ln)
    widths(t, [2.4, 14.6])


heading("求职意向")
para(d, "意向岗位：招聘专员 / HR 助理　　意向城市：青岛、济南　　期望薪资：5-7K")

heading("教育背景")
timeline([("2021.09", "2025.06", "齐鲁财经学院　｜　人力资源管理　｜　本科",
           ["GPA：3.52/4.00（专业排名 12/98）", "主修课程：组织行为学、薪酬管理、劳动法、招聘与甄选、人力资源统计"])])

heading("实习经历")
timeline([
    ("2024.07", "2024.09", "青岛蓝湾人力资源服务有限公司　　招聘实习生",
     ["1. 负责制造业客户的蓝领招聘，日均电话邀约 60 人次，两个月到岗 47 人；",
      "2. 维护招聘台账，用 Excel 做渠道转化周报。"]),
    ("2024.01", "2024.02", "潍坊鸢都食品有限公司　　人事行政实习生（寒假）",
     ["协助办理入离职手续、整理员工档案 300 余份。"]),
])

heading("学生工作")
timeline([("2022.09", "2023.06", "齐鲁财经学院学生会　　副主席",
           ["统筹迎新晚会和“职场初体验”讲座 4 场，累计参与 1200 人次。"])])

heading("社会实践")
timeline([("2023.07", "2023.08", "“山海青年”暑期支教团　　队员",
           ["在临沂一所乡村小学教授四年级语文，带 32 名学生。"])])

heading("竞赛获奖")
timeline([
    ("2023.11", "", "全国大学生人力资源管理知识技能竞赛　省级一等奖", []),
    ("2022.12", "", "校级一等奖学金", []),
])

heading("技能证书")
para(d, "英语：CET-6（498）　　计算机：全国计算机等级考试二级（MS Office）")
para(d, "办公软件：Excel（VLOOKUP、数据透视表）、PPT、北森招聘系统")

heading("自我评价")
para(d, "性格外向，做事有条理；做过两段招聘实习，对蓝领招聘的节奏比较熟悉，能接受出差。")

d.save(sys.argv[1])
