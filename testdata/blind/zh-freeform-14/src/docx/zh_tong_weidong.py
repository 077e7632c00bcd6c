"""佟卫东 — 汽车4S店销售经理. Header table (photo | name + contacts), ═══ typed rules as headings,
title line above the company/date line, yearly 业绩 tables."""
import sys
from lib import *

d = new_doc('微软雅黑', 10, 1.8)

t = d.add_table(rows=1, cols=2)
no_borders(t)
cell_text(t.rows[0].cells[0], '\n照片\n', align='center', color='999999')
shade(t.rows[0].cells[0], 'EEEEEE')
c = t.rows[0].cells[1]
cell_text(c, '佟卫东', bold=True, size=22)
for line in ['汽车销售经理　｜　12年汽车销售、8年团队管理',
             '手机：136-0000-2583　　邮箱：tongweidong@example.com',
             '现居：辽宁沈阳　　求职意向：销售经理 / 销售总监（沈阳）']:
    para(c, line, size=10, space_before=2)
widths(t, [3.2, 14.2])


def h(text):
    para(d, f'═══ {text} ═══', bold=True, size=12, color='1F4E79', space_before=12, space_after=4)


def sales_table(rows):
    tb = d.add_table(rows=1, cols=4)
    tb.style = 'Table Grid'
    for cc, v in zip(tb.rows[0].cells, ['年度', '新车销量（台）', '目标完成率', '区域排名']):
        cell_text(cc, v, bold=True, align='center')
        shade(cc, 'DDEBF7')
    for r in rows:
        for cc, v in zip(tb.add_row().cells, r):
            cell_text(cc, v, align='center')
    widths(tb, [2.5, 4.0, 4.0, 4.0])
    para(d, '', space_after=4)


h('工作经历')
para(d, '销售经理（新车销售部）', bold=True, size=11)
p = para(d, '')
right_tab(p, 17.4)
run(p, '沈阳嘉泰汽车销售服务有限公司（合资品牌4S店）')
run(p, '\t2018年3月至今', color='595959')
para(d, '管理新车销售团队（销售顾问14人、主管2人），负责展厅和线上线索的销售目标、定价及库存周转。', space_before=2)
for b in ['1. 搭建抖音、懂车帝线上获客组，线上线索占比从15%提升到46%。',
          '2. 推行“试驾 + 金融方案”一站式接待流程，金融渗透率从38%提升到61%。',
          '3. 连续三年库存周转天数低于厂家区域均值。']:
    para(d, b, indent=0.5)
para(d, '历年业绩：', bold=True, space_before=4, space_after=2)
sales_table([['2021', '1,036', '108%', '第2名'],
             ['2022', '982', '103%', '第3名'],
             ['2023', '1,158', '112%', '第1名'],
             ['2024', '1,090', '105%', '第1名']])

para(d, '销售顾问 → 展厅主管', bold=True, size=11, space_before=6)
p = para(d, '')
right_tab(p, 17.4)
run(p, '沈阳恒通汽车贸易有限公司')
run(p, '\t2012年7月—2018年2月', color='595959')
para(d, '从销售顾问做起，2015年升任展厅主管，带6名销售顾问。', space_before=2)
for b in ['1. 个人年均销量180台以上，2014年全店销冠。',
          '2. 负责新人带教，整理《展厅接待话术手册》。']:
    para(d, b, indent=0.5)

h('教育背景')
para(d, '2016年3月—2018年7月　东北开放大学　工商管理　本科（业余）')
para(d, '2009年9月—2012年7月　辽北交通职业学院　汽车营销与服务　大专')

h('证书 / 荣誉')
para(d, '二手车鉴定评估师（四级）　2017年')
para(d, '汽车营销师职业技能等级证书（高级）　2019年')
para(d, '2019年度 厂家东北区“金牌销售经理”')
para(d, '2023年度 集团“优秀管理者”')

h('专长')
para(d, '展厅流程管理　汽车金融与保险方案　二手车置换　DMS系统　短视频直播获客')

h('自我评价')
para(d, '一线销售出身，懂客户也懂数据；带团队讲规矩、讲方法，注重新人培养。希望找一家管理规范的经销商集团继续发展。')

d.save(sys.argv[1])
