"""巩国庆 — 变电运维班长: self-typed Word résumé, label lines, dates like 2019年至今 / 2020年3月起."""
import sys
from docx.shared import Pt, Cm
from lib import *

out = sys.argv[1]
doc = new_doc("宋体", 11, margins=(2.2, 2.0, 2.4, 2.4))
para(doc, "巩国庆", bold=True, size=20, font="黑体", after=2)
para(doc, "应聘岗位：变电运维班长 / 集控站值班长", bold=True, after=2)
para(doc, "手机：138 0013 8690　　邮箱：gongguoqing@example.cn　　现居：山东淄博", after=2)
para(doc, "性别：男　　出生：1988年11月　　学历：本科（函授）　　职称：电气工程师　　政治面貌：中共党员", after=6)


def h(text):
    p = para(doc, text, bold=True, size=13, font="黑体", before=10, after=4)
    bottom_border(p, "000000", 6)


def item(text):
    p = para(doc, "- " + text)
    p.paragraph_format.left_indent = Cm(0.6)


h("工作经历")
para(doc, "2019年至今　鲁中电力运维服务有限公司　变电运维二班　班长", bold=True)
para(doc, "（2020年3月起兼任 220kV 齐都集控站值班长）")
for t in [
    "负责 1 座 220kV、5 座 110kV 变电站的运维管理，班组 11 人，连续 5 年无人员责任事故",
    "组织倒闸操作、设备巡视、缺陷管理和两票审核，年均操作 1500 余项，操作正确率 100%",
    "牵头集控站“无人值守 + 集中监控”改造验收，编写典型操作票 260 份",
    "带领班组开展红外测温、局放带电检测，年发现并处理重大缺陷 12 项",
]:
    item(t)
para(doc, "2011年7月—2019年　淄川供电服务有限公司　变电运维工（正值）", bold=True, before=6)
for t in [
    "担任 110kV 变电站正值，负责倒闸操作、事故处理和设备巡视",
    "参与 3 座变电站综合自动化改造及投运验收",
]:
    item(t)

h("教育经历")
para(doc, "2007年9月—2011年6月　齐鲁电力职业技术学院　发电厂及电力系统　大专")
para(doc, "2014年3月—2016年7月　泰岳电力大学（函授）　电气工程及其自动化　本科")

h("资格证书")
for t in [
    "特种作业操作证（高压电工作业）",
    "变电站运行值班员　高级技师（2021年）",
    "电气工程师（中级职称，2018年）",
]:
    item(t)

h("获奖情况")
item("2022年　公司“安全生产先进个人”")
item("2019年　市电力系统职工技能竞赛　变电运维专业　第二名")

h("技能特长")
para(doc, "熟悉《电力安全工作规程》和调度规程，能独立处理 220kV 及以下变电站各类事故和异常；"
          "熟练使用 D5000 监控系统、PMS 生产管理系统，会操作红外热像仪和局放检测仪。")

h("自我评价")
para(doc, "在变电一线干了十几年，从值班员到班长，对设备和规程很熟。做事踏实，安全意识强，"
          "能吃苦，服从调度安排，适应倒班和应急抢修。")
doc.save(out)
