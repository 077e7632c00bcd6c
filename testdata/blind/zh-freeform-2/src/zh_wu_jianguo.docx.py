"""吴建国: senior manufacturing IT manager. Word résumé: name with a right-tab `求职意向` on one line,
a borderless 3×4 label grid, `▍` bar headings, each job as the title line first and the company with a
right-aligned tab date on the next, `（1）` numbered results, education rows in a borderless table
without a header row, skills grouped by 精通 / 熟悉 / 了解."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10)
p = para(d, after=6); right_tab(p, 17.0)
run(p, "吴建国", bold=True, size=22)
run(p, "\t求职意向：IT 总监 / 信息化负责人", size=11)

grid = d.add_table(rows=3, cols=4)
borders(grid, val="nil")
cells = [("性别：男", "年龄：42 岁"), ("手机：138 0000 7719", "邮箱：wujg_it@163.com"),
         ("学历：硕士", "现居：浙江宁波")]
for r, (a, b) in enumerate(cells):
    cell_text(grid.cell(r, 0), a.split("：")[0] + "：", bold=True)
    cell_text(grid.cell(r, 1), a.split("：")[1])
    cell_text(grid.cell(r, 2), b.split("：")[0] + "：", bold=True)
    cell_text(grid.cell(r, 3), b.split("：")[1])
widths(grid, [2.0, 6.5, 2.0, 6.5])

def head(t):
    p = para(d, before=12, after=4)
    run(p, "▍", color="C00000", size=13)
    run(p, t, bold=True, size=13)

def job(title, company, dates):
    para(d, title, bold=True, before=8)
    p = para(d, after=2); right_tab(p, 17.0)
    run(p, company); run(p, "\t" + dates)

head("工作经历")
job("信息中心经理", "宁波东港精密机械股份有限公司", "2016.03 — 至今")
para(d, "全面负责集团 IT 规划、ERP/MES 建设与信息安全，管理 14 人团队，年度预算约 1200 万元。")
for i, x in enumerate(["主导 SAP S/4HANA 替换原用友 U9 系统，覆盖 3 个工厂、1100 名用户，按期上线。",
                       "建设 MES 与 WMS，打通计划、生产、仓储数据，库存周转天数由 62 天降至 41 天。",
                       "通过等保三级测评，建立机房双活与异地备份，全年核心系统可用率 99.95%。"], 1):
    para(d, "（%d）%s" % (i, x))
job("ERP 项目主管", "宁波海曙中天电器有限公司", "2010.07 — 2016.02")
para(d, "负责 ERP 实施与二次开发，带领 4 名开发与实施顾问。")
for i, x in enumerate(["完成金蝶 K/3 财务、供应链模块上线，月结时间从 8 天缩短到 3 天。",
                       "开发条码采集系统，仓库盘点效率提升一倍。"], 1):
    para(d, "（%d）%s" % (i, x))
job("系统管理员", "杭州西湖纺织集团有限公司", "2006.07 — 2010.06")
para(d, "负责服务器、网络和 200 余台终端的日常运维，编写运维手册。")

head("教育经历")
t = d.add_table(rows=2, cols=4)
borders(t, val="nil")
for r, row in enumerate([("2011.09 — 2014.06", "东海工业大学", "工程管理", "工程硕士（非全日制）"),
                         ("2002.09 — 2006.06", "浙东理工学院", "计算机科学与技术", "本科")]):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), v)
widths(t, [4.2, 4.2, 4.6, 4.0])

head("专业技能")
for lab, val in [("精通：", "SAP S/4HANA（MM、PP、SD 模块）、ERP 实施方法论、SQL Server"),
                 ("熟悉：", "MES、WMS、VMware、Windows Server、网络与信息安全"),
                 ("了解：", "Python、Power BI、低代码平台")]:
    p = para(d, after=1)
    run(p, lab, bold=True); run(p, val)

head("证书")
for x in ["信息系统项目管理师（软考高级）　2013 年", "ITIL V3 Foundation　2012 年"]:
    para(d, x)

head("自我评价")
para(d, "18 年制造业信息化经验，懂业务也懂技术；擅长跨部门推动大型系统落地，重视制度建设与团队培养。")
d.save(sys.argv[1])
