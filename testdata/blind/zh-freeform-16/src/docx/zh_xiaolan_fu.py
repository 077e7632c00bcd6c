# 符晓岚 — 检验科主管技师; headings sit in shaded one-cell tables.
from lib import *

d = new_doc("宋体", 10.5)
para(d, "个 人 简 历", bold=True, size=18, align="center", after=8)

info = [
    ("姓　　名", "符晓岚", "性　　别", "女"),
    ("出生年月", "1990年3月", "政治面貌", "群众"),
    ("职　　称", "主管技师（临床医学检验技术）", "现 居 地", "海南海口"),
    ("联系电话", "138 0000 5217", "电子邮箱", "fuxiaolan@example.com"),
    ("应聘岗位", "检验科微生物室负责人 / 主管技师", "期望城市", "海口、三亚"),
]
t = d.add_table(rows=len(info), cols=4)
t.style = "Table Grid"
for i, row in enumerate(info):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
        if j % 2 == 0:
            shade(t.cell(i, j), "F2F2F2")


def heading(text):
    para(d, "", after=0)
    h = d.add_table(rows=1, cols=1)
    c = h.cell(0, 0)
    shade(c, "C9DAF8")
    cell_text(c, text, bold=True, size=12, color="1F3864")


heading("工作经历")
p = para(d, "", before=4)
run(p, "海口市南渡江人民医院（三级甲等）　检验科　　2012年7月—至今", bold=True)
jobs = [
    ("2020年1月—至今　微生物组　组长（主管技师）", [
        "负责细菌培养、鉴定及药敏试验的日常质控，组内5人排班与带教；",
        "牵头通过ISO 15189微生物专业现场评审（2022年）；",
        "建立血培养阳性报警“三级报告”流程，危急值平均报告时间由95分钟缩短至52分钟；",
        "参与医院感染管理委员会工作，每月汇总多重耐药菌监测数据。",
    ]),
    ("2015年7月—2019年12月　生化免疫组　检验技师", [
        "操作罗氏 cobas 8000、雅培 i2000SR 等生化免疫流水线；",
        "负责室内质控及省临检中心室间质评，连续四年全部合格。",
    ]),
    ("2012年7月—2015年6月　临检组　检验技师", [
        "负责血常规、尿常规、凝血及急诊检验，参与夜班急诊值班。",
    ]),
]
for head, items in jobs:
    p = para(d, "", indent=0.5, before=3)
    run(p, head, bold=True, color="333333")
    for it in items:
        para(d, "• " + it, indent=1.0)
p = para(d, "", before=4)
run(p, "2011年7月—2012年5月　琼南县人民医院　检验科实习生")

heading("教育经历")
para(d, "本科　医学检验技术（2008.09—2012.06）　南溟医学院", before=3)
para(d, "主修课程：临床生物化学检验、临床微生物学检验、临床免疫学检验、临床血液学检验")

heading("资格证书")
certs = [("证书名称", "取得时间"),
         ("检验技师资格证", "2013年"),
         ("主管技师资格证（临床医学检验技术中级）", "2019年"),
         ("PCR上岗证（临床基因扩增检验技术人员培训合格证）", "2020年"),
         ("病原微生物实验室生物安全培训合格证", "2021年")]
ct = d.add_table(rows=len(certs), cols=2)
ct.style = "Table Grid"
for i, (a, b) in enumerate(certs):
    cell_text(ct.cell(i, 0), a, bold=(i == 0))
    cell_text(ct.cell(i, 1), b, bold=(i == 0))

heading("论文")
para(d, "1. 符晓岚，陈立新. 海口地区血培养病原菌分布及耐药性分析［J］. 南海检验医学杂志，2021，14(3)：45-49.", before=3)
para(d, "2. 符晓岚，王海燕，林志勇. 降钙素原联合C反应蛋白在脓毒症早期诊断中的价值［J］. 临床检验与实践，2018，9(6)：112-115.")

heading("专业技能")
para(d, "仪器设备：VITEK 2 Compact、MALDI-TOF MS、BD BACTEC FX、cobas 8000", before=3)
para(d, "质量管理：ISO 15189、室内质控、室间质评、Westgard 多规则")
para(d, "软件：Excel、WHONET")

heading("自我评价")
para(d, "从事临床检验工作十二年余，在临检、生化免疫、微生物三个专业组均有独立工作经历。工作细致，重视质量体系建设，能胜任带教与专业组管理工作。", before=3)

save(d)
