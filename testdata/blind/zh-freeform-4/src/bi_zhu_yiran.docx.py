#!/usr/bin/python3
"""Bilingual résumé of an export sales manager in Word: the whole document is one borderless
two-column table, Chinese in the left column and the English version of the same text in the right
column, row by row (section rows `工作经历` | `WORK EXPERIENCE` shaded across both cells); the PDF text
therefore alternates Chinese and English line by line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10)
t = d.add_table(rows=0, cols=2)


def r(zh, en, bold=False, size=None, fill=None):
    cs = t.add_row().cells
    cell_text(cs[0], zh, bold=bold, size=size)
    cell_text(cs[1], en, bold=bold, size=size)
    if fill:
        shade(cs[0], fill); shade(cs[1], fill)


r("朱怡然", "ZHU Yiran", bold=True, size=18)
r("外贸业务经理（欧洲市场）", "Export Sales Manager (Europe)", size=11)
r("电话：139-0000-7251\n邮箱：zhuyiran.trade@example.com\n现居：宁波",
  "Phone: +86 139-0000-7251\nE-mail: zhuyiran.trade@example.com\nBased in Ningbo, China")
r("个人简介", "PROFILE", bold=True, fill="DEEAF6")
r("8年小家电和厨具出口经验，负责欧洲大客户开发与维护，年出口额约 2200 万美元；能用英语和德语独立谈判。",
  "8 years in exporting small appliances and cookware; develop and manage key European accounts worth about USD 22 million a year; negotiate independently in English and German.")
r("工作经历", "WORK EXPERIENCE", bold=True, fill="DEEAF6")
r("2019.05 — 至今\n宁波远帆进出口有限公司　外贸业务经理",
  "May 2019 — Present\nNingbo Yuanfan Import & Export Co., Ltd. — Export Sales Manager", bold=True)
r("· 管理 6 人业务团队，负责德国、波兰、荷兰市场；",
  "· Lead a sales team of 6 covering Germany, Poland and the Netherlands;")
r("· 开发 2 家欧洲连锁零售客户，2023 年团队出口额同比增长 31%；",
  "· Won 2 European retail chains; team export sales up 31% year on year in 2023;")
r("· 每年带队参加广交会和法兰克福 Ambiente 展。",
  "· Lead the team at the Canton Fair and Ambiente Frankfurt every year.")
r("2016.07 — 2019.04\n慈溪金鼎电器有限公司　外贸业务员",
  "Jul 2016 — Apr 2019\nCixi Jinding Electric Appliance Co., Ltd. — Sales Representative", bold=True)
r("· 负责阿里巴巴国际站询盘跟进和中小客户订单，从打样到出货全流程跟单。",
  "· Handled Alibaba.com inquiries and orders of small accounts, from samples to shipment.")
r("教育背景", "EDUCATION", bold=True, fill="DEEAF6")
r("2012.09 — 2016.06　浙东外国语学院　德语　本科",
  "Sep 2012 — Jun 2016  Zhedong University of Foreign Studies, B.A. in German")
r("语言与证书", "LANGUAGES & CERTIFICATES", bold=True, fill="DEEAF6")
r("德语：专业八级（TEM-8）\n英语：CET-6，商务谈判流利\n国际商务单证员证书（2017）",
  "German: TEM-8\nEnglish: CET-6, fluent in business negotiation\nInternational Business Documentation Certificate (2017)")
r("技能", "SKILLS", bold=True, fill="DEEAF6")
r("阿里巴巴国际站、Salesforce、Excel、信用证操作、海关报关流程",
  "Alibaba.com, Salesforce, Excel, letters of credit (L/C), customs clearance")
widths(t, [8.5, 8.5])
d.save(sys.argv[1])
