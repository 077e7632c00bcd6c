"""Senior sales director.  The page is ONE borderless 2-cell table: a narrow dark sidebar cell on the
left (name, contact, 核心能力 list, 语言, 证书) and the main cell on the right (headline, 个人概述,
工作经历 with 主要业绩, 教育背景).  Headings in the main cell are bold blue with a bottom border."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_guo_peng'
d = new_doc(latin='Arial', east='微软雅黑', size=9.5, margins=(1.2, 1.2, 1.2, 1.2))
t = table(d, 1, 2, [5.6, 13.0])
L, Rc = t.cell(0, 0), t.cell(0, 1)
cshade(L, '24374F')
W = dict(color='FFFFFF')
def lp(text, **kw):
    f = dict(W); f.update(kw)
    p = L.add_paragraph(); run(p, text, **f); p.paragraph_format.space_after = Pt(2); return p
cell_text(L, ('郭　鹏', dict(b=True, size=22, color='FFFFFF')))
lp('')
def LH(tx):
    p = lp(tx, b=True, size=11); p.paragraph_format.space_before = Pt(10); pborder(p, 'bottom', 4, 'FFFFFF')
LH('联系方式')
for x in ['电话：139 0000 6680', '邮箱：guopeng@example.com', '城市：上海']: lp(x)
CORE = ['大客户销售', '渠道管理', '团队建设', '商务谈判', '解决方案营销']
LH('核心能力')
for x in CORE: lp('· ' + x)
LH('语言')
lp('英语（商务流利）')
CERT = [('商务英语BEC高级', '2009'), ('证券从业资格', '2010')]
LH('证书')
for n, y in CERT: lp('%s（%s）' % (n, y))

def rp(*runs, **kw):
    p = Rc.add_paragraph()
    for r in runs:
        if isinstance(r, tuple): run(p, r[0], **r[1])
        elif r == '\t': p.add_run().add_tab()
        else: run(p, r)
    pf = p.paragraph_format
    pf.space_after = Pt(kw.get('after', 2))
    if 'before' in kw: pf.space_before = Pt(kw['before'])
    if kw.get('tab'): pf.tab_stops.add_tab_stop(Cm(12.6), WD_TAB_ALIGNMENT.RIGHT)
    if kw.get('ind'): pf.left_indent = Cm(0.4); pf.first_line_indent = Cm(-0.3)
    return p
def RH(tx):
    p = rp((tx, dict(b=True, size=12, color='24374F')), before=10, after=4); pborder(p, 'bottom', 6, '24374F')
cell_text(Rc, ('销售总监 ｜ 工业自动化 / 智能制造', dict(b=True, size=14, color='24374F')))
SUM = '16年工业品B2B销售经验，其中8年带领区域销售团队；熟悉汽车、锂电、3C行业客户的采购决策链，连续六年超额完成年度指标。'
RH('个人概述'); rp(SUM)
JOBS = [('上海申联工业自动化有限公司', '华东大区销售总监', '2017.06', '至今',
         '负责华东区伺服、PLC与机器视觉产品线销售，管理销售及售前团队22人，年销售额从1.8亿元增长到4.6亿元。',
         ['开拓宁德、常州两大锂电客户群，单客户年度合同额突破6000万元',
          '重建经销商分级体系，淘汰低效代理商11家，渠道毛利率提升5个百分点',
          '推行CRM商机管理，销售预测准确率提升至85%']),
        ('德恒精密传动（苏州）有限公司', '区域销售经理', '2012.03', '2017.05',
         '负责江苏、安徽区域减速机及传动部件销售。',
         ['2015年度全国销售冠军', '开发新能源汽车行业客户14家']),
        ('杭州诚泰机电设备有限公司', '销售工程师', '2008.07', '2012.02', None,
         ['负责浙江地区纺织机械客户的电气元件销售与技术支持'])]
RH('工作经历')
for n, pos, a, b, s, hl in JOBS:
    rp((n, dict(b=True)), '\t', '%s – %s' % (a, b), tab=True, before=4, after=0)
    rp((pos, dict(i=True)))
    if s: rp(s)
    if len(hl) > 1: rp(('主要业绩：', dict(b=True)))
    for h in hl: rp('• ' + h, ind=True)
EDU = [('沪上财经学院', '', 'MBA', '2014.09', '2016.06'), ('东海理工大学', '机械设计制造及其自动化', '本科', '2004.09', '2008.06')]
RH('教育背景')
for s, ar, deg, a, b in EDU:
    rp((s, dict(b=True)), '\t', '%s – %s' % (a, b), tab=True, after=0)
    rp(('%s　%s' % (ar, deg)).strip())
d.paragraphs[-1]._p.getparent().remove(d.paragraphs[-1]._p) if False else None
save(d, NAME)

resume = {
    'basics': {'name': '郭鹏', 'label': '销售总监', 'phone': '139 0000 6680', 'email': 'guopeng@example.com',
               'location': {'city': '上海'}, 'summary': SUM},
    'work': [dates((a, b), {'name': n, 'position': pos, 'summary': s, 'highlights': hl}) for n, pos, a, b, s, hl in JOBS],
    'education': [dates((a, b), {'institution': s, 'area': ar, 'studyType': deg}) for s, ar, deg, a, b in EDU],
    'skills': [{'keywords': CORE}],
    'languages': [{'language': '英语', 'fluency': '商务流利'}],
    'certificates': [{'name': n, 'x-date': y} for n, y in CERT],
}
write_truth(NAME, resume, ['郭　鹏', '销售总监 ｜ 工业自动化 / 智能制造', '工业自动化 / 智能制造', '工业自动化', '智能制造', '核心能力'])
