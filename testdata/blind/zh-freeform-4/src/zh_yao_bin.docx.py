#!/usr/bin/python3
"""Experienced big-data engineer in Word: section headings typed with spaces between the characters
(`工 作 经 历`); job lines `2019/03—2021/08　company　position` with slash dates and an em dash;
`工作内容：` followed by `1、2、3、` items in one paragraph each; every project as its own bordered
two-column label table (项目名称 / 项目时间 / 技术架构 / 项目描述 / 项目职责 / 项目成果)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *

d = new(size=10.5)
p = para(d, "", after=2)
run(p, "姚斌", bold=True, size=20)
para(d, "大数据开发工程师　｜　8年经验　｜　成都", size=10.5, color="404040")
para(d, "Tel：135-0000-8142　　E-mail：yaobin.data@example.com　　期望月薪：25K-30K", size=10, color="404040", after=4)


def heading(t):
    p = para(d, "", before=10, after=4)
    run(p, " ".join(t), bold=True, size=12.5)
    bottom_rule(p, color="000000", sz=6)


def job(dates, company, title, items):
    p = para(d, "", before=4)
    run(p, dates + "　　", bold=True)
    run(p, company + "　　", bold=True)
    run(p, title, bold=True)
    para(d, "工作内容：")
    for i, it in enumerate(items, 1):
        para(d, "%d、%s" % (i, it))


def project(rows):
    t = d.add_table(rows=0, cols=2)
    borders(t, color="999999")
    for k, v in rows:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True, size=9.5)
        shade(cells[0], "F2F2F2")
        cell_text(cells[1], v, size=9.5)
    widths(t, [2.6, 14.4])
    para(d, "", after=4)


heading("个人简介")
para(d, "8年数据平台研发经验，主导过两次数仓重构，熟悉实时计算和湖仓一体；对数据质量和成本敏感。")

heading("工作经历")
job("2021/09—至今", "天府智云科技有限公司", "数据平台组长", [
    "负责实时数仓建设，日处理数据量约 40TB；",
    "带领 5 人小组完成 Hive 到 Iceberg 的迁移，存储成本下降 35%；",
    "制定数据开发规范和上线评审流程。"])
job("2019/03—2021/08", "锦江数链信息技术有限公司", "高级大数据开发工程师", [
    "负责用户行为日志采集与离线数仓，支撑运营报表 200 余张；",
    "优化 Spark 任务，核心链路产出时间由 6 点提前到 3 点。"])
job("2016/07—2019/02", "蓉城易购网络有限公司", "Java 开发工程师", [
    "负责订单与会员系统接口开发；",
    "2018 年起兼做数据抽取（Sqoop、Kettle）。"])

heading("项目经历")
project([
    ("项目名称", "实时风控特征平台"),
    ("项目时间", "2022/03—2023/01"),
    ("技术架构", "Flink、Kafka、Iceberg、Doris、Redis"),
    ("项目描述", "为信贷风控提供秒级更新的用户特征，支持 300 余个特征的配置化上线。"),
    ("项目职责", "负责整体架构设计和 Flink 作业开发，带 2 名同事。"),
    ("项目成果", "特征延迟从 T+1 降到 5 秒以内；新特征上线周期由 2 周缩短到 2 天。"),
])
project([
    ("项目名称", "用户行为离线数仓"),
    ("项目时间", "2019/06—2020/04"),
    ("技术架构", "Hadoop、Hive、Spark SQL、Azkaban"),
    ("项目描述", "统一 App、小程序和 H5 三端埋点，建设 ODS/DWD/DWS/ADS 四层模型。"),
    ("项目职责", "负责埋点规范制定与 DWD、DWS 层建模。"),
])

heading("教育经历")
para(d, "2012/09—2016/06　　西南交通工程学院　　计算机科学与技术　　本科")

heading("专业技能")
para(d, "1、大数据：Hadoop、Hive、Spark、Flink、Kafka、Iceberg、Doris")
para(d, "2、编程语言：Java、Scala、Python、SQL")
para(d, "3、运维部署：Linux、Docker、Kubernetes")

d.save(sys.argv[1])
