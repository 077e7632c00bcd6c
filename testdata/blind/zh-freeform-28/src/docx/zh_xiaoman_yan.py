"""WPS-template-like résumé: a full-height two-column table, the left column shaded
teal as a sidebar (name, 求职意向, contacts, certificates), the right column with
numbered headings `01 教育背景` and `单位 | 职位 | 时间` entry rows."""
import sys
from lib import *

TEAL = "1F6F78"
d = new_doc(font="微软雅黑", latin="Arial", size=9.5, margins=(1.2, 1.2, 1.2, 1.2))
t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [5.6, 13.0])
L, R = t.rows[0].cells
shade(L, TEAL)

def side(text, bold=False, size=9.5, before=0, after=2):
    return para(L, text, bold=bold, size=size, color="FFFFFF", before=before, after=after)

p = clear_first(L); run(p, "晏晓蔓", bold=True, size=22, color="FFFFFF"); p.paragraph_format.space_before = 18
side("求职意向", bold=True, size=10.5, before=14)
side("会展项目经理")
side("基本信息", bold=True, size=10.5, before=14)
side("1992.07 / 女")
side("广州市海珠区")
side("联系方式", bold=True, size=10.5, before=14)
side("138 0000 4417")
side("yanxiaoman@example.com")
side("微信：yxm_expo")
side("证书", bold=True, size=10.5, before=14)
for c in ["会展策划师（三级）", "CET-6", "C1驾照"]:
    side(c)
side("软件", bold=True, size=10.5, before=14)
side("PS / AI / Keynote / 酷家乐 / Excel")
side("语言", bold=True, size=10.5, before=14)
side("英语（CET-6，可做英文接待）")
side("粤语（听说流利）", after=30)

def head(num, title, first=False):
    p = clear_first(R) if first else R.add_paragraph()
    p.paragraph_format.space_before = Pt(0 if first else 10)
    p.paragraph_format.space_after = Pt(3)
    run(p, num + " ", bold=True, size=14, color=TEAL)
    run(p, title, bold=True, size=12, color="333333")
    bottom_rule(p, TEAL)

def entry(text):
    p = para(R, text, bold=True, size=10, before=4, after=1)
    return p

def bullet(text):
    return para(R, "· " + text, indent=0.3)

head("01", "教育背景", first=True)
entry("华粤商贸学院 | 会展经济与管理 本科 | 2010.09 - 2014.06")
para(R, "主修课程：会展策划与管理、展示设计、会议运营、旅游市场营销")

head("02", "工作经历")
entry("羊城汇展国际展览有限公司 | 高级项目经理 | 2019.03 - 至今")
bullet("负责年度自办展「华南国际家居软装展」招展与现场运营，展览面积4.2万㎡，展商860家")
bullet("统筹搭建商、主场服务商和安保，编制现场应急预案，连续5届零安全事故")
bullet("带领6人项目组，2023年招展收入同比增长31%")
entry("南方星汇会议服务有限公司 | 会议策划 → 项目主管 | 2014.07 - 2019.02")
bullet("承接医药、汽车企业年会和经销商大会，单场规模300-2000人")
bullet("负责场地踏勘、流程脚本、供应商比价和预算，年均执行会议40余场")

head("03", "项目经历")
entry("华南国际家居软装展（第六届） | 项目负责人 | 2024.08")
bullet("琶洲展馆B区三个展厅，观众5.6万人次，首次上线电子门票与观众预登记小程序")
entry("粤港澳大湾区医疗器械供应链论坛 | 执行统筹 | 2021.11")
bullet("线上线下同步，直播观看12万人次")

head("04", "荣誉")
para(R, "2022年度 公司「金牌项目经理」")
para(R, "2017年 南方星汇 优秀员工")

head("05", "自我评价")
para(R, "八年会展行业经验，展会和会议两条线都做过，熟悉广交会期间的场馆档期和主场服务流程。抗压，能连续驻场。")

d.save(sys.argv[1])
