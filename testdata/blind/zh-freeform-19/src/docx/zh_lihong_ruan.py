# 阮丽红 — 服装制版师: ■ headings, 工作经历 as numbered paragraphs 1、2、3、 with 年月—年月 dates
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

out = sys.argv[1]
d = new_doc(font="微软雅黑", size=10, margins=(1.8, 1.8, 2.0, 2.0))
p = para(d, "", after=2)
run(p, "阮丽红", bold=True, size=22)
run(p, "　　服装制版师（女装梭织）", size=12, color="7F7F7F")
p = para(d, "电话：138 0013 8562　｜　邮箱：ruanlihong@example.com　｜　现居：杭州市临平区", size=9.5, after=2)
p = para(d, "女　｜　1990年5月生　｜　中专 + 成人大专　｜　制版经验 12 年", size=9.5, after=6)
bottom_rule(p, "A6A6A6")

def h(title):
    p = para(d, "■ " + title, bold=True, size=12, before=10, after=4, color="1F3864")
    return p

h("求职意向")
para(d, "意向岗位：服装制版师 / 版房主管")
para(d, "意向城市：杭州、湖州")
para(d, "期望薪资：面议　　到岗时间：随时到岗")

h("工作经历")
jobs = [
    ("1、2021年4月—至今　杭州衣锦服饰有限公司　技术部　制版师（女装梭织组）",
     "负责公司自有品牌女装连衣裙、衬衫、西装外套的纸样制作，每季出新款纸样 60 款以上；根据设计稿与样衣进行打版、推板（放码），"
     "跟进样衣制作，参加每周的试衣会并按意见改版；用富怡 CAD 建立公司基础版型库（原型、袖型、领型共 40 余个），新款出版时间缩短约三分之一；"
     "对接外发工厂，解答车间关于工艺单和纸样的问题。"),
    ("2、2016年3月—2021年3月　湖州织里锦华童装厂　版房　制版师",
     "负责童装（3–12 岁）外套、卫衣、裤装打版和放码，兼做工艺单；带 2 名学徒；2019 年起负责版房排料，面料利用率提高 4%。"),
    ("3、2013年7月—2016年2月　杭州四季青某女装档口（唯依服饰）　样衣工、助理版师",
     "从样衣车位做起，学习手工打版，后跟随师傅做档口快返款的纸样和改版。"),
]
for head, body in jobs:
    para(d, head, bold=True, before=4, after=2)
    para(d, body, after=2, indent=21, align="justify")

h("教育经历")
para(d, "2015年9月—2018年1月　杭州钱江开放学院（成人大专，业余）　服装设计与工艺")
para(d, "2010年9月—2013年6月　桐乡市梧桐服装职业学校（中专）　服装制作与生产管理")

h("技能与证书")
para(d, "软件：富怡服装 CAD（打版、推板、排料）、ET 服装 CAD、格柏 AccuMark、Photoshop（改款效果图）")
para(d, "工艺：原型法、比例法打版；立体裁剪；熟悉梭织面料缩水率与缝份处理")
para(d, "证书：服装制版师（三级/高级工，2017年）、服装设计定制工（四级，2014年）")

h("自我评价")
para(d, "做版十多年，对女装和童装的版型都比较熟，出版速度快、改版耐心。能看懂设计师的手稿，也能和车间师傅沟通工艺。"
        "性格开朗，能接受出差和旺季加班。", align="justify")
d.save(out)
