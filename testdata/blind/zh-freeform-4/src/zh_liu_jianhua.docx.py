#!/usr/bin/python3
"""WPS-style 个人简历 form: one bordered table for everything. Personal rows (label cells left, values
right, a photo cell merged over four rows, 政治面貌 / 籍贯 / 婚姻状况), 求职意向 and 期望薪资 rows; then
each section is a block of rows whose first cell (the section name, e.g. `工作\n经历`) is merged
vertically over all rows of the block, a date cell `2019年4月-至今`, and a content cell merged across
the remaining columns (company and title on the first line, `1、2、3、` duties under it)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5, margins=1.8)
para(d, "个 人 简 历", bold=True, size=18, align="center", after=6)

W = [2.2, 3.4, 2.2, 4.6, 3.0]
t = d.add_table(rows=0, cols=5)
borders(t, color="000000")
t.alignment = WD_TABLE_ALIGNMENT.CENTER


def row():
    return t.add_row().cells


personal = [("姓　　名", "刘建华", "性　　别", "男"),
            ("出生年月", "1988年10月", "民　　族", "汉"),
            ("政治面貌", "中共党员", "籍　　贯", "河北保定"),
            ("学　　历", "本科", "婚姻状况", "已婚")]
first = len(t.rows)
for a, b, c, e in personal:
    cs = row()
    cell_text(cs[0], a, align="center"); shade(cs[0], "EDEDED")
    cell_text(cs[1], b, align="center")
    cell_text(cs[2], c, align="center"); shade(cs[2], "EDEDED")
    cell_text(cs[3], e, align="center")
photo = t.cell(first, 4).merge(t.cell(first + 3, 4))
cell_text(photo, "\n照片\n", align="center")


def wide(label, value, shaded=True):
    cs = row()
    cell_text(cs[0], label, align="center")
    if shaded:
        shade(cs[0], "EDEDED")
    m = cs[1].merge(cs[4])
    cell_text(m, value)
    return m


cs = row()
cell_text(cs[0], "联系电话", align="center"); shade(cs[0], "EDEDED")
cell_text(cs[1], "136-0000-5571", align="center")
cell_text(cs[2], "电子邮箱", align="center"); shade(cs[2], "EDEDED")
cell_text(cs[3].merge(cs[4]), "liujianhua88@example.cn")
wide("现住址", "河北省石家庄市长安区")
wide("求职意向", "财务主管 / 总账会计")
wide("期望薪资", "面议")


def block(label, items):
    start = len(t.rows)
    for dates, text in items:
        cs = row()
        cell_text(cs[1], dates, align="center")
        cell_text(cs[2].merge(cs[4]), text)
    m = t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
    cell_text(m, label, bold=True, align="center")
    shade(m, "EDEDED")


block("教育\n经历", [
    ("2007年9月-2011年7月", "燕赵财经大学　会计学专业　本科"),
    ("2015年3月-2017年7月", "河北广播电视大学　工商管理专业　本科（成人教育）"),
])
block("工作\n经历", [
    ("2019年4月-至今", "石家庄正阳建材集团有限公司　财务主管\n"
     "1、负责集团下属4家子公司的总账、合并报表及月度经营分析；\n"
     "2、牵头用友U8升级到用友NC，月结时间由8天缩短到4天；\n"
     "3、配合年审和税务稽查，近三年无重大审计调整。"),
    ("2014年6月-2019年3月", "保定恒通物流有限公司　总账会计\n"
     "1、负责凭证审核、总账、纳税申报；\n"
     "2、建立运输成本核算台账，按线路核算毛利。"),
    ("2011年7月-2014年5月", "保定市北市区宏达会计师事务所　审计助理\n"
     "参与中小企业年报审计、验资及清产核资项目。"),
])
block("资格\n证书", [
    ("2016年", "中级会计师"),
    ("2012年", "初级会计师"),
])
wide("专业技能", "用友NC、用友U8、金蝶K/3、Excel（函数、数据透视表）、个税及增值税申报")
wide("自我评价", "从事财务工作十余年，做事细致，原则性强；熟悉制造和物流行业的成本核算，能独立完成合并报表。")
widths(t, W)

d.save(sys.argv[1])
