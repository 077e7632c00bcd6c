"""Senior product director, two pages.  The name / headline / contact / 求职意向 block sits in a
DrawingML text box (wp:anchor + wps:txbx) anchored at the top of page 1 with a light fill; the body
starts below it.  Headings "■ 工作经历" bold with a thick bottom rule; bullets as typed "■"; job header
line "公司　　dates" with a right tab, then "部门 - 职位" and 汇报对象/团队规模 on one line."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_xu_mingzhe'
d = new_doc(latin='Arial', east='微软雅黑', size=10, margins=(1.6, 1.8, 1.9, 1.9))
RT = 17.2
anchor = para(d, '')
dml_textbox(anchor, [('徐明哲', dict(b=True, size=24, color='203864')),
                     ('产品总监 ｜ 15年互联网产品经验', dict(size=11, color='404040')),
                     '手机：188 0000 4406　　邮箱：xumingzhe@example.com　　所在地：北京朝阳',
                     '求职意向：产品副总裁 / 产品总监　　期望薪资：面议'],
            1.6, 1.2, 17.8, 3.4, fill='EEF2F8', east='微软雅黑', sid=1)
for _ in range(6): para(d, '')

def H(t):
    p = para(d, ('■ ' + t, dict(b=True, size=13, color='203864')), before=10, after=4)
    pborder(p, 'bottom', sz=12, color='203864')
SUM = ('15年互联网产品经验，先后负责企业SaaS、在线旅游与移动办公产品；从0到1搭建过两条产品线，'
       '管理过45人的产品与设计团队，熟悉商业化与数据驱动的产品决策。')
H('个人简介'); para(d, SUM)
JOBS = [('北京星桥互联科技有限公司', '2019.01', '至今', '产品中心 - 产品总监', 'CEO', '45人',
         '负责公司SaaS商家中台与移动端产品线的规划与商业化，统筹产品、设计和数据分析团队。',
         ['制定三年产品路线图，推动产品从单一收银工具升级为商家经营平台，ARR三年增长4.2倍',
          '建立需求分级与版本火车机制，需求交付周期从6周缩短至2.5周',
          '搭建数据指标体系与实验平台，年均上线A/B实验120余个',
          '主导并购团队产品整合，6个月内完成两套系统的用户迁移']),
        ('北京乐途旅行网络技术有限公司', '2014.05', '2018.12', '度假事业部 - 高级产品经理', '事业部总经理', '12人',
         '负责跟团游、自由行产品的交易链路与供应商平台。',
         ['主导跟团游2.0改版，下单转化率提升27%', '设计供应商自助上单系统，上架效率提升3倍', '培养产品经理5名']),
        ('深圳拓思软件股份有限公司', '2010.07', '2014.04', '产品经理', '', '',
         '负责移动办公产品的需求调研与原型设计。',
         ['完成审批、考勤两个模块的0到1设计，覆盖企业客户600余家'])]
H('工作经历')
for n, a, b, pos, rep, size, s, hl in JOBS:
    tabline(d, [(n, dict(b=True, size=11)), ('%s – %s' % (a, b), dict(b=True))], [(RT, 'r')], before=6)
    para(d, (pos, dict(i=True)))
    if rep: para(d, ('汇报对象：%s　　团队规模：%s' % (rep, size), dict(color='595959')))
    para(d, '工作描述：' + s)
    for h in hl: para(d, '■ ' + h, indent=0.4, first=-0.4)
PROJ = [('星桥SaaS商家中台', '2020.03', '2021.12', '产品负责人',
         '为连锁零售商家提供会员、营销、库存一体化的经营中台。',
         ['上线18个月签约连锁品牌230家', '会员模块复购率提升明显，成为续费主要驱动']),
        ('乐途跟团游2.0', '2016.02', '2016.11', '产品经理',
         '重构跟团游详情页、下单和出行确认流程。', ['移动端转化率提升27%'])]
H('项目经历')
for n, a, b, role, desc, hl in PROJ:
    tabline(d, [(n, dict(b=True)), '%s – %s' % (a, b)], [(RT, 'r')], before=5)
    para(d, '项目角色：' + role)
    para(d, '项目描述：' + desc)
    for h in hl: para(d, '■ ' + h, indent=0.4, first=-0.4)
EDU = [('北方工商学院', '工商管理', 'MBA', '2015.09', '2017.12'),
       ('华中信息工程大学', '信息管理与信息系统', '本科', '2006.09', '2010.06')]
H('教育背景')
for s, ar, deg, a, b in EDU:
    tabline(d, ['%s　｜　%s　｜　%s%s' % (s, ar, deg, '（在职）' if deg == 'MBA' else ''), '%s – %s' % (a, b)], [(RT, 'r')])
CERT = [('NPDP产品经理国际资格认证', '2018'), ('PMP', '2016')]
H('资格证书')
para(d, '　　'.join('%s（%s）' % c for c in CERT))
VOL = ('北京彩虹读书会', '志愿者讲师', '2017.03', '至今', '每月为社区青少年开设一次阅读与写作课，累计授课60余次。')
H('志愿者经历')
tabline(d, [(VOL[0] + '　　' + VOL[1], dict(b=True)), '%s – %s' % VOL[2:4]], [(RT, 'r')])
para(d, VOL[4])
INT = ['马拉松', '围棋']
H('兴趣爱好'); para(d, '、'.join(INT))
save(d, NAME)

resume = {
    'basics': {'name': '徐明哲', 'label': '产品副总裁 / 产品总监', 'phone': '188 0000 4406', 'email': 'xumingzhe@example.com',
               'location': {'city': '北京'}, 'summary': SUM, 'x-expectedSalary': '面议'},
    'work': [dates((a, b), {'name': n, 'position': pos, 'summary': s, 'highlights': hl,
                            'x-reportsTo': rep, 'x-teamSize': size}) for n, a, b, pos, rep, size, s, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'roles': [role], 'description': desc, 'highlights': hl}) for n, a, b, role, desc, hl in PROJ],
    'education': [dates((a, b), {'institution': s, 'area': ar, 'studyType': deg}) for s, ar, deg, a, b in EDU],
    'certificates': [{'name': n, 'x-date': y} for n, y in CERT],
    'volunteer': [dates(VOL[2:4], {'organization': VOL[0], 'position': VOL[1], 'summary': VOL[4]})],
    'interests': [{'name': i} for i in INT],
}
write_truth(NAME, resume, ['产品总监', '15年互联网产品经验', '北京朝阳', '（在职）', '面议', 'CEO', '45人', '12人', '事业部总经理'])
