"""Bilingual (中英) back-end engineer, two pages: every heading "工作经历 Work Experience" is a shaded
paragraph; company "中文名 EnglishName<TAB>dates" and "中文职位 English title<TAB>city" on right tab
stops; bullets as real Word numbering, Chinese with English asides; bilingual labels in the contact line
and in the skills ("编程 Programming：…")."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'bi_zhang_wenjie'
d = new_doc(latin='Calibri', east='微软雅黑', size=10.5, margins=(1.8, 1.8, 2.0, 2.0))
RT = 17.0
para(d, ('张文杰', dict(b=True, size=22)), ('  Wenjie Zhang', dict(size=16, color='595959')))
para(d, ('后端开发工程师 Backend Engineer', dict(size=12)))
para(d, '手机 Mobile：136 0000 5821 ｜ 邮箱 Email：wenjie.zhang@example.com ｜ 上海 Shanghai ｜ GitHub：github.com/wjzhang-sh', after=6)
def H(t):
    q = para(d, (t, dict(b=True, size=12)), before=10, after=4); pshade(q, 'DDEBF7')
SUM = '8年后端开发经验，专注支付风控与高并发系统，熟悉Go与Java技术栈，有从0到1搭建实时计算平台的经验。'
H('个人简介 Profile'); para(d, SUM)
JOBS = [('上海岚图数据科技有限公司', 'Lantu Data', '2020.07', '至今', '高级后端工程师', 'Senior Backend Engineer', '上海',
         ['负责实时风控引擎的设计与开发，日处理事件3亿条（300M events/day）',
          '将规则执行从Java迁移到Go，P99延迟由120ms降至35ms',
          '主导Kubernetes上的灰度发布体系，发布事故减少70%',
          '带2名初级工程师，负责code review与技术分享']),
        ('杭州云舟网络科技有限公司', 'Yunzhou Networks', '2017.07', '2020.06', '后端开发工程师', 'Backend Developer', '杭州',
         ['开发电商订单与对账服务，支撑日均50万订单', '优化MySQL慢查询，核心接口平均耗时下降60%'])]
H('工作经历 Work Experience')
for n, en, a, b, pos, pen, city, hl in JOBS:
    tabline(d, [(n, dict(b=True)), ('  ' + en, dict(color='595959')), '%s – %s' % (a, b)][0:1] +
            [('%s – %s' % (a, b))], [(RT, 'r')], before=6) if False else None
    pp = para(d, (n, dict(b=True)), (' ' + en, dict(color='595959')), '\t', '%s – %s' % (a, b), tabs=[(RT, 'r')], before=6)
    para(d, (pos, dict(i=True)), (' ' + pen, dict(i=True, color='595959')), '\t', city, tabs=[(RT, 'r')], after=2)
    for h in hl: para(d, h, style='List Bullet')
PROJ = [('实时风控规则引擎', 'Real-time Risk Engine', '2021.03', '2022.01', ['Go', 'Flink', 'Kafka', 'Redis'],
         '为支付业务提供毫秒级规则与模型决策。', ['支持规则热更新，运营配置到生效小于10秒', '峰值QPS 8万']),
        ('订单对账平台', 'Reconciliation Platform', '2018.05', '2019.02', ['Java', 'Spring Boot', 'MySQL'],
         '对接6家支付渠道的自动对账。', ['对账人工工作量减少85%'])]
H('项目经历 Projects')
for n, en, a, b, kw, desc, hl in PROJ:
    para(d, (n, dict(b=True)), (' ' + en, dict(color='595959')), '\t', '%s – %s' % (a, b), tabs=[(RT, 'r')], before=4)
    para(d, '项目描述 Description：' + desc)
    para(d, 'Tech stack：' + ', '.join(kw))
    for h in hl: para(d, h, style='List Bullet')
EDU = ('沪东科技大学', 'Hudong University of Science and Technology', '2013.09', '2017.06', '计算机科学与技术', 'Computer Science and Technology', '本科', 'B.Eng.')
H('教育背景 Education')
para(d, (EDU[0], dict(b=True)), (' ' + EDU[1], dict(color='595959')), '\t', '%s – %s' % EDU[2:4], tabs=[(RT, 'r')])
para(d, '%s %s\t%s %s' % (EDU[4], EDU[5], EDU[6], EDU[7]), tabs=[(RT, 'r')])
SK = [('编程', 'Programming', ['Go', 'Java', 'Python']), ('中间件', 'Middleware', ['Kafka', 'Flink', 'Redis', 'etcd']),
      ('云原生', 'Cloud Native', ['Kubernetes', 'Docker', 'Prometheus'])]
H('技能 Skills')
for n, en, kw in SK: para(d, ('%s %s：' % (n, en), dict(b=True)), '、'.join(kw))
H('证书 Certifications')
para(d, 'CKA（Certified Kubernetes Administrator），2022')
LANGS = [('英语', 'English', 'CET-6，工作语言 working proficiency'), ('普通话', 'Mandarin', '母语 Native')]
H('语言 Languages')
for l, en, f in LANGS: para(d, '%s %s：%s' % (l, en, f))
save(d, NAME)

resume = {
    'basics': {'name': '张文杰', 'x-altName': 'Wenjie Zhang', 'label': '后端开发工程师', 'phone': '136 0000 5821',
               'email': 'wenjie.zhang@example.com', 'location': {'city': '上海'}, 'summary': SUM,
               'profiles': [{'network': 'GitHub', 'username': 'wjzhang-sh', 'url': 'https://github.com/wjzhang-sh'}]},
    'work': [dates((a, b), {'name': n, 'position': pos, 'location': city, 'highlights': hl}) for n, en, a, b, pos, pen, city, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'keywords': kw, 'description': desc, 'highlights': hl}) for n, en, a, b, kw, desc, hl in PROJ],
    'education': [dates(EDU[2:4], {'institution': EDU[0], 'area': EDU[4], 'studyType': EDU[6]})],
    'skills': [{'name': n, 'keywords': kw} for n, en, kw in SK],
    'certificates': [{'name': 'CKA（Certified Kubernetes Administrator）', 'x-date': '2022'}],
    'languages': [{'language': '英语', 'fluency': 'CET-6'}, {'language': '普通话', 'fluency': '母语'}],
}
len_ = ['Backend Engineer', 'Shanghai', 'B.Eng.', 'working proficiency', 'Native', 'English', 'Mandarin', '工作语言', 'CKA',
        'Certified Kubernetes Administrator'] + [j[1] for j in JOBS] + [j[5] for j in JOBS] + [p_[1] for p_ in PROJ] + \
       [EDU[1], EDU[5]] + [s[1] for s in SK]
write_truth(NAME, resume, len_)
