# 符晓雯 — 特殊教育教师: a Word 表格简历 (one grid for the whole résumé,
# shaded label column, the 工作经历 kept in ONE cell with soft line breaks).
import sys, datetime
from lib import *

out = sys.argv[1]
doc = new_document(east_asia="宋体", latin="Times New Roman", size=10.5,
                   margins=(1.8, 1.6, 2.0, 2.0))
set_core(doc, title="个人简历", author="fxw",
         created=datetime.datetime(2025, 3, 2, 21, 14))

para(doc, "个 人 简 历", size=20, bold=True, align="center", east_asia="黑体", after=10)

W = [2.5, 4.3, 2.5, 4.5, 3.2]
t = doc.add_table(rows=12, cols=5)
table_borders(t, size=6, color="000000")
cell_margins(t, top=60, bottom=60, left=100, right=100)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
fixed_widths(t, W)

LABEL = "EDEDED"
def label(c, s):
    cell_text(c, s, bold=True, align="center", east_asia="黑体", size=10.5)
    shade(c, LABEL)
    valign(c)

def value(c, s, align="center"):
    cell_text(c, s, align=align, size=10.5)
    valign(c)

rows = [
    ("姓　　名", "符晓雯", "性　　别", "女"),
    ("出生年月", "1995年3月", "民　　族", "汉族"),
    ("政治面貌", "中共党员", "最高学历", "本科"),
    ("联系电话", "138 0013 8271", "电子邮箱", "fuxiaowen@example.cn"),
]
for i, (a, b, c, d) in enumerate(rows):
    r = t.rows[i]
    row_height(r, 0.9)
    label(r.cells[0], a); value(r.cells[1], b)
    label(r.cells[2], c); value(r.cells[3], d)

# photo cell: rows 0-3 of the last column merged, left empty (photo removed)
ph = t.cell(0, 4).merge(t.cell(3, 4))
valign(ph)

r = t.rows[4]
row_height(r, 0.9)
label(r.cells[0], "现 居 地")
value(r.cells[1], "四川省成都市锦江区")
label(r.cells[2], "求职意向")
m = r.cells[3].merge(r.cells[4])
value(m, "特殊教育教师（培智方向）")

# big rows: label + one merged cell
big = [
    ("教育背景", None),
    ("工作经历", None),
    ("所带班级", None),
    ("资格证书", None),
    ("获奖情况", None),
    ("专业技能", None),
    ("自我评价", None),
]
for k, (lab, _) in enumerate(big):
    r = t.rows[5 + k]
    label(r.cells[0], lab)
    r.cells[1].merge(r.cells[4])

def big_cell(rowidx):
    return t.rows[rowidx].cells[1]

# 教育背景: two ordinary paragraphs
c = big_cell(5)
cell_text(c, "2013年9月—2017年6月　　蜀南师范大学　　特殊教育　　本科（教育学学士）\n"
             "主修课程：特殊儿童心理学、智力障碍儿童教育、孤独症儿童教育与干预、特殊儿童康复训练、手语、盲文")

# 工作经历: everything in one paragraph, lines separated by soft breaks (Shift+Enter)
c = big_cell(6)
cell_lines_br(c, [
    "2019年9月—至今　　成都市锦城区启智学校　　班主任 / 生活语文教师",
    "·担任培智部班主任，现带四年级（2）班，学生11人（孤独症5人、智力障碍4人、脑瘫伴智力障碍2人）；",
    "·为每名学生制定并实施个别化教育计划（IEP），每学期完成两次评估并与家长面谈；",
    "·承担生活语文、绘画与手工课，每周14课时；兼任学校资源中心巡回指导教师，每月到2所普通小学指导随班就读工作；",
    "·参与“送教上门”，每月两次为3名重度残疾学生上门授课。",
    "",
    "2017年7月—2019年8月　　成都青杉儿童康复中心　　康复教师",
    "·负责3—6岁孤独症儿童一对一训练（ABA）及小组课，每天6课时；",
    "·编写《入园准备小组课》教案20课，在中心内推广使用；",
    "·每月组织一次家长培训，讲解居家训练方法。",
])

c = big_cell(7)
cell_text(c, "2019.09—2022.07　培智部一年级（2）班，跟班至三年级\n"
             "2022.09—至今　　培智部四年级（2）班，2023年该班被评为校级“优秀班集体”")

c = big_cell(8)
cell_text(c, "教师资格证（小学·特殊教育）　证书编号：20175100*******　2017年6月\n"
             "普通话水平测试二级甲等　2016年10月\n"
             "孤独症儿童康复教师岗位培训合格证　中国残疾人康复协会　2018年5月\n"
             "全国计算机等级考试二级（MS Office）　2015年9月")

c = big_cell(9)
cell_text(c, "2023年11月　课例《认识人民币》获成都市特殊教育学校优质课评比一等奖\n"
             "2022年12月　论文《绘本在培智低年级生活语文教学中的运用》获锦城区教育教学论文评选三等奖\n"
             "2021年5月　 课例《七步洗手法》获锦城区培智学校生活适应课例评比二等奖\n"
             "2020年9月　 锦城区“优秀青年教师”")

c = big_cell(10)
cell_text(c, "特殊教育：IEP制定、ABA训练、结构化教学（TEACCH）、感统训练、手语（日常交流）\n"
             "办公软件：Word、PPT、希沃白板、剪映")

c = big_cell(11)
cell_text(c, "从事特殊教育工作近八年，熟悉培智学校课程标准和孤独症儿童教育干预方法。"
             "对孩子有耐心，善于和家长沟通，能承担班主任和送教上门工作。"
             "希望继续在培智学校或融合教育方向发展。")

for k in range(5, 12):
    for p in t.rows[k].cells[1].paragraphs:
        p.paragraph_format.line_spacing = 1.3
    cant_split(t.rows[k]) if k != 6 else None

doc.save(out)
