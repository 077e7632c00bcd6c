"""zh_zhigang_mi.docx — self-typed Word résumé of a foundry process engineer.

Name line, an unlabelled info line and contact row, '■ ' headings, the employer alone on a
line with '职位：… 时间：…' on the next, '工作内容：' + numbered lines, dates 2017.3—至今.
usage: python3 zh_zhigang_mi.py OUT.docx
"""
import sys

import lib

doc = lib.new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(2.2, 2.0, 2.4, 2.4))
lib.set_core(doc, "Administrator", "")

lib.para(doc, "宓志刚", bold=True, size=18, font="黑体", after=4)
lib.para(doc, "男 ｜ 1987年生 ｜ 本科 ｜ 铸造工艺13年 ｜ 现居山东潍坊", after=2)
lib.para(doc, "138 0013 8547　　mizhigang@example.com", after=6)
lib.para(doc, "求职意向：铸造工艺主管 / 技术科长　　意向城市：潍坊、青岛　　期望月薪：面议", bold=True, after=4)


def heading(text):
    p = lib.para(doc, "■ " + text, bold=True, size=12, font="黑体", before=10, after=4)
    lib.bottom_rule(p, size=6)


def line(text, bold=False, indent=None):
    return lib.para(doc, text, bold=bold, indent=indent, after=1)


heading("工作经历")
line("潍坊华岳动力机械有限公司　铸造分厂", bold=True)
line("职位：工艺科科长　　　时间：2017.3—至今")
line("工作内容：")
for i, b in enumerate([
    "负责缸体、缸盖、飞轮壳等灰铁、蠕铁件的铸造工艺设计与评审，分厂年产铸件约3.2万吨；",
    "主导新产品工艺开发14项，从工艺方案、MAGMA模拟到首件PPAP全流程负责；",
    "牵头每周废品分析会，缸体综合废品率由6.8%降至3.1%；",
    "管理工艺员6人，制定工艺卡、作业指导书和砂芯检验标准。",
], 1):
    line(f"{i}. {b}", indent=0.5)
lib.para(doc, after=4)
line("山东鲁通精密铸业有限公司", bold=True)
line("职位：铸造工艺员　　　时间：2012.7—2017.2")
line("工作内容：")
for i, b in enumerate([
    "负责球铁轮毂、支架类铸件的浇注系统和冒口设计；",
    "跟踪静压造型线与冷芯盒制芯现场问题，处理气孔、砂眼、缩松等缺陷；",
    "参与ISO/TS 16949质量体系审核准备，编写控制计划和PFMEA。",
], 1):
    line(f"{i}. {b}", indent=0.5)

heading("项目经历")
line("柴油机缸体砂芯组芯整体下芯工艺改进", bold=True)
line("时间：2019.4—2020.6　　角色：项目负责人")
line("内容：将原11个砂芯改为组芯后整体下芯，下芯工时减少35%，缸体砂眼废品下降2.4个百分点。")
lib.para(doc, after=4)
line("蠕墨铸铁缸盖开发", bold=True)
line("时间：2021.9—2022.12　　角色：工艺负责人")
line("内容：完成蠕化率在线热分析控制与工艺验证，通过客户PPAP批准，实现批量供货。")

heading("教育背景")
line("鲁北理工学院", bold=True)
line("专业：材料成型及控制工程　　学历：本科　　时间：2008.9—2012.6")

heading("专业技能")
for b in [
    "铸造模拟：MAGMA、ProCAST",
    "设计软件：UG NX、AutoCAD",
    "熟悉灰铁、球铁、蠕铁熔炼与炉前控制，熟悉覆膜砂、冷芯盒制芯工艺",
    "熟悉IATF 16949、APQP、PPAP、FMEA等质量工具",
]:
    line("- " + b)

heading("证书")
line("2018.12　中级工程师（材料成型与控制）")
line("2020.8　 IATF 16949内审员证书")

heading("自我评价")
line("在铸造一线干了十多年，从工艺员做到工艺科长，熟悉从熔炼、造型、制芯到清理的整条线。"
     "习惯用数据说话，废品分析讲究追到根因。希望找一个平台更大的铸造企业，继续做工艺技术管理。")

doc.save(sys.argv[1])
