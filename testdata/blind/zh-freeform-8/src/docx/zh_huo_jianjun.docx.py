import sys
from docxlib import *
d = new_doc(east='宋体', latin='Calibri', size=10.5)
para(d, '霍建军　个人简历', bold=True, size=18, align='center')
para(d, '应聘：行政总厨 / 餐饮出品总监', align='center', color='444444')
para(d, '手机：138 0000 9461　｜　邮箱：huojianjun@example.cn　｜　广州海珠', align='center')

def sec(t):
    p = para(d, ''); p.paragraph_format.space_before = Pt(10)
    run(p, '【' + t + '】', bold=True, size=12, east='黑体'); bottom_rule(p, '7F6000', '6')

sec('工作经历')
jobs = [
 ('广州粤禧酒店管理集团', '行政总厨', '2019年07月 - 至今', '管理人数：45人',
  '统筹集团旗下 3 家中餐厅（共 1100 个餐位）的出品、成本与厨房管理。',
  ['食材成本率从 41% 降到 35%，年节省约 260 万元', '研发“岭南四季”时令菜单，每季推出 12 道新菜，新菜点单率 30%',
   '建立厨房 6T 管理与 HACCP 制度，连续三年市场监管抽检零不合格']),
 ('深圳海悦大酒店', '中餐厨师长', '2013年03月 - 2019年06月', '管理人数：22人',
  '负责中餐厅及宴会出品，承接 800 人以上婚宴 60 余场。', ['带出 2 名厨师长、5 名主厨']),
 ('广州陶陶居酒家', '炒锅厨师', '2007年08月 - 2013年02月', '',
  '从打荷做起，2010 年起任头锅。', []),
]
for co, title, dates, extra, summ, hl in jobs:
    para(d, co, bold=True, size=11)
    para(d, '职务：' + title + '　　时间：' + dates + ('　　' + extra if extra else ''), color='333333')
    para(d, summ)
    for h in hl: para(d, '◇ ' + h, indent=0.5)

sec('教育经历')
para(d, '2004.09-2007.07　广州市轻工技工学校　中式烹调　技校（中级工班）')

sec('证书资质')
for s in ['中式烹调师（高级技师）　2016年', '公共营养师（三级）　2018年', '食品安全管理员证']:
    para(d, s)

sec('获奖情况')
for s in ['2021年　全国饭店业职业技能竞赛　热菜金奖（国家级）', '2017年　广东省粤菜师傅技能大赛　一等奖（省级）']:
    para(d, s)

sec('擅长')
para(d, '粤菜、潮汕菜、宴会出品；菜单设计、成本核算、厨房动线规划')

sec('自我评价')
para(d, '十八年厨房经验，从学徒到行政总厨，懂出品也懂经营；带团队严格但讲道理。')
d.save(sys.argv[1])
