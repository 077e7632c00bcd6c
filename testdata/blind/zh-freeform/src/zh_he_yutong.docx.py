"""何雨桐: campus résumé typed in Word — a 个人简历 title, a 4-column label/value grid with a photo cell,
section bars as shaded one-cell tables, education as a table with a header row, internships as
paragraphs with tab-aligned dates, certificates and awards in lists."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new()
para(d, "个 人 简 历", bold=True, size=18, align="center", after=8)

t = d.add_table(rows=5, cols=5)
borders(t)
rows = [
    ("姓　　名", "何雨桐", "性　　别", "女"),
    ("出生年月", "2002.11", "政治面貌", "中共预备党员"),
    ("联系电话", "151－0000－8624", "电子邮箱", "heyutong1102@qq.com"),
    ("毕业院校", "西川财经大学", "学　　历", "本科"),
    ("求职意向", "审计助理 / 会计", "期望城市", "成都"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), align="center")
        if j % 2 == 0:
            shade(t.cell(i, j), "DEEAF6")
photo = t.cell(0, 4).merge(t.cell(4, 4))
cell_text(photo, "照片", align="center")
widths(t, [2.4, 3.6, 2.4, 4.2, 3.0])

def bar(title):
    para(d, "", after=4)
    b = d.add_table(rows=1, cols=1)
    cell_text(b.cell(0, 0), title, bold=True, size=12)
    shade(b.cell(0, 0), "1F4E79")
    for r in b.cell(0, 0).paragraphs[0].runs:
        r.font.color.rgb = RGBColor(255, 255, 255)
    para(d, "", after=2)

bar("教育背景")
e = d.add_table(rows=2, cols=4)
borders(e)
for j, v in enumerate(("起止时间", "学校", "专业", "学历")):
    cell_text(e.cell(0, j), v, bold=True, align="center")
for j, v in enumerate(("2020.09-2024.06", "西川财经大学", "会计学（ACCA方向）", "本科")):
    cell_text(e.cell(1, j), v, align="center")
widths(e, [3.6, 4.4, 5.0, 2.6])
para(d, "GPA：3.71/4.00　　专业排名：12/186")
para(d, "主修课程：中级财务会计、成本会计、审计学、税法、财务管理、经济法")

bar("实习经历")
for period, org, pos, items in [
    ("2023.07-2023.09", "信衡会计师事务所（特殊普通合伙）成都分所", "审计实习生", [
        "参与 2 家制造业企业年报审计，负责货币资金、应收账款科目的底稿编制。",
        "执行银行函证与应收账款函证 60 余份，跟进回函并整理差异。",
        "协助盘点存货，编制盘点表并与账面数据核对。"]),
    ("2022.12-2023.02", "成都锦程商贸有限公司", "财务助理（实习）", [
        "负责日常费用报销单据审核、凭证录入，月均处理单据 400 余张。",
        "协助出纳完成银行对账，编制月度银行余额调节表。"]),
]:
    p = para(d, "", before=4)
    right_tab(p, 16.5)
    run(p, org + "　" + pos, bold=True)
    run(p, "\t" + period)
    for it in items:
        bullet(d, it)

bar("证书与技能")
for line in [
    "证　　书：初级会计专业技术资格（2022年5月）、全国计算机等级考试二级（MS Office）、CET-6（552分）",
    "办公软件：熟练使用 Excel（VLOOKUP、数据透视表）、Word、PPT，会用用友 U8、金蝶 KIS 财务软件",
]:
    para(d, line, after=2)

bar("获奖情况")
for line in [
    "2023年 全国大学生会计信息化技能大赛 省级二等奖",
    "2022年 西川财经大学 一等学业奖学金",
    "2021年 西川财经大学 “优秀共青团员”",
]:
    bullet(d, line)

bar("自我评价")
para(d, "做事认真细致，对数字敏感，有较强的责任心；沟通能力良好，能承受审计旺季的工作强度。正在备考 CPA，已通过会计、税法两科。")

d.save(sys.argv[1])
