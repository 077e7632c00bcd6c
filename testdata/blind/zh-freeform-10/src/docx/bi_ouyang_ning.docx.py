# Bilingual marketing manager, Word: name in both scripts, summary lines at the top
# ("最近工作" / "Current"), English-first headings, job header `公司 · 职位（dates）` with English below.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("Calibri", 10)
p = para(d, "", space_after=0)
run(p, "欧阳宁", bold=True, size=20, font="微软雅黑")
run(p, "  Ning OUYANG", bold=True, size=14, color="555555")
para(d, "Marketing Manager · 市场营销经理 | Shenzhen 深圳")
para(d, "+86 139 0000 5572 | ouyangning@example.com | linkedin.com/in/ningouyang-mkt")
para(d, "")
para(d, "最近工作 Current: 深圳沐光智能照明有限公司 | 海外市场经理 Overseas Marketing Manager | 4年")
para(d, "工作年限 Experience: 9年")

def h(en, zh):
    para(d, "")
    p = para(d, "", space_after=3)
    run(p, en + "  ", bold=True, size=12, color="8E44AD")
    run(p, zh, bold=True, size=12, color="8E44AD", font="微软雅黑")

h("SUMMARY", "个人简介")
para(d, "B2C brand and channel marketer with 9 years in consumer electronics; launched 3 product lines in Europe and North America. 熟悉亚马逊站内外推广、海外社媒与展会营销。")

h("EXPERIENCE", "工作经历")
para(d, "深圳沐光智能照明有限公司 · 海外市场经理（2021.5 - 至今）", bold=True)
para(d, "Overseas Marketing Manager, Muguang Smart Lighting", italic=True, color="777777")
for l in ["• Built the EU/US go-to-market plan for the smart lamp series; overseas revenue grew from RMB 60m to 210m in 3 years.",
          "• 管理 8 人团队（品牌、内容、红人营销），年度营销预算 1500 万元。",
          "• Ran IFA Berlin and CES booths (2023, 2024), generating 400+ distributor leads."]:
    para(d, l)
para(d, "")
para(d, "广州声澜电子有限公司 · 品牌经理（2018.3 - 2021.4）", bold=True)
para(d, "Brand Manager, Shenglan Electronics", italic=True, color="777777")
for l in ["• 负责蓝牙耳机品牌定位与新品上市，天猫类目排名进入前 10。",
          "• Launched the brand's first Amazon store; reached Best Seller badge in 2020."]:
    para(d, l)
para(d, "")
para(d, "广州声澜电子有限公司 · 市场专员（2015.7 - 2018.2）", bold=True)
para(d, "Marketing Specialist", italic=True, color="777777")
para(d, "• 负责线下渠道物料与促销活动执行。")

h("EDUCATION", "教育背景")
para(d, "2013.9 - 2014.11　University of Eastvale (UK) 英国东谷大学　MSc Marketing 市场营销硕士")
para(d, "2009.9 - 2013.6　羊城外语外贸大学　市场营销　本科")

h("SKILLS", "技能")
para(d, "Marketing: Amazon Ads, Google Ads, Meta Ads, HubSpot, GA4")
para(d, "Design: Canva, Photoshop")

h("LANGUAGES", "语言")
para(d, "中文 Chinese (native) · English (IELTS 7.5) · 粤语 Cantonese (conversational)")

h("AWARDS", "荣誉")
para(d, "2022  沐光年度优秀管理者 Manager of the Year")
save(d)
