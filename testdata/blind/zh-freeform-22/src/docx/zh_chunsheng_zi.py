# zh_chunsheng_zi: 园林绿化项目经理; self-typed Word résumé: bare contact row without labels,
# colon-ended underlined headings, one-line jobs `22.07-至今<TAB>employer<TAB>title` with
# two-digit years, numbered 主要业绩 one-liners (工程名称　规模；任职务；dates last), 函授 education.
import sys
from lib import *

OUT = sys.argv[1]
doc = new_doc(latin="宋体", east="宋体", size=10.5, margins=(2.2, 2.2, 1.8, 1.6))
set_meta(doc, title="", author="Administrator")


def head(text):
    p = para(doc, text, bold=True, size=12, before=10, after=4, east="黑体")
    para_border(p, "bottom", sz=6, color="000000")
    return p


def line(*cols, tabs=(2.9, 10.2), bold=False):
    p = para(doc, before=2)
    for t_ in tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(t_))
    run(p, "\t".join(cols), bold=bold)
    return p


para(doc, "訾春生", bold=True, size=20, east="黑体")
para(doc, "男　｜　1984年生　｜　江苏扬州　｜　138 0013 8163　｜　zichunsheng@example.com", before=4)
p = para(doc, before=4)
run(p, "应聘：", bold=True)
run(p, "园林绿化项目经理 / 工程部经理")

head("执业资格及职称：")
line("二级建造师（市政公用工程）", "2017年", tabs=(10.2,))
line("园林绿化工程师（中级职称）", "2016年", tabs=(10.2,))
line("安全生产考核合格证书（B证）", "2018年", tabs=(10.2,))

head("工作简历：")
line("22.07-至今", "扬州绿筠园林建设有限公司", "项目经理", bold=True)
para(doc, "负责市政绿化、公园景观项目的全面管理，同时在管项目 2—3 个，现场管理人员 12 人，"
          "负责进度、质量、安全、成本及与甲方、监理的协调。", indent=0.8, before=1, line=1.3)
line("18.09-22.06", "扬州绿筠园林建设有限公司", "技术负责人", bold=True)
para(doc, "负责施工组织设计、苗木进场验收、隐蔽工程资料及竣工结算资料编制，配合项目经理完成 5 个项目的验收移交。",
     indent=0.8, before=1, line=1.3)
line("12.03-18.08", "南京禾景生态园林工程有限公司", "施工员", bold=True)
line("07.07-12.02", "泰州兴农苗木场", "技术员", bold=True)

head("主要业绩：")
for k, (nm, sc, role, d) in enumerate((
        ("扬州市某湿地公园景观提升工程", "合同额 4,680 万元，绿化面积约 21 万㎡", "项目经理", "23.03-24.06"),
        ("仪征市滨江大道绿化及海绵化改造工程", "合同额 2,150 万元", "项目经理", "22.08-23.05"),
        ("扬州某住宅小区景观工程（一、二期）", "合同额 1,320 万元", "技术负责人", "19.10-21.04")), start=1):
    p = para(doc, before=2, indent=0.6, first=-0.6, line=1.3)
    run(p, f"{k}．")
    run(p, nm, bold=True)
    run(p, f"　{sc}；任{role}；{d}")

head("获奖：")
para(doc, "2024年　扬州市园林绿化优质工程奖（某湿地公园景观提升工程，本人为项目经理）", before=2)
para(doc, "2021年　公司年度优秀技术负责人", before=2)

head("学习经历：")
line("14.03-16.12", "扬州运河学院", "园林　本科（函授）")
line("03.09-07.06", "苏北农林职业技术学院", "园林技术　大专")

head("技能特长：")
para(doc, "熟悉大树移植、反季节种植及苗木养护管理；能看懂施工图，独立编制施工组织设计和专项方案；"
          "会用 CAD 出图，会用广联达做计价和算量。", before=2, line=1.3, first=0.8)

doc.save(OUT)
