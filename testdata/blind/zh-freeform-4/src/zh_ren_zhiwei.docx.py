#!/usr/bin/python3
"""Long senior Chinese résumé (supply-chain VP, 18 years) in Word, about three pages: number-prefixed
section headings `01 / 职业概况`; a part-time teaching role overlapping a full-time job; a gap line
`待业（照顾家人）`; a freelance period `自由职业 / 供应链咨询顾问`; three promotions at one employer written
as an employer line with the whole range and indented role lines with their own ranges; `■` results."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
p = para(d, "", after=0)
run(p, "任志伟", bold=True, size=22)
para(d, "供应链副总裁 ／ 供应链总监　｜　18年制造业供应链管理经验", size=11, color="7F6000", after=2)
para(d, "手机 131-0000-7306　｜　邮箱 renzhiwei@example.com　｜　常州 / 苏州", size=10, after=6)


def heading(no, t):
    p = para(d, "", before=12, after=4)
    run(p, no + " / ", bold=True, size=14, color="7F6000")
    run(p, t, bold=True, size=13)
    bottom_rule(p, color="BF9000", sz=6)


def employer(name, dates, title=None):
    p = para(d, "", before=8)
    right_tab(p, 17)
    run(p, name, bold=True, size=11)
    if title:
        run(p, "　" + title, bold=True, size=11)
    run(p, "\t" + dates, size=10)


def role(title, dates):
    p = para(d, "", before=3)
    p.paragraph_format.left_indent = Cm(0.5)
    right_tab(p, 17)
    run(p, "▸ " + title, bold=True)
    run(p, "\t" + dates, size=10)


def text(t, indent=0.5):
    p = para(d, t)
    p.paragraph_format.left_indent = Cm(indent)
    return p


def res(t, indent=0.5):
    p = para(d, "■ " + t)
    p.paragraph_format.left_indent = Cm(indent + 0.4)
    p.paragraph_format.first_line_indent = Cm(-0.4)


heading("01", "职业概况")
para(d, "18年电子与新能源制造业供应链经验，历任计划、采购、供应链总监到副总裁；管理过 120 人的供应链团队和年采购额 40 亿元的"
       "供应商体系。擅长在业务高速增长期搭建 S&OP 流程、供应商分级和数字化采购平台，也做过两年独立顾问，熟悉中小企业的痛点。")

heading("02", "工作经历")
employer("江苏澄湖新能源科技有限公司", "2022.03 – 至今", "供应链副总裁")
text("向 CEO 汇报，分管采购、计划、物流和仓储，团队 120 人，年采购额约 40 亿元。")
res("从零搭建储能电芯与结构件的双供应商体系，2023 年交付准时率由 81% 提升到 96%；")
res("推行 S&OP 月度会议，成品库存周转天数由 58 天降到 37 天；")
res("主导 SRM 系统上线，200 余家供应商线上协同，对账周期缩短一半。")

employer("自由职业", "2021.01 – 2022.02", "供应链咨询顾问")
text("为 3 家年营收 2-8 亿元的制造企业提供供应链诊断和降本项目，平均降低采购成本 5%。")

para(d, "2020.07 – 2020.12　待业（照顾家人）", size=10, color="7F7F7F", before=6)

employer("苏州恒瑞精工集团股份有限公司", "2012.03 – 2020.06")
role("供应链总监", "2017.01 – 2020.06")
text("负责集团 3 个工厂的采购、计划与物流，团队 65 人。")
res("建立供应商 A/B/C 分级与季度绩效评审，淘汰 40 余家低效供应商；")
res("2019 年完成年度降本 1.1 亿元。")
role("采购经理", "2014.07 – 2016.12")
text("负责五金、塑胶和电子类物料采购，年采购额约 9 亿元。")
res("推动关键物料 VMI，缺料停线次数由每月 6 次降到 1 次以下。")
role("高级采购工程师", "2012.03 – 2014.06")
text("负责 PCB 与电子元器件的寻源、议价和新品导入。")

employer("常州工学院经济与管理学院", "2019.09 – 2021.12", "兼职讲师")
text("每周半天，讲授《采购与供应管理》本科课程。")

employer("无锡华佳电子有限公司", "2008.07 – 2012.02", "采购工程师")
text("负责被动元件和连接器采购，参与 ERP（Oracle EBS）采购模块上线。")

employer("昆山台光电子有限公司", "2006.07 – 2008.06", "物料计划员（PMC）")
text("负责两条 SMT 线的物料需求计划和缺料跟催。")

heading("03", "教育背景")
p = para(d, "", before=4); right_tab(p, 17)
run(p, "太湖财经大学　工商管理硕士（MBA，在职）", bold=True); run(p, "\t2015.09 – 2018.01")
p = para(d, "", before=2); right_tab(p, 17)
run(p, "苏南理工学院　工业工程　本科", bold=True); run(p, "\t2002.09 – 2006.07")

heading("04", "证书与培训")
para(d, "CPSM 美国供应管理协会注册供应管理专家（2016）")
para(d, "六西格玛绿带（2011）")
para(d, "ISO 9001 内审员（2009）")

heading("05", "专业技能")
para(d, "供应链管理：S&OP、供应商分级管理、VMI、JIT、降本谈判")
para(d, "系统工具：SAP MM/PP、Oracle EBS、SRM、Power BI")
para(d, "语言：英语（商务沟通流利，曾常驻台湾供应商 6 个月）")

heading("06", "自我评价")
para(d, "结果导向，重流程也重落地；经历过从创业期到上市公司的不同阶段，能在资源紧张时定优先级。")

d.save(sys.argv[1])
