# 蒋远航 — 快消 KA 销售经理. Word: the 求职意向 block sits in a frame (Format > Frame, w:framePr)
# at the top right; headings numbered 一、二、三、 by Word's list numbering (the numbers are not typed);
# company lines with a right-tab date range.
import sys
from docxlib import *

d = new_doc(east="宋体", west="Arial", size=10.5, margins=(1.6, 1.6, 2.0, 2.0))

# frame: one paragraph with line breaks, anchored to the name paragraph below it
p = para(d, "", size=10)
for i, t in enumerate(("求职意向：KA销售经理 / 区域销售经理", "期望城市：武汉", "期望薪资：20-25K·14薪")):
    r = run(p, t, size=10)
    if i < 2:
        r.add_break()
frame(p, 6.6, 10.4, 0.0, anchor_v="text")
shade_para(p, "FFF2CC")

para(d, "蒋远航", size=24, bold=True, east="黑体")
para(d, "男 ｜ 1990年生 ｜ 本科 ｜ 10年快消渠道销售经验", size=10, color="595959", before=2)
para(d, "手机：138 0000 9620　　邮箱：jiangyh_sales@example.com", size=10, before=2, after=10)

num = chinese_numbering(d)


def heading(t):
    p = para(d, t, bold=True, size=13, east="黑体", before=10, after=4)
    numbered(p, num)
    para_border_bottom(p, sz=4, color="808080")
    return p


def company(name, dates):
    p = para(d, "", before=6)
    add_tabs(p, (17.0, "right"))
    run(p, name, bold=True)
    run(p, "\t" + dates)
    return p


def item(t, sym="● "):
    p = para(d, sym + t, indent=0.5)
    p.paragraph_format.first_line_indent = Cm(-0.45)
    return p


heading("工作经历")
company("楚源乳业股份有限公司（华中大区）", "2022年4月—至今")
para(d, "职位：KA销售经理　|　汇报对象：大区销售总监　|　下属：6人", color="404040")
para(d, "工作职责：负责湖北、湖南两省现代渠道（大卖场、连锁超市、会员店）的生意，年销售额约1.8亿元。")
item("主导与中百、步步高等8个系统的年度合同谈判，费用率从14.2%降至12.6%；")
item("搭建KA门店分级和陈列标准，重点门店冰柜陈列达标率提升到93%；")
item("2023年完成销售额1.96亿元，达成率108%，获大区年度“销售冠军”。")
company("味达食品（武汉）有限公司", "2017年3月—2022年3月")
para(d, "职位：KA主管（2019年由KA专员晋升）", color="404040")
item("负责武汉地区22家大卖场的日常客情维护、订单跟进和对账；")
item("策划“年货节”“开学季”等档期堆头促销，单档期最高销售额突破600万元；")
item("带领4名业务员，2020年疫情期间开拓社区团购渠道，当年新增销售额1500万元。")
company("康程饮料（湖北）有限公司", "2014年7月—2017年2月")
para(d, "职位：销售代表", color="404040")
item("负责武昌区传统渠道200余家终端的拜访、铺货与陈列，连续两年超额完成任务。")

heading("重点项目")
p = para(d, "", before=4)
run(p, "2023年3月—2023年8月　新品“鲜活5℃”低温奶华中上市：", bold=True)
run(p, "作为项目负责人，协调市场部、物流和经销商完成12个KA系统的新品进场，3个月铺市率达到85%，"
       "上市半年销量超计划20%。")

heading("教育背景")
para(d, "毕业院校：华中农商学院　　专业：市场营销　　学历：本科　　毕业时间：2014年6月", before=4)

heading("技能与证书")
item("渠道管理：KA合同谈判、TOP条款、陈列标准、促销执行、经销商管理", sym="▪ ")
item("数据工具：Excel（数据透视表）、PowerBI、SAP销售模块", sym="▪ ")
item("证书：营销师（三级）、驾驶证C1", sym="▪ ")
item("语言：英语（CET-4）", sym="▪ ")

heading("自我评价")
para(d, "十年快消一线销售，熟悉华中KA系统的采购和运营；目标感强，善于用数据推动生意；"
        "能带团队、能下市场，抗压能力强。", before=4, line=1.3)

heading("获奖情况")
para(d, "2023年度楚源乳业华中大区“销售冠军”；2019年度味达食品“优秀员工”。", before=4)
d.save(sys.argv[1])
