import sys
from docxlib import *
d = new_doc(east='微软雅黑', latin='Arial', size=10)
para(d, '常雅琴', bold=True, size=22)
para(d, '注册会计师（CPA）｜ 8年审计与内审经验', size=11, color='666666')
para(d, '电话：+86 138 0000 7734　　邮箱：changyaqin@example.org　　现居：武汉　　求职意向：财务经理 / 内审经理')

def sec(t):
    p = para(d, ''); p.paragraph_format.space_before = Pt(12)
    run(p, t, bold=True, size=12, color='8B0000'); bottom_rule(p, '8B0000', '6')

sec('工作经历')
para(d, '2021年7月至今在湖北楚天新能源股份有限公司任内审主管，负责集团 11 家子公司的内部审计与内控评价，向审计委员会汇报。')
for s in ['牵头完成 2022、2023 年度内控自我评价报告，整改缺陷 46 项',
          '开展采购与工程专项审计，发现问题金额 2300 万元，挽回损失 680 万元',
          '推动费用报销线上化，报销审核周期缩短 40%']:
    para(d, '· ' + s, indent=0.5)
para(d, '2016年毕业后进入武汉中信达会计师事务所担任审计员，2021年6月离职。期间参与 IPO 及年报审计项目 20 余个，客户涵盖制造、医药和房地产行业。')
for s in ['独立负责 3 家新三板公司年报审计现场工作，带 4 人小组',
          '参与一家医药企业 IPO 审计，负责收入与存货循环']:
    para(d, '· ' + s, indent=0.5)

sec('教育背景')
t = d.add_table(rows=2, cols=4); borders(t)
for j, v in enumerate(['毕业院校', '专业', '学历', '时间']):
    c = t.cell(0, j); cell_text(c, v, bold=True, align='center'); shade(c, 'F2DCDB')
for j, v in enumerate(['中南财经学院', '会计学', '本科', '2012.09-2016.06']):
    cell_text(t.cell(1, j), v, align='center')

sec('证书资质')
para(d, '注册会计师（CPA）全科合格　2019年')
para(d, '中级会计师　2018年')
para(d, '英语 CET-6')

sec('专业技能')
para(d, '财务软件：用友 NC、金蝶 K/3、SAP FICO')
para(d, '审计工具：鼎信诺审计系统、Excel（Power Query）、IDEA 数据分析')

sec('自我评价')
para(d, '事务所和企业内审两段经历，既懂审计程序也懂业务流程；原则性强，沟通有分寸。')
d.save(sys.argv[1])
