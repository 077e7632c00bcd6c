# 财务经理：Word 时间轴简历（左列日期、中间竖线+圆点、右列内容），❶❷ 标题，项目嵌在工作经历里
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

BLUE = "2E5C8A"
d = new_doc(font="微软雅黑", size=10, margins=1.8, latin="Calibri")
p = para(d); run(p, "臧丽萍", bold=True, size=24, color=BLUE)
para(d, "女 ｜ 1987年生 ｜ 13年财务工作经验 ｜ 苏州", size=10, color="666666")
para(d, "手机：158 0000 2236　　邮箱：zangliping@example.com", size=10, after=4)
p = para(d, after=6); run(p, "求职意向：", bold=True); run(p, "财务经理 / 财务主管（制造业优先）")

def heading(text):
    p = para(d, before=10, after=4)
    run(p, text, bold=True, size=13, color=BLUE)
    pPr = p._element.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); bot = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "8"), ("space", "1"), ("color", BLUE)):
        bot.set(qn("w:" + k), v)
    b.append(bot); pPr.append(b)

def timeline(entries):
    t = d.add_table(rows=len(entries), cols=3)
    no_borders(t)
    for i, (dates, lines) in enumerate(entries):
        cell_text(t.cell(i, 0), dates, align=RIGHT, size=9.5)
        c = t.cell(i, 1)
        cell_text(c, "●", align=CENTER, size=8)
        cell_border(c, left=("single", 12, BLUE))
        cell_text(t.cell(i, 2), lines)
    widths(t, [2.6, 0.6, 14.2])

heading("❶ 工作经历")
timeline([
    (["2021.04", "至今"], [
        ("苏州汇锦精密机械有限公司　　财务经理", True),
        "全面负责公司财务管理工作，下属5人（总账、成本、出纳、税务）。",
        "· 主导金蝶K3切换SAP S/4HANA FICO模块，月结时间从8天缩短到4天；",
        "· 建立标准成本体系，按月出具产品毛利分析，推动两条亏损产品线调价；",
        "· 负责高新技术企业认定及研发费用加计扣除，2022年享受加计扣除1,260万元；",
        "· 配合年审及IPO辅导期财务规范整改。",
        ("【项目】SAP FICO上线（2021.10-2022.06）", True),
        "角色：财务侧负责人",
        "梳理总账、应收应付、固定资产、成本中心等12个业务流程，完成期初数据迁移与3轮UAT测试，系统按期上线。",
    ]),
    (["2016.07", "2021.03"], [
        ("昆山嘉禾电子有限公司　　成本会计 → 财务主管", True),
        "· 负责3个车间的成本核算、存货盘点与差异分析，推动BOM与工艺路线数据治理；",
        "· 2019年起任财务主管，负责月度报表、预算编制和增值税、企业所得税申报；",
        "· 牵头应收账款清理，账龄超过180天的应收款下降42%。",
    ]),
    (["2013.07", "2016.06"], [
        ("苏州恒正会计师事务所（普通合伙）　　审计助理", True),
        "· 参与制造业、商贸企业年报审计及专项审计20余家，负责存货、固定资产和收入循环底稿。",
    ]),
])

heading("❷ 教育背景")
timeline([
    (["2018.09", "2020.12"], [("东吴商学院　　工商管理　　MBA（在职）", True)]),
    (["09.09", "13.06"], [("江南财经学院　　会计学　　本科", True), "主修：中级财务会计、成本会计、审计学、税法、财务管理"]),
])

heading("❸ 证书 · 技能")
para(d, "中级会计师（2017）｜ 税务师（在考，已过3科）｜ 熟练 SAP FICO、用友U8、金蝶K3 ｜ Excel（VBA、Power Query）｜ 英语 CET-6", after=2)

heading("❹ 自我评价")
para(d, "十三年制造业财务经验，懂业务、懂系统；数字敏感，习惯用数据说话，能带小团队也能自己下场做账。")
d.save(sys.argv[1])
