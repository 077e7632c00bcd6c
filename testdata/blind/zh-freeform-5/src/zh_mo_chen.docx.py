import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from docxlib import *
d = new_doc("微软雅黑", 10.5, 2.0)
R = 17.0
p = para(d, after=0); run(p, "莫　晨", bold=True, size=24); run(p, "   Chen Mo", size=14, color="666666")
para(d, "技术总监 / Engineering Director　·　15 年后端与云平台经验　·　深圳", color="333333")
para(d, "Mobile：138 0000 1853　　Email：mochen.dev@example.com　　GitHub：github.com/mochen-dev　　Blog：https://mochen.example.org", size=9.5, after=6)
def h(text):
    p = para(d, before=12, after=4); run(p, text, bold=True, size=13, color="1F3864"); bottom_border(p, 10, "1F3864")
def bullet(t, ind=0.5): para(d, "• " + t, indent=ind)
h("Ⅰ. 职业概述 Summary")
para(d, "15 年互联网与企业软件研发经验，近 8 年做技术管理，带过 60 人以上的研发团队。主导过两次单体到微服务、IDC 到云的架构迁移；熟悉 SaaS 多租户架构、高可用和成本治理；重视工程文化，推动过 Code Review、On-call 和 Postmortem 制度的落地。")
para(d, "求职意向：CTO / 技术 VP　　期望城市：深圳　　到岗时间：2 个月")
h("Ⅱ. 工作经历 Experience")
def job(org, dates, sub):
    p = para(d, tabs=[(R, "right")], before=8); run(p, org, bold=True, size=11.5); run(p, "\t" + dates, bold=True)
    para(d, sub, color="444444")
def proj(title, labels):
    p = para(d, before=4, indent=0.5); run(p, title, bold=True)
    for k, v in labels: 
        p = para(d, indent=1.0); run(p, k, bold=True); run(p, v)
job("深圳千帆云科技有限公司（B 轮，约 500 人）", "2020.06 – Now", "Engineering Director / 技术总监　·　研发中心　·　汇报对象：CTO　·　团队 45 人")
para(d, "负责 SaaS 协同办公产品的全部后端、基础架构和 SRE 团队，下设 5 个小组（Tech Lead 5 名）。", indent=0.5)
bullet("制定 2021–2024 技术路线图，完成从自建 IDC 到阿里云 + 自建混合云的迁移，年度基础设施成本下降 34%；")
bullet("建立 SLO 体系和 On-call 轮值，核心服务可用性从 99.9% 提升到 99.98%，P1 故障从每季度 6 次降到 1 次；")
bullet("推行 RFC 评审和季度 OKR，研发交付周期（lead time）从 12 天缩短到 5 天；")
bullet("招聘并培养 3 名 Tech Lead，2 人晋升为技术经理，团队年度主动离职率 6%。")
proj("项目一：多租户数据隔离与分片改造（2021.03 – 2022.01）", [
    ("项目描述：", "把单库多租户的 MySQL 拆成按租户分片的集群，支撑大客户私有化部署需求。"),
    ("技术栈：", "Go、Vitess、Kubernetes、Kafka"),
    ("责任描述：", "负责整体方案设计和迁移节奏把控，主导灰度切流和回滚预案。"),
    ("项目成果：", "完成 1.2 万租户、38 TB 数据的在线迁移，全程零数据丢失。")])
proj("项目二：可观测性平台 Lighthouse（2022.06 – 2023.04）", [
    ("项目描述：", "统一日志、指标和链路追踪，替换原来分散的三套监控工具。"),
    ("技术栈：", "OpenTelemetry、Prometheus、Grafana、ClickHouse"),
    ("责任描述：", "定方向、要资源，带 6 人小组交付，推动各业务线接入。"),
    ("项目成果：", "故障平均定位时间（MTTD）从 25 分钟降到 7 分钟，监控成本下降 40%。")])

job("广州星链网络科技有限公司", "2016.04 – 2020.05（4年1个月）", "后端架构师 → 技术经理（Tech Lead）　·　交易中台")
para(d, "2016–2018 任后端架构师，2018 年起任技术经理，带 18 人的交易中台团队。", indent=0.5)
bullet("主导订单、支付、营销三大中台的微服务拆分，支撑双 11 峰值 QPS 4.5 万；")
bullet("设计分布式事务方案（TCC + 本地消息表），资金差错率降到十万分之一以下；")
bullet("引入 CI/CD 和自动化测试，发布频率从每两周一次提升到每天多次。")
proj("项目一：营销中台（2018.09 – 2019.08）", [
    ("项目描述：", "把分散在各业务线的优惠券、满减、拼团规则统一到一个规则引擎。"),
    ("技术栈：", "Java、Spring Cloud、Drools、Redis"),
    ("责任描述：", "负责架构设计和核心规则引擎开发，协调 4 条业务线迁移。")])

job("北京云阶软件有限公司", "2012.07 – 2016.03", "高级软件工程师　·　政企事业部")
bullet("参与政务审批平台和电子证照系统的研发，负责工作流引擎和权限模块；")
bullet("编写团队 Java 编码规范和 Code Review checklist，沿用至今。")

job("北京云阶软件有限公司", "2009.07 – 2012.06", "软件工程师")
bullet("参与 OA 产品的表单设计器与报表模块开发，负责 Oracle 性能优化。")

h("Ⅲ. 教育背景 Education")
p = para(d, tabs=[(R, "right")]); run(p, "北京航科大学", bold=True); run(p, "　计算机软件与理论　硕士\t2006.09 – 2009.06")
p = para(d, tabs=[(R, "right")]); run(p, "燕山理工大学", bold=True); run(p, "　计算机科学与技术　本科\t2002.09 – 2006.06")
h("Ⅳ. 技术能力 Skills")
para(d, "语言：Go、Java、Python、SQL")
para(d, "架构：微服务、DDD、Event-driven、多租户 SaaS、分布式事务")
para(d, "云与基础设施：Kubernetes、Istio、Terraform、阿里云、AWS")
para(d, "数据：MySQL、PostgreSQL、Redis、Kafka、ClickHouse、Elasticsearch")
para(d, "管理：OKR、招聘与梯队建设、技术预算、Incident Management")
h("Ⅴ. 证书 Certifications")
para(d, "PMP（2017）　·　AWS Certified Solutions Architect – Professional（2021）　·　CKA（2020）")
h("Ⅵ. 演讲与文章 Talks & Writing")
bullet("《SaaS 多租户数据迁移的十个坑》，QCon 全球软件开发大会（深圳），2023")
bullet("《从 0 到 1 建设 On-call 文化》，个人博客，2022")
bullet("《TCC 分布式事务实践》，InfoQ 中文站，2019")
h("Ⅶ. 语言 Languages")
para(d, "中文（母语）；English（fluent，可作为工作语言，IELTS 7.5）")
h("Ⅷ. 兴趣 Interests")
para(d, "马拉松、围棋、读科幻小说")
d.save(sys.argv[1])
