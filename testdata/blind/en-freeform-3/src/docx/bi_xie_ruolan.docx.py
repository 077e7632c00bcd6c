"""Ruolan XIE / 谢若兰 -- London FP&A analyst from Beijing. Bilingual Word CV: the body is a borderless
two-column table whose LEFT column holds the section names (English over Chinese) on the first row of
each section only; entries have the employer and a right-tab date on one line."""
import sys
from docxlib import *

doc = new_doc(font="Georgia", size=10, margins=(1.5, 1.7, 1.5, 1.7), east_asia="Droid Sans Fallback")
core(doc, title="CV Ruolan Xie", author="Xie Ruolan")

para(doc, [("Ruolan XIE", {"b": True, "size": 20}), ("   谢若兰", {"size": 16, "color": "555555"})], after=0)
para(doc, [("FP&A Analyst · 财务分析师", {"size": 11.5, "color": "8B0000"})], after=1)
para(doc, "London, UK  ·  +44 7700 900 316  ·  +86 138 0000 2751  ·  ruolan.xie@example.com  ·  linkedin.com/in/ruolanxie",
     after=8)
border(doc.paragraphs[-1], "bottom", sz=6, color="8B0000")

LW, RW = 3.4, 14.2
t = table(doc, 0, 2, [LW, RW])
RT = [(RW - 0.25, "right")]


def new_row(label=None):
    r = t.add_row()
    lc, rc = r.cells
    if label:
        en, zh = label
        first_para(lc, [(en, {"b": True, "color": "8B0000"})], before=6, after=0)
        para(lc, [(zh, {"color": "8B0000"})], after=0)
    return rc


def entry(rc, head, date, sub, bullets, first=True, note=None):
    p = first_para(rc, [(head, {"b": True}), "\t" + date], before=6, after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(RW - 0.25), WD_TAB_ALIGNMENT.RIGHT)
    para(rc, [(sub, {"i": True})], after=1)
    if note:
        para(rc, note, after=1)
    for b in bullets:
        para(rc, "• " + b, after=0, indent=0.35, first=-0.35)


rc = new_row(("Profile", "个人简介"))
first_para(rc, "Chartered-track FP&A analyst with four years across sell-side research in Beijing and corporate "
               "finance in London. I build the models people actually open: rolling forecasts, driver-based budgets "
               "and board packs. 熟悉中英文财务报告与跨境业务。", before=6, after=0)

rc = new_row(("Experience", "工作经历"))
entry(rc, "Thamesbridge Capital Partners, London", "Sep 2022 – Present", "FP&A Analyst, Group Finance",
      ["Own the monthly rolling forecast for a £420m-revenue group (6 business units) in Anaplan",
       "Rebuilt the board pack in Power BI; month-end reporting now lands on working day 4 instead of 7",
       "Led the FX sensitivity analysis for the CNY-denominated supplier book (~£35m)"])
rc = new_row()
entry(rc, "恒远证券 Hengyuan Securities, 北京 Beijing", "2019.07 – 2021.08", "研究助理 Research Assistant, 宏观策略组",
      ["负责宏观数据库（Wind、CEIC）维护与周报数据更新，覆盖 40+ 指标",
       "协助撰写行业深度报告 6 篇，其中 2 篇获评所内年度优秀报告",
       "Built an Excel/VBA tool that cut the weekly data refresh from 3 hours to 20 minutes"])
rc = new_row()
entry(rc, "中诚会计师事务所 Zhongcheng CPA, Beijing", "2018年暑期 Summer 2018", "审计实习生 Audit Intern",
      ["参与两家制造业客户年审：存货监盘、函证与底稿整理"])

rc = new_row(("Education", "教育背景"))
entry(rc, "Kingsmead University London", "2021 – 2022", "MSc Finance — Merit", [],
      note="Dissertation: Hedging practices of Chinese exporters after the 2015 RMB reform")
rc = new_row()
entry(rc, "燕南大学 Yannan University, Beijing", "2015.09 – 2019.06", "经济学学士 BA Economics — GPA 3.6/4.0", [])

rc = new_row(("Certificates", "证书"))
first_para(rc, "CFA Program Level I — passed, Feb 2023", before=6, after=0)
para(rc, "Financial Modeling & Valuation Analyst (FMVA), CFI — 2022", after=0)
para(rc, "证券从业资格 Securities Practitioner Qualification (SAC) — 2019", after=0)

rc = new_row(("Skills", "技能"))
first_para(rc, "Excel / VBA, Power BI, Anaplan, Python (pandas), SQL, Bloomberg, Wind 万得", before=6, after=0)

rc = new_row(("Languages", "语言"))
first_para(rc, "Mandarin 普通话 (native)  ·  English (fluent, IELTS 8.0)  ·  Cantonese 粤语 (basic)", before=6, after=0)

rc = new_row(("Interests", "兴趣"))
first_para(rc, "Half-marathons, Chinese calligraphy, pub quizzes", before=6, after=0)

doc.save(sys.argv[1])
