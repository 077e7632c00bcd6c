# Plain Word résumé of an SRE: shaded heading bars, label lines, skills table with 精通/熟练/了解 column.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('等线', 10, 1.9)
para(d, '连浩宇', bold=True, size=20)
para(d, '运维开发 / SRE工程师　|　6年经验　|　北京', size=11, color='2F5496', space_after=4)
para(d, '电话：139 0000 7395　　邮箱：lianhaoyu@example.org　　博客：https://lianhaoyu.example.org', size=9)
para(d, '出生年月：1994.06　　籍贯：河北保定　　期望月薪：35K×15　　到岗时间：一个月', size=9, space_after=6)
def h(t):
    tb = d.add_table(rows=1, cols=1); c = tb.cell(0, 0); cell_text(c, t, bold=True, size=11, color='FFFFFF'); shade(c, '2F5496')
    para(d, '', space_after=2)
h('工作经历')
def job(l1, lines):
    para(d, l1, bold=True, space_before=4, space_after=2)
    for l in lines: para(d, l)
job('2021.07-现在　北京星图数科技术有限公司　SRE工程师（基础架构部）', [
    '负责公司 Kubernetes 平台（12 个集群、3,000+ 节点）的稳定性建设和容量管理。',
    '• 建设 Prometheus + Thanos 统一监控和告警分级，告警量下降 70%；',
    '• 推动 SLO 体系落地，核心链路可用性从 99.9% 提升到 99.95%；',
    '• 主导机房迁移到混合云，零故障完成 400+ 服务割接；',
    '• 负责 On-call 轮值与故障复盘，编写 Runbook 60 余篇。'])
job('18.07-21.06　北京畅联网络科技有限公司　运维工程师', [
    '负责电商业务线 Linux 服务器、MySQL、Redis 日常运维与发布。',
    '• 用 Ansible + Jenkins 改造发布流程，发布耗时由 40 分钟降到 8 分钟；',
    '• 编写 Python 巡检脚本，覆盖 800 台主机。'])
h('教育背景')
para(d, '学历：本科　　毕业院校：燕赵理工大学　　所学专业：网络工程　　时间：2014.09-2018.06', space_after=2)
para(d, '本科成绩排名 12/96；在校期间任网络中心学生助理。', space_after=2)
h('专业技能')
t = d.add_table(rows=0, cols=3); t.style = 'Table Grid'
for a, b, c in [('类别', '技能', '程度'), ('容器与编排', 'Kubernetes、Docker、Helm', '精通'), ('监控与可观测', 'Prometheus、Grafana、Thanos、ELK', '精通'),
                ('自动化', 'Ansible、Terraform、Jenkins、GitLab CI', '熟练'), ('编程', 'Python、Go、Shell', '熟练'),
                ('数据库', 'MySQL、Redis、etcd', '了解')]:
    r = t.add_row().cells
    for x, v in zip(r, (a, b, c)): cell_text(x, v, bold=(a == '类别'))
widths(t, (3.5, 9.5, 3))
para(d, '', space_after=2)
h('证书与语言')
para(d, 'CKA（Certified Kubernetes Administrator），2022年6月')
para(d, 'RHCE（红帽认证工程师），2019年')
para(d, '英语：CET-6 538 分，可阅读英文文档并参与社区 issue 讨论')
h('自我评价')
para(d, '相信“一切皆可自动化”，对线上稳定性有敬畏心；能写代码也能扛凌晨三点的故障电话。')
d.save(sys.argv[1])
