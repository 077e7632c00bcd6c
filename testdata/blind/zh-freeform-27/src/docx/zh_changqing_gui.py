"""桂长青 (铁路信号工): self-typed Word file, headings in his own words. Run: python3 zh_changqing_gui.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

d = new_doc(font="宋体", size=11)
p = para(d, "", after=0)
run(p, "桂长青", bold=True, size=18, font="黑体")
run(p, "    铁路信号工（高级工）", size=12)
para(d, "男，1993年2月生，广西柳州人，中共党员")
para(d, "139 0013 8390  /  guichangqing@example.cn  /  柳州市柳南区")
para(d, "想找：城市轨道交通 信号维护工班长 或 信号检修工，柳州、南宁都行", after=8)

def h(t):
    p = para(d, t, bold=True, size=13, font="黑体", before=8, after=3)
    bottom_rule(p, "1F4E79", 8)

h("▶ 干过的活")
p = para(d, ""); run(p, "2019.9-至今　　桂南铁路局集团柳州电务段（柳州信号车间）　　信号工 → 工长", bold=True)
para(d, "管鹿寨站、洛埠站等4个车站的信号设备日常维护，带一个7人工区。")
para(d, "1. 负责ZPW-2000A轨道电路、S700K转辙机、64D半自动闭塞的巡检和“天窗”修")
para(d, "2. 2021年参加柳州站计算机联锁改造（TYJL-III 换 DS6-60）配合施工和开通，连续48小时盯岗")
para(d, "3. 工区连续三年无责任D21类信号故障")
p = para(d, "", before=4); run(p, "2012年7月-2019年8月　　桂中铁路器材厂　　信号器材装配工", bold=True)
para(d, "装配、调试继电器和轨道电路器材，后来做出厂检验；2016年评为厂里技术能手。")

h("▶ 念过的书")
para(d, "2019/9—2021/6　　柳州铁道职工大学（成人大专，业余）　　铁道信号")
para(d, "2009/9—2012/6　　广西交通技工学校　　铁道信号　　中专")

h("▶ 手里的证")
para(d, "铁路信号工 高级工（三级）　2018年")
para(d, "电工作业（低压电工）特种作业操作证　2020年，有效期到2026年")
para(d, "C1驾照")

h("▶ 会的本事")
para(d, "信号设备：ZPW-2000A、S700K、ZD6、计算机联锁（DS6-60）、CTC 车站设备")
para(d, "仪表工具：移频表、500型万用表、兆欧表；会看信号施工图")
para(d, "电脑：Word、Excel 会用，会做工区台账")

h("▶ 得过的奖")
para(d, "2022年　柳州电务段 信号工技能竞赛 第二名")
para(d, "2021年　桂南铁路局集团 “安全生产先进个人”")

h("▶ 说说自己")
para(d, "干了12年信号，从厂里装器材到现场修设备，设备原理和现场处理都熟。脾气好，能夜里出车抢修。地铁信号和铁路信号原理相通，愿意重新学。")
d.save(sys.argv[1])
