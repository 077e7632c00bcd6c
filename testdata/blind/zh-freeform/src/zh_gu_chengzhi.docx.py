"""顾承志: experienced Java developer, a WPS-style résumé whose header and 自我评价 are VML text
boxes (the body text in between is ordinary paragraphs); headings in 【】; jobs written as label
lines (公司名称：/任职时间：/职位：/工作描述：) with `1、` numbered duties; em-dash date ranges."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
from docx.enum.text import WD_LINE_SPACING

d = new(font="Noto Sans CJK SC", size=10)

def anchor(height):
    p = d.add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(height + 6)
    return p

textbox(anchor(92), [
    [("顾承志", True)],
    [("求职意向：Java 高级开发工程师　｜　意向城市：南京", False)],
    [("年龄：32岁　｜　工作年限：9年　｜　电话：138‐0000‐5209　｜　邮箱：gu.chengzhi@example.com", False)],
], width_pt=480, height_pt=88)

def head(t):
    p = para(d, t, bold=True, size=12, before=8, after=3, color="C00000")
    bottom_rule(p, color="C00000")

head("【工作经历】")
jobs = [
    ("金陵智链物流科技有限公司", "2019.03—至今", "技术经理",
     "负责仓储管理系统（WMS）与运输调度系统的研发，管理 10 人后端团队。",
     ["主导 WMS 从单体架构拆分为 12 个微服务，支撑日均 80 万单出入库。",
      "建设全链路压测与灰度发布体系，线上故障数同比下降 70%。",
      "制定团队代码规范与 Code Review 流程，负责 3 名新人的培养。"]),
    ("南京恒远软件股份有限公司", "2015.07—2019.02", "Java 开发工程师",
     "参与政务审批平台的开发与维护。",
     ["负责流程引擎与电子证照模块，基于 Activiti 二次开发。",
      "优化审批列表的慢查询，接口平均响应时间从 2.3s 降到 300ms。"]),
]
for org, when, pos, desc, duties in jobs:
    for lab, val in (("公司名称：", org), ("任职时间：", when), ("职　　位：", pos), ("工作描述：", desc)):
        p = para(d)
        run(p, lab, bold=True)
        run(p, val)
    for i, x in enumerate(duties, 1):
        p = para(d, "%d、%s" % (i, x))
        p.paragraph_format.left_indent = Cm(0.8)
    para(d, "", after=4)

head("【项目经验】")
projects = [
    ("智能波次拣货系统", "2021.04—2022.01", "Spring Cloud Alibaba、Nacos、Seata、RocketMQ、MySQL",
     "根据订单结构自动生成拣货波次与路径，减少仓内行走距离。",
     "项目负责人，负责总体方案设计与核心算法服务开发。",
     ["拣货效率提升 35%，已在 6 个仓库上线。"]),
    ("运输调度平台", "2019.06—2020.08", "Spring Boot、Redis、Elasticsearch、高德地图 API",
     "为干线与城配车辆提供智能派车、在途监控和运费结算。",
     "后端开发组长，负责派车规则引擎与结算模块。",
     []),
]
for name, when, tech, desc, role, res in projects:
    for lab, val in (("项目名称：", name), ("项目周期：", when), ("技术架构：", tech),
                     ("项目描述：", desc), ("责任描述：", role)):
        p = para(d)
        run(p, lab, bold=True)
        run(p, val)
    for x in res:
        p = para(d)
        run(p, "项目成果：", bold=True)
        run(p, x)
    para(d, "", after=4)

head("【教育背景】")
para(d, "2011.09—2015.06　｜　秣陵科技学院　｜　计算机科学与技术　｜　本科")

head("【专业技能】")
for i, x in enumerate([
    "熟练掌握 Java 基础，熟悉 JVM 内存模型和垃圾回收机制，有线上调优经验；",
    "熟练使用 Spring Boot、Spring Cloud、MyBatis 等框架；",
    "熟悉 MySQL 索引优化与分库分表，熟悉 Redis、RocketMQ、Elasticsearch；",
    "了解 Docker 与 Kubernetes，能编写基本的 Helm Chart。",
], 1):
    para(d, "%d. %s" % (i, x), after=1)

head("【自我评价】")
textbox(anchor(52), [
    [("九年 Java 后端经验，五年物流行业经验，熟悉仓储与运输业务；有带团队经验，注重工程质量，善于把复杂业务抽象成可复用的平台能力。", False)],
], width_pt=480, height_pt=48)

d.save(sys.argv[1])
