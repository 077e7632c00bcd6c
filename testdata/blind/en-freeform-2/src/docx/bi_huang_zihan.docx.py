# Hannah Z. Huang, CPA / 黄子涵 — bilingual accountant in Vancouver. The whole body is a borderless
# two-column table: section names (English over Chinese) in a narrow shaded left column, content on
# the right; jobs as "Employer — City" bold line, then "Title, dates" with the dates after a comma.
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Calibri", size=10.5, margins_cm=1.8, east_asia="等线")

para(doc, "**Hannah Z. Huang, CPA**", size=20, after=0)
para(doc, "黄子涵", size=14, color="666666", after=2)
para(doc, "Senior Financial Analyst  /  高级财务分析师", size=11, after=2)
para(doc, "Vancouver, BC  /  604-555-0117  /  hannah.huang@example.ca  /  linkedin.com/in/hannahzhuang-cpa", size=9.5, after=8)

sections = [
 ("PROFILE\n个人简介", [
  "CPA with eight years across audit in Shanghai and FP&A in Vancouver. Fluent in both IFRS and ASPE, "
  "and in explaining variances to operations managers in English or Mandarin. 熟悉中加两地会计准则与跨境业务。"]),
 ("EXPERIENCE\n工作经历", [
  "**Cedarline Foods Ltd. — Burnaby, BC**",
  "//Senior Financial Analyst, FP&A//, Jun 2021 – now",
  "• Own the monthly forecast and board pack for a $310M food manufacturer; forecast accuracy within 2%.",
  "• Built the plant-level cost model in Power BI that replaced 14 Excel files.",
  "• Led the finance side of the ERP move to NetSuite (go-live Apr 2023).",
  "**Cedarline Foods Ltd. — Burnaby, BC**",
  "//Financial Analyst//, Aug 2019 – May 2021",
  "• Month-end close for two plants; account reconciliations and variance commentary.",
  "**信衡会计师事务所 Xinheng CPA LLP — Shanghai**",
  "//Senior Auditor 高级审计员//, Sept 2015 – Jun 2018",
  "• Statutory and IFRS audits for manufacturing and retail clients; led field teams of 4–6.",
  "• 负责 3 家拟上市公司的审计外勤工作。",
  "**Pacific Rim Tax Services — Richmond, BC**",
  "//Tax Preparer (seasonal)//, Jan 2019 – Apr 2019"]),
 ("EDUCATION\n教育背景", [
  "**Master of Professional Accountancy (MPAcc)** — Salish Sea University, Vancouver, 2018 – 2019",
  "**会计学 学士 Bachelor of Management, Accounting** — 华东财经学院 East China College of Finance, 2011 – 2015"]),
 ("CERTIFICATIONS\n证书", [
  "CPA, CPA British Columbia, 2021",
  "中国注册会计师 CICPA (专业阶段), 2017",
  "Excel Expert (Microsoft Office Specialist), 2020"]),
 ("SKILLS\n技能", [
  "**Accounting:** IFRS, ASPE, consolidation, month-end close, cost accounting",
  "**Systems:** NetSuite, SAP FI/CO, Power BI, Excel (Power Query, Power Pivot), Adaptive Planning"]),
 ("LANGUAGES\n语言", ["English (fluent), Mandarin 普通话 (native), Cantonese 粤语 (conversational)"]),
 ("VOLUNTEER\n志愿者", [
  "Volunteer tax clinic preparer, Community Volunteer Income Tax Program, Richmond, 2020 – now"]),
]

t = table(doc, len(sections), 2, [3.3, 14.1])
for i, (head, lines) in enumerate(sections):
    shade(t.cell(i, 0), "E8EEF3")
    cell_text(t.cell(i, 0), "**" + head.split("\n")[0] + "**\n" + head.split("\n")[1], size=9.5)
    c = t.cell(i, 1)
    cell_text(c, lines[0])
    for ln in lines[1:]:
        para(c, ln, before=4 if ln.startswith("**") else 0)
    para(c, "", after=4)

doc.save(sys.argv[1])
