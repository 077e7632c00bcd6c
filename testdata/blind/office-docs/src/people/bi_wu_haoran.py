"""Bilingual senior supply-chain résumé where the WHOLE document is one section with w:cols num=2
(unequal: narrow left, wide right): the left column holds name, bilingual contact labels (电话 Tel：),
profile, core skills, certificates, languages and education; a column break; the right column holds the
experience.  Saved as .docx and LibreOffice plain text."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'bi_wu_haoran'
d = new_doc(latin='Calibri', east='微软雅黑', size=9.5, margins=(1.5, 1.5, 1.5, 1.5))
sp = d.sections[0]._sectPr
cols = OxmlElement('w:cols'); cols.set(qn('w:num'), '2'); cols.set(qn('w:equalWidth'), '0'); cols.set(qn('w:space'), '454')
for w in (5.6, 11.6):
    c = OxmlElement('w:col'); c.set(qn('w:w'), str(int(w * 567))); c.set(qn('w:space'), '454'); cols.append(c)
old = sp.find(qn('w:cols'))
if old is not None: sp.remove(old)
sp.find(qn('w:pgMar')).addnext(cols)
def H(t):
    q = para(d, (t, dict(b=True, size=11, color='375623')), before=8, after=3); pborder(q, 'bottom', 6, '375623')
para(d, ('吴浩然', dict(b=True, size=20)))
para(d, ('Haoran Wu', dict(size=12, color='595959')))
para(d, ('供应链总监 Supply Chain Director', dict(b=True)), after=4)
for l in ['电话 Tel：139 0000 7716', '邮箱 Email：haoran.wu@example.cn', '地址 Location：苏州 Suzhou', 'LinkedIn：linkedin.com/in/haoranwu-scm']:
    para(d, l)
SUM = '17年电子制造业供应链经验，覆盖采购、计划、物流与仓储；擅长供应商整合与降本，带领过60人团队。'
H('个人简介 Profile'); para(d, SUM)
CORE = ['S&OP', '供应商管理', '战略采购', '库存优化', 'SAP（MM、PP模块）']
H('核心技能 Core Skills')
for c in CORE: para(d, '▪ ' + c)
CERT = [('CPIM', 'APICS', '2016'), ('六西格玛黑带 Six Sigma Black Belt', None, '2014')]
H('证书 Certificates')
para(d, 'CPIM（APICS），2016'); para(d, '六西格玛黑带 Six Sigma Black Belt，2014')
LANGS = [('英语', 'English', '流利', 'Fluent'), ('日语', 'Japanese', 'N2', None)]
H('语言 Languages')
para(d, '英语 English：流利 Fluent'); para(d, '日语 Japanese：N2')
EDU = [('2006.09', '2008.06', '华东交通管理学院', '物流工程', '硕士', 'M.Eng.'), ('2002.09', '2006.06', '华东交通管理学院', '工业工程', '本科', 'B.Eng.')]
H('教育 Education')
for a, b, s, ar, deg, en in EDU:
    para(d, (s, dict(b=True))); para(d, '%s　%s %s' % (ar, deg, en)); para(d, ('%s – %s' % (a, b), dict(color='595959')), after=3)
d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
JOBS = [('2018.04', '至今', '苏州瑞科电子有限公司', 'Ruike Electronics', '供应链总监', 'Supply Chain Director',
         '负责采购、计划、物流与仓储四个部门，管理团队60人，年采购额28亿元。',
         ['推行S&OP月度会议机制，预测准确率由62%提升至81%', '整合电子料供应商由420家减至260家，年降本1.1亿元',
          '上线SAP IBP与WMS系统，库存周转天数由58天降至39天', '疫情期间建立双源供应策略，关键物料零断供']),
        ('2012.07', '2018.03', '昆山美联精密工业有限公司', 'Meilian Precision', '采购经理', 'Purchasing Manager',
         '负责金属件、塑胶件与包材采购，团队12人。',
         ['导入供应商绩效评分卡，来料不良率下降45%', '完成3个关键品类的招标，年节约成本2300万元']),
        ('2008.07', '2012.06', '上海日东物流有限公司', 'Nitto Logistics Shanghai', '物流主管', 'Logistics Supervisor',
         None, ['负责保税仓库的进出库与报关协调', '优化拣货路径，人均效率提升20%'])]
H('工作经历 Experience')
for a, b, n, en, pos, pen, s, hl in JOBS:
    para(d, ('%s – %s' % (a, b), dict(color='595959')), before=6)
    para(d, (n, dict(b=True)), (' ' + en, dict(color='595959')))
    para(d, (pos + ' ' + pen, dict(i=True)))
    if s: para(d, s)
    for h in hl: para(d, '▪ ' + h, indent=0.35, first=-0.35)
save(d, NAME)

resume = {
    'basics': {'name': '吴浩然', 'x-altName': 'Haoran Wu', 'label': '供应链总监', 'phone': '139 0000 7716', 'email': 'haoran.wu@example.cn',
               'location': {'city': '苏州'}, 'summary': SUM,
               'profiles': [{'network': 'LinkedIn', 'username': 'haoranwu-scm', 'url': 'https://linkedin.com/in/haoranwu-scm'}]},
    'skills': [{'keywords': ['S&OP', '供应商管理', '战略采购', '库存优化', 'SAP']}],
    'certificates': [{'name': 'CPIM', 'issuer': 'APICS', 'x-date': '2016'}, {'name': '六西格玛黑带', 'x-date': '2014'}],
    'languages': [{'language': '英语', 'fluency': '流利'}, {'language': '日语', 'fluency': 'N2'}],
    'education': [dates((a, b), {'institution': s, 'area': ar, 'studyType': deg}) for a, b, s, ar, deg, en in EDU],
    'work': [dates((a, b), {'name': n, 'position': pos, 'summary': s, 'highlights': hl}) for a, b, n, en, pos, pen, s, hl in JOBS],
}
write_truth(NAME, resume, ['Supply Chain Director', 'Suzhou', 'Fluent', 'English', 'Japanese', 'Six Sigma Black Belt', 'M.Eng.', 'B.Eng.',
                           'MM、PP模块', 'MM', 'PP', 'Core Skills', '核心技能'] + [j[3] for j in JOBS] + [j[5] for j in JOBS])
