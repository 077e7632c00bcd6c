"""熊国栋's own WPS-style résumé (the file he later attached). Run: python3 zh_guodong_xiong.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

d = new_doc(font="仿宋", size=11)
para(d, "熊国栋", bold=True, size=20, align="center", font="黑体", after=2)
para(d, "男 | 1986年生 | 湖南湘潭人 | 从厨18年", align="center", after=2)
para(d, "电话 139 0013 8627   微信 xgd_chef-example   邮箱 xiongguodong@example.cn", align="center", after=6)

def heading(text):
    t = d.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    shade(c, "D9D9D9")
    cell_text(c, text, bold=True, font="黑体", size=12)
    d.add_paragraph().paragraph_format.space_after = 0

heading("求职意向")
para(d, "求职意向：厨师长/行政总厨（湘菜）　　期望城市：长沙、株洲")
heading("工作经历")
jobs = [
    ("2019年9月—今", "湘味坊餐饮管理有限公司（五一广场店）", "厨师长",
     "负责后厨30人团队管理，制定菜单和出品标准，控制毛利率和原料成本。",
     ["主导每年春、秋两次菜单更新，推出剁椒鱼头、擂辣椒皮蛋等12道新菜，其中4道成为门店招牌",
      "推行原料验收、留样和后厨6T管理，2022、2023年市场监管抽检全部合格",
      "后厨毛利率由58%提升到63%，门店月均营业额约180万元"]),
    ("2015年3月—2019年8月", "长沙湘江大酒店", "中餐厅副厨师长", None,
     ["由头砧升任副厨师长，负责宴会出品，最多一次承接60桌婚宴",
      "带学徒8人，其中3人已升砧板主管"]),
    ("2010.6-2015.2", "株洲红湘楼酒家", "炒锅", None, ["主理小炒和蒸菜档口"]),
    ("2006年7月—2010年5月", "湘潭一品鲜餐馆", "学徒、打荷", None, []),
]
for date, emp, pos, summ, hls in jobs:
    p = para(d, "", before=4)
    run(p, date + "　　", bold=True)
    run(p, emp + "　　", bold=True)
    run(p, pos, bold=True)
    if summ:
        para(d, summ)
    for h in hls:
        para(d, "· " + h)
heading("学历培训")
para(d, "2003.09—2006.06　　湘中烹饪职业技术学校　　中式烹调　　中专")
para(d, "2017年　　湖南省烹饪协会　　湘菜名厨研修班（结业）")
heading("证书")
para(d, "中式烹调师 高级技师（2020年）")
para(d, "食品安全管理员（2023年）")
heading("获奖")
para(d, "2021年 长沙湘菜烹饪技能大赛 金奖")
para(d, "2018年 湘江大酒店 年度优秀员工")
heading("特长")
para(d, "湘菜、宴席菜、冷拼雕刻、成本核算")
d.save(sys.argv[1])
