# 邵文静 — 应届本科 会计学. A 表格式简历 as a WPS user makes it: one bordered grid, photo cell,
# section names written vertically (cell text direction), education as a table nested in a cell.
import sys
from docxlib import *

d = new_doc(east="宋体", size=10.5, margins=(1.6, 1.4, 1.8, 1.8))
t = para(d, "个 人 简 历", align="center", size=20, bold=True, east="黑体", after=8)

W = [2.1, 2.7, 1.9, 2.7, 2.1, 2.4, 3.5]
tb = d.add_table(rows=0, cols=7)
table_borders(tb, sz=6)
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
LBL = "F2F2F2"


def row():
    return tb.add_row().cells


# --- personal data, photo at the right over four rows
r1 = row(); r2 = row(); r3 = row(); r4 = row()
for cells, items in ((r1, ["姓  名", "邵文静", "性  别", "女", "出生年月", "2002.11"]),
                     (r2, ["民  族", "汉", "籍  贯", "江苏盐城", "政治面貌", "中共党员"]),
                     (r3, ["学  历", "本科", "专  业", "会计学", "毕业时间", "2024.06"])):
    for i, txt in enumerate(items):
        if i % 2 == 0:
            cell_text(cells[i], txt, bold=True, align="distribute", fill=LBL)
        else:
            cell_text(cells[i], txt, align="center")
cell_text(r4[0], "联系电话", bold=True, align="distribute", fill=LBL)
m = r4[1].merge(r4[2]); cell_text(m, "138 0000 6352", align="center")
cell_text(r4[3], "电子邮箱", bold=True, align="distribute", fill=LBL)
m = r4[4].merge(r4[5]); cell_text(m, "shaowj02@example.cn", align="center")
photo = r1[6].merge(r4[6])
cell_text(photo, "照\n片", align="center", color="A6A6A6", size=12)

r5 = row()
cell_text(r5[0], "求职意向", bold=True, align="distribute", fill=LBL)
m = r5[1].merge(r5[3]); cell_text(m, "审计助理 / 会计")
cell_text(r5[4], "意向城市", bold=True, align="distribute", fill=LBL)
m = r5[5].merge(r5[6]); cell_text(m, "南京、苏州")


def section(title, nrows):
    rows = [row() for _ in range(nrows)]
    left = rows[0][0].merge(rows[-1][0])
    cell_text(left, title, bold=True, align="center", fill="DDEBF7", size=11)
    set_cell_dir(left, "tbRlV")
    return [r[1].merge(r[6]) for r in rows]


# --- 教育背景: a small table inside the cell
(edu,) = section("教育背景", 1)
edu.paragraphs[0].text = ""
inner = edu.add_table(rows=2, cols=6)
table_borders(inner, sz=2, color="7F7F7F")
for i, h in enumerate(["起止时间", "学校", "专业", "学历", "GPA", "专业排名"]):
    cell_text(inner.rows[0].cells[i], h, bold=True, align="center", size=9.5)
for i, v in enumerate(["2020.09-2024.06", "临江财经学院", "会计学", "本科", "3.71/4.0", "5/168"]):
    cell_text(inner.rows[1].cells[i], v, align="center", size=9.5)
set_col_widths(inner, [2.9, 3.2, 1.9, 1.3, 1.7, 1.9])
p = edu.add_paragraph()
run(p, "主修课程：", bold=True)
run(p, "中级财务会计、高级财务会计、成本会计、审计学、税法、财务管理、经济法、会计信息系统")

# --- 实习经历
(job,) = section("实习经历", 1)
lines = [
    ("2023.07-2023.09　　立衡会计师事务所（特殊普通合伙）南京分所　　审计助理（实习）", True),
    ("1. 参与3家制造业企业2022年度财务报表审计，负责货币资金、应收账款、固定资产科目的底稿编制；", False),
    ("2. 执行银行询证函、往来函证的发函与回函跟踪，整理函证控制表，回函率达到95%以上；", False),
    ("3. 协助项目经理进行存货监盘，核对盘点表与账面差异并形成差异说明。", False),
    ("2023.01-2023.02　　盐城市恒丰纺织有限公司　　财务部出纳（寒假实习）", True),
    ("1. 负责日常现金收付和银行结算，登记现金日记账、银行存款日记账，做到日清月结；", False),
    ("2. 每月编制银行存款余额调节表，协助会计完成增值税发票的认证与整理。", False),
]
job.paragraphs[0].text = ""
first = True
for txt, bold in lines:
    p = job.paragraphs[0] if first else job.add_paragraph()
    first = False
    run(p, txt, bold=bold)
    if bold and txt.startswith("2023.01"):
        p.paragraph_format.space_before = Pt(6)

# --- 校园经历
(camp,) = section("校园经历", 1)
cell_text(camp, "2021.09-2022.06　　会计学院学生会　　学习部部长\n"
                "组织“财会知识竞赛”和考证经验分享会共6场，累计参与同学400余人次；负责学习部12名干事的日常分工。",
          valign="top")
camp.paragraphs[0].runs[0].bold = True

# --- 获奖情况
(aw,) = section("获奖情况", 1)
cell_text(aw, "2023.10　　校一等奖学金（2022-2023学年）\n"
              "2022.11　　“智税杯”全国大学生税务技能大赛　江苏赛区二等奖\n"
              "2021.12　　临江财经学院“优秀学生干部”", valign="top")

# --- 证书 / 技能
r = row()
cell_text(r[0], "技能证书", bold=True, align="center", fill="DDEBF7", size=11)
set_cell_dir(r[0], "tbRlV")
m = r[1].merge(r[6])
cell_text(m, "初级会计专业技术资格（2023.05）；全国计算机等级考试二级（MS Office）；大学英语六级（CET-6，531分）\n"
             "熟练使用用友U8、金蝶K/3等财务软件，熟练使用Excel（数据透视表、VLOOKUP函数）、Word、PPT；了解Python基础数据处理。",
          valign="top")

# --- 自我评价
r = row()
cell_text(r[0], "自我评价", bold=True, align="center", fill="DDEBF7", size=11)
set_cell_dir(r[0], "tbRlV")
m = r[1].merge(r[6])
cell_text(m, "性格踏实细致，对数字敏感，有较强的责任心；事务所实习期间适应了高强度的审计节奏，"
             "能按时保质完成底稿；学习能力强，正在备考注册会计师（已通过会计、税法两科），希望在审计或财务岗位长期发展。",
          valign="top")

set_col_widths(tb, W)
for rw in tb.rows:
    rw.height = Cm(0.75)
for rw in tb.rows[5:]:
    rw.height = Cm(2.6)
d.save(sys.argv[1])
