"""柴东亮 — 焊接技师 (高级技师), 技校. A short Word résumé typed the way a tradesman types it: no
section headings, just a one-word label in the left margin (工作 / 学习 / 证书 / 会的 / 得过) on the
first line of each block, everything aligned with tab stops and a hanging indent; job lines
`2016年4月—今<TAB>company<TAB>title`; plain sentences under them."""
import sys
from docxlib import *

doc = new_document(east="宋体", latin="Times New Roman", size=11, margins=(2.2, 2.0, 2.0, 2.0))

TABS = [(1.7, "left"), (7.2, "left"), (13.2, "left")]


def block_line(label, text, bold=False):
    """First line of a block: label in the margin, then tab-separated text."""
    p = para(doc, [(f"{label}\t{text}", {"bold": bold})], indent=1.7, first=-1.7, line=1.35, tabs=TABS)
    return p


def cont_line(text, bold=False, extra=0.0):
    return para(doc, [(text, {"bold": bold})], indent=1.7 + extra, line=1.35, tabs=TABS[1:])


para(doc, [("柴东亮", {"bold": True, "size": 20, "east": "黑体"}),
           ("　　焊接技师（高级技师）　　求职：焊接班组长 / 焊接技师", {"size": 11})], after=4)
para(doc, "电话 131 0000 5527　　邮箱 chaidl@example.com　　现居 天津市滨海新区　　1986年生", after=2)
p = para(doc, "", after=6)
bottom_border(p, size=12, color="000000")

block_line("工作", "2016年4月—今\t天津滨海重工机械有限公司\t焊接班组长", bold=True)
cont_line("带12人焊接班组，负责港口起重机主梁、门腿的焊接，一次探伤合格率保持在98.5%以上。", extra=0.4)
cont_line("编制手工电弧焊、CO2气保焊作业指导书7份，培训新进焊工20多人。", extra=0.4)
cont_line("2009年3月—2016年3月\t唐山冀东钢结构有限公司\t电焊工 → 焊接技师", bold=True)
cont_line("主要做高层钢结构箱型柱、H型钢梁的焊接，参加过唐山南湖会展中心钢屋盖工程。", extra=0.4)
cont_line("2005年7月—2009年2月\t唐山丰南汇通汽车配件厂\t学徒、电焊工", bold=True)
para(doc, "", after=4)

block_line("学习", "2002年9月—2005年7月\t唐山冀东技工学校　焊接加工\t技校（中级工班）")
cont_line("2014年\t参加天津市高级技师研修班（焊接方向）")
para(doc, "", after=4)

block_line("证书", "焊工（高级技师，国家职业资格一级）　2019年")
cont_line("特种作业操作证（熔化焊接与热切割作业）　2023年复审")
cont_line("ISO 9606-1 焊工资格证书　2021年")
cont_line("中国船级社（CCS）焊工证书　2018年")
para(doc, "", after=4)

block_line("会的", "手工电弧焊、CO2气体保护焊、氩弧焊、埋弧焊")
cont_line("板材、管材全位置焊接都能做，碳钢、不锈钢都焊过")
cont_line("能看懂钢结构图纸和焊接工艺评定（WPS/PQR）")
cont_line("会用 AutoCAD 看图")
para(doc, "", after=4)

block_line("得过", "2018年　天津市滨海新区职工职业技能大赛 焊工组 第一名")
cont_line("2021年　“滨海工匠”称号（滨海新区总工会）")
cont_line("2020年度　公司优秀班组长")

doc.save(sys.argv[1])
