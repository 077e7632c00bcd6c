"""靳立峰 — 一级注册消防工程师: plain Word résumé, every entry with its dates last in brackets."""
import sys
from lib import *

out = sys.argv[1]
doc = new_document(east="宋体", ascii_font="Arial", size=10.5, margins=(1.8, 1.8, 2.2, 2.2))
set_core(doc, title="靳立峰简历", author="Administrator")

para(doc, "靳立峰", bold=True, size=20, east="黑体", after=2)
para(doc, "男｜1989年生｜本科｜一级注册消防工程师｜陕西西安", size=10.5, color="404040", after=1)
para(doc, "手机：138 0013 8672　　邮箱：jinlifeng@example.com", size=10.5, color="404040", after=1)
p = para(doc, "", after=4)
runs(p, [("求职意向：", dict(bold=True)), ("消防技术负责人 / 消防检测项目经理（西安）", {})])


def heading(text):
    p = para(doc, text, bold=True, size=13, east="黑体", color="C00000", before=8, after=3)
    bottom_border(p, color="C00000", size=8)
    return p


def head(text):
    return para(doc, text, bold=True, before=5, after=1)


def line(text, indent=0.0, first=None):
    return para(doc, text, indent=indent, first=first, align=JUSTIFY, after=1)


heading("个人概述")
line("12年消防行业经验，先后做过消防工程施工、设计配合和消防技术服务（维保、检测、评估）。2019年考取一级注册消防工程师，现任消防技术服务机构技术负责人，签署检测报告300余份。熟悉现行消防技术标准和《社会消防技术服务管理规定》，能独立处理联动调试、验收整改中的技术问题。", first=0.74)

heading("工作经历")
head("陕西安衡消防技术服务有限公司　技术负责人（2021.01-至今）")
line("负责公司维保检测业务的技术管理，公司现有注册消防工程师5人、员工46人。")
line("1）审核并签署消防设施检测报告、维护保养报告，年均80余份；", indent=0.37)
line("2）编制公司《消防设施检测作业指导书》和质量管理手册，通过2022年省消防救援总队的技术服务机构检查；", indent=0.37)
line("3）负责疑难项目的现场技术处理，组织火灾自动报警、自动喷水灭火、防排烟系统的联动测试；", indent=0.37)
line("4）带教新员工，组织每月一次的规范学习。", indent=0.37)
head("西安华垣消防工程有限公司　项目经理（2016.03-2020.12）")
line("负责消防工程施工项目的现场管理，累计完成14个项目，合同额合计约6800万元。")
line("1）组织施工图会审和深化设计配合，协调总包、机电分包的交叉作业；", indent=0.37)
line("2）负责消防验收前的自检和资料整理，所负责项目均一次通过消防验收（备案抽查）。", indent=0.37)
head("西安华垣消防工程有限公司　施工员（2013.07-2016.02）")
line("跟随项目经理完成5个住宅及商业项目的消防水、消防电施工，负责现场放线、材料进场验收和隐蔽工程记录。")

heading("项目经历")
head("曲江某商业综合体消防设施年度检测（2023.05-2023.08）")
line("项目概况：建筑面积约18.6万平方米，地下3层、地上6层，含大型商场、影院和地下车库。")
line("我的工作：担任项目技术负责人，制定检测方案，重点抽查报警系统联动和防排烟风量，出具检测报告并跟踪业主整改。")
head("西咸新区某数据中心气体灭火系统改造（2019.06-2019.11）")
line("项目概况：将原有12个防护区的七氟丙烷灭火系统改造为IG541混合气体灭火系统，不停机施工。")
line("我的工作：项目经理，编制分区停用和切换方案，组织钢瓶间改造和联动调试，按期完工。")

heading("教育背景")
head("长安城建学院　建筑环境与能源应用工程　本科（2009.09-2013.06）")

heading("资格证书")
line("一级注册消防工程师（2019年）")
line("二级建造师（机电工程）（2017年）")
line("消防设施操作员（三级/高级工）（2021年）")

heading("专业技能")
t = doc.add_table(rows=3, cols=2)
table_borders(t, size=4, color="BFBFBF")
col_widths(t, [3.0, 13.6])
rows = [("标准规范", "GB 50116、GB 50084、GB 51251、GB 25201"),
        ("设计软件", "AutoCAD、天正给排水、PyroSim、Pathfinder"),
        ("办公软件", "Word、Excel、Project")]
for i, (a, b) in enumerate(rows):
    cell_text(t.rows[i].cells[0], a, bold=True)
    shade_cell(t.rows[i].cells[0], "F2F2F2")
    cell_text(t.rows[i].cells[1], b)
doc.save(out)
