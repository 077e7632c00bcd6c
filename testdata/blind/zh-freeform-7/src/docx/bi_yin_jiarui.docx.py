import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

# imitates a 飞书文档 "下载为 Word": title paragraph, callout blocks as one-cell shaded tables,
# a 分栏 (column) block as a borderless two-column table, Heading 2/3 for sections and entries
d = new_doc(font="微软雅黑", latin="Arial", size=10)
for name, size in (("Heading 2", 13), ("Heading 3", 11)):
    st = d.styles[name]
    st.font.name = "Arial"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x23, 0x29)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "微软雅黑")
    st.paragraph_format.space_before = Pt(10 if name == "Heading 2" else 6)
    st.paragraph_format.space_after = Pt(2)

para(d, "尹嘉睿 Jerry Yin｜Growth Operations 增长运营", bold=True, size=20, space_after=6)


def callout(lines, fill):
    t = table(d, 1, 1, (17.0,))
    cell_text(t.cell(0, 0), lines)
    shade(t.cell(0, 0), fill)
    para(d, "")


callout(["📍 深圳　｜　📞 138 0000 5864　｜　✉️ jerry.yin@example.com",
         "求职意向：增长运营 / 用户运营（外企或出海业务优先）"], "FEF1CC")

d.add_heading("About 关于我", level=2)
para(d, "3 年出海 App 与跨境电商运营经验，熟悉海外买量和 CRM 留存。Data-driven, comfortable running A/B tests and writing SQL myself.")

d.add_heading("Experience 工作经历", level=2)
d.add_heading("Lumos Games（深圳）· Growth Operations Specialist 增长运营专员", level=3)
para(d, "2023.2 – 今", color="8F959E")
for s in ["负责两款休闲游戏在东南亚和拉美市场的买量与 ROI 监控，月预算约 30 万美元；",
          "Built a D7 retention dashboard in Looker Studio used by the whole publishing team;",
          "设计新手 7 日签到与推送分群，D7 留存从 11.2% 提升到 14.5%。"]:
    para(d, "• " + s)
d.add_heading("深圳拾光跨境电商有限公司 · 用户运营", level=3)
para(d, "2021.7 – 2023.1", color="8F959E")
for s in ["负责独立站 EDM 与会员体系，订阅用户从 4 万增长到 15 万；",
          "与客服共建 FAQ 知识库，退货咨询量下降 20%。"]:
    para(d, "• " + s)

d.add_heading("Education 教育背景", level=2)
para(d, "深圳南山大学 · 英语（商务英语方向）· 本科 · 2017.9 – 2021.6")

d.add_heading("Skills & Languages", level=2)
t = table(d, 1, 2, (8.5, 8.5))
cell_text(t.cell(0, 0), [[("Skills 技能", True)], "数据：SQL、Looker Studio、Excel", "投放：Meta Ads、Google Ads、AppsFlyer"])
cell_text(t.cell(0, 1), [[("Languages 语言", True)], "English – fluent (TEM-8)", "普通话 – native", "粤语 – conversational"])
para(d, "")

d.add_heading("Certificates 证书", level=2)
para(d, "• Google Ads Search Certification（2023.06）")
d.save(sys.argv[1])
