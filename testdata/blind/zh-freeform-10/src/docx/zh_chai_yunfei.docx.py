# 电商运营 Word résumé: name line with 求职意向 on the same line, e-mail on its own line under the name,
# right-tab dates, 专升本 (two education entries), 作品/数据 links.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("微软雅黑", 10)
p = para(d, "", space_after=2)
run(p, "柴云飞", bold=True, size=20)
run(p, "　　求职意向：电商运营主管（天猫 / 抖音）", size=11, color="C0392B")
para(d, "chaiyunfei@example.com")
para(d, "138 0000 9154　·　现居：广州·天河　·　出生年月：1997.08")

def h(t):
    para(d, "")
    p = para(d, t, bold=True, size=12, color="C0392B")

def head(left, right):
    p = para(d, "", tab=17.4)
    run(p, left, bold=True)
    run(p, "\t" + right, color="666666")

h("工作经历")
head("广州尚品优选电子商务有限公司　｜　天猫运营 → 店铺运营主管", "2022/03—至今")
for l in ["1、负责天猫女装旗舰店整体运营，2023 年 GMV 1.2 亿元，同比增长 35%；",
          "2、策划双 11、618 大促活动，双 11 单日 GMV 2100 万元；",
          "3、管理 5 人运营小组，建立日报、周复盘机制；",
          "4、优化直通车与万相台投放，ROI 由 2.8 提升至 4.1。"]:
    para(d, l)
head("佛山禾木家居用品有限公司　｜　抖音电商运营", "2020/07—2022/02")
for l in ["1、从 0 搭建抖音小店与自播间，月销由 0 做到 300 万元；",
          "2、对接达人 120+，达人带货占比 45%。"]:
    para(d, l)
head("广州一诺网络科技有限公司　｜　运营助理（实习）", "2019/12—2020/06")
para(d, "1、商品上架、详情页文案与评价维护。")

h("教育背景")
head("广州南粤财经学院　｜　电子商务　｜　本科（专升本）", "2018.09 - 2020.06")
head("清远职业技术学院　｜　市场营销　｜　大专", "2015.09 - 2018.06")

h("技能证书")
para(d, "电子商务师（三级）　｜　阿里巴巴电商运营认证（2021）　｜　CET-4")

h("专业技能")
para(d, "平台：生意参谋、巨量千川、抖店后台、达摩盘")
para(d, "工具：Excel（函数、数据透视）、Photoshop、剪映")

h("作品链接")
para(d, "店铺运营复盘合集：https://chaiyunfei.example.com/review")

h("自我评价")
para(d, "对数据敏感，熟悉平台规则与大促节奏；执行力强，能带小团队冲刺目标。")
save(d)
