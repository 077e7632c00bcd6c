"""曲天一 Tina Qu -- Guangzhou export sales. Chinese-first bilingual Word résumé: headings are bold
paragraphs with a bottom border ("工作经历  WORK EXPERIENCE"); each job is ONE line with three tab columns
(dates | company in both scripts | title right-aligned)."""
import sys
from docxlib import *

doc = new_doc(font="Arial", size=10, margins=(1.5, 1.6, 1.5, 1.6), east_asia="Droid Sans Fallback")
core(doc, title="曲天一-外贸业务经理-简历", author="Tina")
W = content_width(doc)


def H(zh, en):
    p = para(doc, [(zh, {"b": True, "size": 12, "color": "0B5394"}), ("  " + en, {"b": True, "size": 9.5, "color": "0B5394"})],
             before=10, after=3, keep_next=True)
    border(p, "bottom", sz=8, color="0B5394")


def job(dates, company, title, bullets):
    para(doc, [(dates, {"b": True}), "\t", (company, {"b": True}), "\t", (title, {"b": True})],
         tabs=[(3.3, "left"), (W, "right")], before=4, after=1)
    for b in bullets:
        para(doc, "• " + b, indent=3.3, first=-0.35, after=0)


para(doc, [("曲天一", {"b": True, "size": 22}), ("   Tina Qu", {"size": 14, "color": "555555"})], after=2)
para(doc, [("求职意向：", {"b": True}), "外贸业务经理 / Export Sales Manager（广州 / 深圳）"], after=1)
para(doc, "电话 Tel: 139 0000 6218  |  邮箱 Email: tina.qu@example.cn  |  微信 WeChat: tinaqu_gz  |  现居：广州市天河区", after=2)

H("自我评价", "SUMMARY")
para(doc, "7 年小家电外贸经验，主攻中东与东南亚市场，独立开发并维护 30+ 家海外客户。熟悉从询盘、报价、打样到出货、收汇的全流程，"
          "能用英语独立谈判和参展。Seven years in export sales of small home appliances; comfortable leading trade-show "
          "booths and negotiating in English.", after=2)

H("工作经历", "WORK EXPERIENCE")
job("2020.05 – 至今", "广州禾丰进出口有限公司 Guangzhou Hefeng Import & Export Co., Ltd.", "外贸业务主管 Export Sales Supervisor",
    ["负责中东、东南亚市场，带领 4 人业务小组；2023 年出口额 1,850 万美元，同比增长 18%",
     "开发阿联酋、沙特 3 家连锁超市客户，建立年度框架合同与备货计划",
     "Key accounts: three supermarket chains in the UAE and Saudi Arabia; quarterly visits and booth lead at Gulfood and the Canton Fair."])
job("2017.07 – 2020.04", "佛山市美达电器有限公司 Foshan Meida Electric Appliance Co., Ltd.", "外贸业务员 Sales Representative",
    ["通过阿里巴巴国际站开发客户，询盘转化率从 3% 提升到 7%",
     "2018 年起兼任跟单：对接工厂排产、验货与订舱，准时出货率 98%"])
job("2016 秋季", "广交会 Canton Fair（兼职）", "展位翻译 Booth Interpreter",
    ["为一家灯具企业做展位英语翻译，协助接待 200+ 位海外采购商"])

H("教育背景", "EDUCATION")
para(doc, [("2013.09 – 2017.06", {"b": True}), "\t", ("南粤外语外贸学院 Nanyue College of Foreign Studies & Trade", {"b": True}),
           "\t本科 Bachelor"], tabs=[(3.3, "left"), (W, "right")], before=4, after=0)
para(doc, "国际经济与贸易 International Economics & Trade  ·  主修：国际贸易实务、外贸函电、国际结算", indent=3.3, after=0)

H("证书", "CERTIFICATES")
para(doc, "2018\tBEC 高级 (Cambridge Business English Certificate Higher)", tabs=[(3.3, "left")], after=0)
para(doc, "2017\t国际商务单证员证书", tabs=[(3.3, "left")], after=0)
para(doc, "2015\t大学英语六级 CET-6（586）", tabs=[(3.3, "left")], after=0)
para(doc, "—\t驾驶证 C1", tabs=[(3.3, "left")], after=0)

H("技能", "SKILLS")
para(doc, [("外贸实务：", {"b": True}), "FOB / CIF / DDP 报价，信用证审单，出口退税，海运订舱"], after=0)
para(doc, [("平台与工具：", {"b": True}), "阿里巴巴国际站，Made-in-China，金蝶 K/3 ERP，Excel（数据透视表）"], after=0)

H("语言", "LANGUAGES")
para(doc, "英语（流利，BEC 高级）；粤语（母语水平）；阿拉伯语（基础问候）", after=0)

H("兴趣爱好", "INTERESTS")
para(doc, "羽毛球、胶片摄影", after=0)

doc.save(sys.argv[1])
