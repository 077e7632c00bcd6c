"""Senior architect, 2-3 pages, a Word document done "properly": Title style name, headline under it,
Heading 1 / Heading 2 styles, bullets as real Word numbering (List Bullet), company left and dates at a
right tab stop, position and city on the next line separated by a right tab."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_chen_yiming'
d = new_doc(latin='Calibri', east='微软雅黑', size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
R = 16.6
para(d, '陈一鸣', style='Title')
para(d, ('资深Java架构师', dict(size=12, color='595959')), after=2)
para(d, '186 0000 7315　|　chenyiming@example.com　|　杭州　|　github.com/chenyiming-dev', after=6)
SUM = ('13年Java后端研发经验，其中7年担任架构师，主导过日订单千万级交易系统的微服务化改造和全链路压测体系建设；'
       '擅长高并发、分布式事务和稳定性治理，具备20人以上团队的技术管理经验。')
para(d, '个人总结', style='Heading 1'); para(d, SUM)
JOBS = [('杭州云栈科技有限公司', '2018.03', '至今', '交易中台部 - 首席架构师', '杭州',
         '负责集团交易中台的整体架构与技术规划，带领28人研发团队，支撑电商、本地生活两条业务线。',
         ['主导订单、支付、库存三大域的服务拆分，核心链路可用性从99.9%提升到99.99%',
          '设计基于TCC与本地消息表的分布式事务方案，对账差错率下降至十万分之一以下',
          '建立架构评审与故障复盘机制，年度P1故障数从9次降至2次',
          '培养4名技术骨干晋升为高级工程师']),
        ('上海数衡信息技术有限公司', '2014.07', '2018.02', '高级Java工程师', '上海',
         '负责证券行情与交易网关的后端开发。',
         ['重写行情推送网关，单机推送能力从2万提升到12万连接',
          '引入Netty与Disruptor，撮合回报延迟P99降至8毫秒',
          '编写团队编码规范与Code Review清单']),
        ('南京启元软件有限公司', '2011.07', '2014.06', 'Java开发工程师', '南京',
         None,
         ['参与政务审批系统的开发与维护，负责工作流引擎的二次开发',
          '完成Oracle到MySQL的数据迁移脚本与校验工具'])]
para(d, '工作经历', style='Heading 1')
for n, a, b, pos, city, summ, hl in JOBS:
    tabline(d, [(n, dict(b=True)), '%s – %s' % (a, b)], [(R, 'r')], before=6)
    tabline(d, [(pos, dict(i=True)), city], [(R, 'r')], after=2)
    if summ: para(d, summ)
    for h in hl: para(d, h, style='List Bullet')
PROJ = [('统一订单中心重构', '2020.05', '2021.08',
         '将原有单体订单系统拆分为订单、履约、售后三个服务域，支撑日均1200万订单。',
         ['Java', 'Spring Cloud', 'RocketMQ', 'MySQL', 'ShardingSphere', 'Redis'],
         '总架构师，负责领域划分、数据迁移方案与上线节奏',
         ['分库分表由8库扩展至64库，数据迁移零停机', '大促峰值下单TPS达到4.5万']),
        ('全链路压测平台', '2019.03', '2019.12',
         '在生产环境中通过流量染色实现全链路压测，提前暴露容量瓶颈。',
         ['Java', 'Agent', 'Kafka', 'ClickHouse'],
         '技术负责人，设计影子库与流量标记透传方案',
         ['覆盖核心链路42个服务', '双十一前发现并修复容量问题17项']),
        ('证券行情推送网关', '2016.01', '2017.06',
         '为券商App提供实时行情推送服务。',
         ['Netty', 'Disruptor', 'Protobuf'],
         '核心开发',
         ['连接数与延迟指标见工作经历'])]
para(d, '项目经历', style='Heading 1')
for n, a, b, desc, kw, role, hl in PROJ:
    tabline(d, [n, ('%s – %s' % (a, b), dict(b=False))], [(R, 'r')], style='Heading 2')
    para(d, ('项目描述：', dict(b=True)), desc)
    para(d, ('技术栈：', dict(b=True)), ' / '.join(kw))
    para(d, ('我的职责：', dict(b=True)), role)
    para(d, ('项目成果：', dict(b=True)))
    for h in hl: para(d, h, style='List Bullet')
EDU = [('浙东大学', '2008.09', '2011.06', '计算机软件与理论', '硕士'),
       ('浙东大学', '2004.09', '2008.06', '计算机科学与技术', '本科')]
para(d, '教育背景', style='Heading 1')
for s, a, b, area, deg in EDU:
    tabline(d, [(s, dict(b=True)) , '%s – %s' % (a, b)], [(R, 'r')])
    para(d, '%s　%s' % (area, deg), after=3)
SK = [('编程语言', ['Java', 'Go', 'Python']), ('框架与中间件', ['Spring Cloud', 'Dubbo', 'RocketMQ', 'Kafka', 'Netty']),
      ('数据存储', ['MySQL', 'Redis', 'Elasticsearch', 'ClickHouse']), ('稳定性', ['全链路压测', '限流熔断', '容量规划'])]
para(d, '专业技能', style='Heading 1')
for n, kw in SK: para(d, '%s：%s' % (n, '、'.join(kw)), style='List Bullet')
CERT = [('系统架构设计师（高级）', '2017'), ('PMP', '2019')]
para(d, '证书', style='Heading 1')
for n, y in CERT: para(d, '%s，%s' % (n, y), style='List Bullet')
PUB = [('分布式事务在订单系统中的实践', 'InfoQ中文站', '2021'), ('一次大促容量评估的复盘', '云栈技术博客', '2020')]
para(d, '技术文章', style='Heading 1')
for n, v, y in PUB: para(d, '《%s》，%s，%s' % (n, v, y), style='List Bullet')
para(d, '语言能力', style='Heading 1')
para(d, '英语：CET-6，可阅读英文技术文档并进行日常邮件沟通')
save(d, NAME)

resume = {
    'basics': {'name': '陈一鸣', 'label': '资深Java架构师', 'phone': '186 0000 7315', 'email': 'chenyiming@example.com',
               'location': {'city': '杭州'}, 'summary': SUM,
               'profiles': [{'network': 'GitHub', 'username': 'chenyiming-dev', 'url': 'https://github.com/chenyiming-dev'}]},
    'work': [dates((a, b), {'name': n, 'position': pos, 'location': city, 'summary': s, 'highlights': hl})
             for n, a, b, pos, city, s, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'description': desc, 'keywords': kw, 'roles': [role], 'highlights': hl})
                 for n, a, b, desc, kw, role, hl in PROJ],
    'education': [dates((a, b), {'institution': s, 'area': area, 'studyType': deg}) for s, a, b, area, deg in EDU],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'certificates': [{'name': n, 'x-date': y} for n, y in CERT],
    'publications': [{'name': n, 'publisher': v, 'releaseDate': y} for n, v, y in PUB],
    'languages': [{'language': '英语', 'fluency': 'CET-6'}],
}
write_truth(NAME, resume, ['可阅读英文技术文档并进行日常邮件沟通', '《分布式事务在订单系统中的实践》', '《一次大促容量评估的复盘》'])
