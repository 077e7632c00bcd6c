"""Bilingual 留学生 CV: every section is a borderless two-column table, Chinese in the
left column and the same content in English in the right column, row by row."""
import sys
from lib import *

d = new_doc(font="宋体", latin="Calibri", size=9.5, margins=(1.5, 1.5, 1.6, 1.6))
p = para(d, "", align="center")
run(p, "隗若溪", bold=True, size=20, font="黑体")
run(p, "  ｜  ", size=14, color="888888")
run(p, "WEI Ruoxi", bold=True, size=18)
para(d, "求职意向：食品研发工程师（风味 / 感官评价）｜ Objective: Food R&D Scientist (Flavour & Sensory)", align="center", size=10)
para(d, "+86 139 0013 8907 ｜ +44 7700 900318 ｜ ruoxi.wei@example.com ｜ 上海 Shanghai", align="center", size=9.5, after=6)

W = [8.9, 9.0]

def section(zh, en, rows):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, W)
    h = t.rows[0].cells
    for c, txt in zip(h, (zh, en)):
        pp = clear_first(c)
        run(pp, txt, bold=True, size=11, color="2E5E4E")
        bottom_rule(pp, "2E5E4E", 6)
        pp.paragraph_format.space_before = Pt(8)
        pp.paragraph_format.space_after = Pt(2)
    for left, right, kind in rows:
        r = t.add_row().cells
        for c, txt in zip(r, (left, right)):
            c.width = Cm(W[0])
            pp = clear_first(c)
            if kind == "h":
                run(pp, txt, bold=True)
                pp.paragraph_format.space_before = Pt(4)
            elif kind == "b":
                run(pp, "• " + txt)
                pp.paragraph_format.left_indent = Cm(0.3)
            else:
                run(pp, txt)
    widths(t, W)

section("教育背景", "EDUCATION", [
    ("诺斯米尔大学（英国）　食品科学　理学硕士", "University of Northmere (UK) — MSc Food Science", "h"),
    ("2023.09 – 2024.11", "Sep 2023 – Nov 2024", ""),
    ("成绩：Merit（均分 66/100）", "Result: Merit (average 66/100)", "b"),
    ("毕业论文：植物基奶酪的挥发性风味物质与消费者喜好", "Dissertation: Volatile flavour compounds and consumer liking of plant-based cheese", "b"),
    ("华东轻工大学　食品质量与安全　本科", "East China University of Light Industry — BEng Food Quality and Safety", "h"),
    ("2019.09 – 2023.06　GPA 3.62/4.0", "Sep 2019 – Jun 2023, GPA 3.62/4.0", ""),
    ("交换：汉泽港应用科学大学（荷兰）　食品技术", "Exchange: Hanzehaven University of Applied Sciences (NL), Food Technology", "h"),
    ("2022.02 – 2022.07（一学期）", "Feb 2022 – Jul 2022 (one semester)", ""),
])
section("实习经历", "INTERNSHIPS", [
    ("申城鲜味食品科技有限公司　风味研发实习生", "Shencheng Umami Food Tech Co., Ltd. — Flavour R&D Intern", "h"),
    ("2025.01 – 2025.04", "Jan 2025 – Apr 2025", ""),
    ("参与3款复合调味酱的配方优化，完成感官定量描述分析（QDA）12轮", "Optimised the formulations of 3 compound sauces; ran 12 rounds of quantitative descriptive analysis (QDA)", "b"),
    ("用 GC-MS 数据和感官数据做 PLS 回归，找出4种关键香气物质", "Linked GC-MS and sensory data with PLS regression and identified 4 key aroma compounds", "b"),
    ("诺斯米尔大学感官实验室　研究助理（兼职）", "Sensory Laboratory, University of Northmere — Research Assistant (part-time)", "h"),
    ("2024.01 – 2024.06", "Jan 2024 – Jun 2024", ""),
    ("招募并培训60人消费者小组，用 Compusense 采集和分析数据", "Recruited and trained a 60-person consumer panel; collected and analysed data in Compusense", "b"),
    ("江南乳业股份有限公司　品控实习生", "Jiangnan Dairy Co., Ltd. — QC Intern", "h"),
    ("2022.07 – 2022.08", "Jul 2022 – Aug 2022", ""),
    ("酸奶生产线理化指标检测与留样管理", "Physical and chemical testing and retained-sample management on a yoghurt line", "b"),
])
section("技能", "SKILLS", [
    ("仪器：GC-MS、电子鼻、质构仪", "Instruments: GC-MS, e-nose, texture analyser", ""),
    ("软件：R、XLSTAT、Compusense、SPSS", "Software: R, XLSTAT, Compusense, SPSS", ""),
])
section("语言", "LANGUAGES", [
    ("英语：雅思 7.5；普通话：母语", "English: IELTS 7.5; Mandarin: native", ""),
])
section("荣誉", "AWARDS", [
    ("2022　校级一等奖学金", "2022  First-Class Scholarship (university level)", ""),
    ("2021　大学生食品创新设计大赛 省级二等奖", "2021  Student Food Innovation Design Contest, provincial second prize", ""),
])
d.save(sys.argv[1])
