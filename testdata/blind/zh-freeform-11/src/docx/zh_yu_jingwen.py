"""zh_yu_jingwen.docx — bank relationship manager / deputy branch head.

Work history is one bordered 4-column table (起止时间 / 工作单位 / 部门及职务 /
主要工作内容) whose 工作单位 cell is merged vertically over the two posts held at
the same bank; department and title stacked in one cell; certificates in a
4-column table, two certificates a row.
"""
import sys
from docxlib import *

out = sys.argv[1]
doc = new_document(font="宋体", latin="Times New Roman", size=10.5, margins=(1.8, 1.8, 1.9, 1.9))
HEI = dict(east="黑体", latin="Arial")


def heading(text):
    p = para(doc, [text], before=10, after=4, size=12, bold=True, color="FFFFFF", **HEI)
    shade_paragraph(p, "7B2C2C")
    return p


p = para(doc, [("郁静雯", dict(size=22, bold=True, **HEI)), "\t", ("求职意向：", dict(color="7B2C2C", bold=True)), "对公业务 / 普惠金融部门负责人"], after=6)
tab_stops(p, [(17.2, "right", None)])

info = table(doc, 3, 2, widths=[8.6, 8.6], borders=False)
cell_text(info.cell(0, 0), ["出生年月：", "1991.02"])
cell_text(info.cell(1, 0), ["学　　历：", "本科"])
cell_text(info.cell(2, 0), ["现　　居：", "宁波市鄞州区"])
cell_text(info.cell(0, 1), ["手　　机：", "139 0000 ", "3316"])
cell_text(info.cell(1, 1), ["邮　　箱：", "yujingwen", "@example.com"])
cell_text(info.cell(2, 1), ["期望薪资：", "面议"])

heading("工作经历")
w = table(doc, 4, 4, widths=[2.6, 3.4, 2.8, 8.4])
for i, h in enumerate(["起止时间", "工作单位", "部门及职务", "主要工作内容"]):
    cell_text(w.cell(0, i), h, align=CENTER, bold=True)
    shade_cell(w.cell(0, i), "EDE3E3")

# row 1 + row 2: same bank, merged 工作单位 cell
cell_text(w.cell(1, 0), "2020.03—至今", align=CENTER)
cell_text(w.cell(2, 0), "2015.07—2020.02", align=CENTER)
bank = vmerge(w, 1, 1, 2)
cell_text(bank, "甬江商业银行股份有限公司宁波分行", align=CENTER)
cell_valign(bank, "center")
cell_text(w.cell(1, 2), "鄞州支行", align=CENTER)
cell_para(w.cell(1, 2), "副行长", align=CENTER)
c = w.cell(1, 3)
cell_text(c, "分管支行对公及普惠业务，带领客户经理 9 人。")
cell_para(c, "1. 2023 年末对公存款余额 58 亿元，较任职初增长 71%；")
cell_para(c, "2. 搭建“园区贷”批量获客模式，新增小微企业授信户 320 户；")
cell_para(c, "3. 连续三年不良贷款率控制在 0.6% 以下，支行综合考核全分行第二。")
cell_text(w.cell(2, 2), "公司业务部", align=CENTER)
cell_para(w.cell(2, 2), "客户经理 → 高级客户经理", align=CENTER)
c = w.cell(2, 3)
cell_text(c, "负责制造业、外贸企业客户的开发与综合金融服务，管户 60 余户。")
cell_para(c, "1. 独立完成授信调查报告 150 余份，牵头 2 笔银团贷款；")
cell_para(c, "2. 2019 年个人存贷款综合贡献排名分行客户经理第 3。")

cell_text(w.cell(3, 0), "2013.07—2015.06", align=CENTER)
cell_text(w.cell(3, 1), "东港农村商业银行股份有限公司", align=CENTER)
cell_text(w.cell(3, 2), "营业部", align=CENTER)
cell_para(w.cell(3, 2), "综合柜员", align=CENTER)
cell_text(w.cell(3, 3), "办理对公、对私柜面业务，连续 18 个月差错率为零，2014 年获评“星级柜员”。")
for r in range(1, 4):
    cell_valign(w.cell(r, 0), "center")

heading("教育背景")
e = table(doc, 2, 4, widths=[3.2, 5.0, 4.0, 5.0])
for i, h in enumerate(["起止时间", "学校", "专业", "学历 / 学位"]):
    cell_text(e.cell(0, i), h, align=CENTER, bold=True)
    shade_cell(e.cell(0, i), "EDE3E3")
for i, v in enumerate(["2009.09—2013.06", "浙海财经大学", "金融学", "本科 / 经济学学士"]):
    cell_text(e.cell(1, i), v, align=CENTER)

heading("资格证书")
c4 = table(doc, 4, 4, widths=[5.6, 3.0, 5.6, 3.0])
for i, h in enumerate(["证书名称", "取得时间", "证书名称", "取得时间"]):
    cell_text(c4.cell(0, i), h, align=CENTER, bold=True)
    shade_cell(c4.cell(0, i), "EDE3E3")
rows = [["银行业专业人员职业资格（公司信贷）", "2013.11", "金融理财师 AFP", "2016.09"],
        ["基金从业资格", "2014.04", "证券从业资格", "2014.09"],
        ["全国大学英语六级（CET-6）", "2011.06", "", ""]]
for r, vals in enumerate(rows, start=1):
    for i, v in enumerate(vals):
        cell_text(c4.cell(r, i), v, align=CENTER)

heading("获奖情况")
para(doc, "2023 年度分行普惠金融先进个人", after=2)
para(doc, "2019 年度总行“优秀客户经理”（全行前 5%）", after=2)
para(doc, "2017 年 分行对公业务技能竞赛 第一名", after=2)

heading("自我评价")
para(doc, "十年银行从业经历，柜面、客户经理、支行管理岗位都做过，熟悉对公信贷全流程和普惠金融政策。"
          "抗压能力强，善于维护客户关系，带团队注重过程管理，愿意接受更大的挑战。", first=0.74, line=1.4)

doc.save(out)
