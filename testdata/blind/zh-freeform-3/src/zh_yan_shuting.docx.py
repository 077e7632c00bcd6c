#!/usr/bin/python3
"""Word résumé of an experienced product manager: Word built-in Heading 1 styles for the sections,
one tab-separated line per job (dates <TAB> company <TAB> position) with left tab stops,
【职责】/【业绩】 bracket labels opening the paragraphs, a basics block written as a sentence."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
for lvl in ("Heading 1",):
    st = d.styles[lvl]
    st.font.size = Pt(13)
    st.font.color.rgb = RGBColor.from_string("1F3864")
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    st.paragraph_format.space_before = Pt(10)
    st.paragraph_format.space_after = Pt(4)

p = para(d, "", after=2)
run(p, "颜舒婷", bold=True, size=20)
run(p, "　　B 端产品经理 · 7 年", size=11, color="595959")
para(d, "杭州 ｜ 139-0000-5518 ｜ yanshuting@example.com ｜ 微信同手机号", size=10, after=2)
para(d, "目前在职，考虑杭州、上海的 SaaS / 企业服务类产品岗位，期望年薪 45 万左右。", size=10, color="595959")


def job(dates, company, title):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
    run(p, dates + "\t")
    run(p, company + "\t", bold=True)
    run(p, title, bold=True)


def labelled(label, text):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.4)
    run(p, label, bold=True, color="1F3864")
    run(p, text)


d.add_heading("工作经历", level=1)
job("2020.06 - 至今", "杭州织梦云软件有限公司", "高级产品经理")
labelled("【职责】", "负责连锁零售 SaaS 的库存与调拨模块，带 2 名产品经理，对接 30 人研发团队。")
labelled("【业绩】", "主导调拨单重构，门店调拨时长由 2 天缩短到 4 小时；2023 年模块续费率 92%。")
labelled("【业绩】", "搭建产品数据看板（神策），需求评审前必须给出量化目标，成为部门规范。")
job("2017.07 - 2020.05", "钱塘数科信息技术有限公司", "产品经理")
labelled("【职责】", "负责政务审批系统的表单引擎与流程配置，参与 11 个地市项目交付。")
labelled("【业绩】", "表单引擎上线后，新事项配置时间由 5 天降为半天。")

d.add_heading("教育经历", level=1)
job("2013.09 - 2017.06", "浙东师范大学", "信息管理与信息系统 · 本科")

d.add_heading("技能与工具", level=1)
para(d, "产品：Axure、墨刀、Figma、XMind")
para(d, "数据：SQL、神策、Excel")
para(d, "协作：Jira、Confluence、飞书")

d.add_heading("证书", level=1)
para(d, "NPDP 产品经理国际资格认证（2021 年）")
para(d, "PMP（2019 年）")

d.add_heading("关于我", level=1)
para(d, "喜欢到门店和仓库里看人怎么用系统；写 PRD 先写验收标准。业余跑半马。")

d.save(sys.argv[1])
