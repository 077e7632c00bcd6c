import sys
from docxlib import *
d = new_doc(east='等线', latin='Calibri', size=10)
para(d, '应诗琪  Sukie Ying', bold=True, size=22, color='5B2C6F')
para(d, 'Brand Manager 品牌经理  ·  Beauty & Personal Care  ·  Shanghai', size=11, color='666666')
para(d, 'T  138-0000-6317     E  sukie.ying@example.com     W  sukieying.example.net')

def sec(t):
    p = para(d, ''); p.paragraph_format.space_before = Pt(10); run(p, t, bold=True, size=11.5, color='5B2C6F'); bottom_rule(p, '5B2C6F', '4')

sec('PROFILE 个人简介')
para(d, '6 years in brand marketing for premium skincare. 负责过从消费者洞察、新品上市到全渠道 campaign 的完整链路，擅长用数据讲品牌故事。')

sec('EXPERIENCE 工作经历')
for co, title, dates, items in [
  ('Maison Clarté China 明澈化妆品（中国）有限公司', 'Brand Manager 品牌经理', '2021.4-present',
   ['Own the P&L of the Hydra-Lab franchise (RMB 380M); 年销售同比 +27%',
    '主导 2023 年精华新品上市，首发 30 天天猫 TOP3，Tmall launch GMV RMB 46M',
    'Managed 2 assistant brand managers and 4 agencies']),
  ('Aurelia Consumer Goods 奥瑞雅消费品', 'Assistant Brand Manager 助理品牌经理', '2019.7-2021.3',
   ['负责身体护理线 4 个 SKU 的包装升级与渠道物料', 'Ran consumer research with 1,200 respondents to reposition the line']),
  ('Aurelia Consumer Goods 奥瑞雅消费品', 'Marketing Management Trainee 市场部管培生', '2018.7-2019.6',
   ['轮岗品牌、销售与电商三个部门'])]:
    p = para(d, '', tabs=[(17.4, 'r')]); run(p, co, bold=True); run(p, '\t' + dates, color='666666')
    para(d, title, italic=True)
    for s in items: para(d, '– ' + s, indent=0.4)

sec('EDUCATION 教育背景')
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '复旦南苑学院 Nanyuan College', bold=True); run(p, '\t2014.9-2018.6')
para(d, '市场营销  本科 | B.A. in Marketing')

sec('SKILLS 技能')
for s in ['Brand: positioning, 360° campaign planning, GTM, 消费者洞察',
          'Tools: Nielsen, Kantar, 阿里数据银行, 巨量云图, PowerPoint',
          'Languages: 普通话 (native), English (fluent), French (basic)']:
    para(d, s)
d.save(sys.argv[1])
