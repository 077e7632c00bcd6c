"""虞静秋 — 钢琴调律师: WPS-style template, name band and contacts in text boxes."""
import sys
from lib import *

out = sys.argv[1]
doc = new_document(east="微软雅黑", ascii_font="微软雅黑", size=10, margins=(1.2, 1.5, 1.8, 1.8))
set_core(doc, title="个人简历", author="WPS_1617")
TEAL = "1F5F6B"

# page-anchored band: name + headline (left box), contacts (right box), grey strip under it
anchor = para(doc, "", before=96)
text_box(anchor, [[("虞静秋", dict(size=24, bold=True, color="FFFFFF"))],
                  [("钢琴调律师　｜　11年经验　｜　大专", dict(size=11, color="DDEFF2"))]],
         x_cm=1.8, y_cm=0.9, w_cm=9.0, h_cm=2.6, fill=TEAL, inset_cm=0.35)
text_box(anchor, [[("手机：138 0013 8938", dict(size=9.5, color="FFFFFF", align="right"))],
                  [("邮箱：yujingqiu@example.com", dict(size=9.5, color="FFFFFF", align="right"))],
                  [("现居：广州·天河区", dict(size=9.5, color="FFFFFF", align="right"))]],
         x_cm=10.8, y_cm=0.9, w_cm=8.4, h_cm=2.6, fill=TEAL, inset_cm=0.35)
text_box(anchor, [[("求职意向：钢琴调律师 / 琴行售后技术主管　｜　广州　｜　期望月薪 12-15K　｜　随时到岗",
                    dict(size=10, bold=True, color="1F5F6B"))]],
         x_cm=1.8, y_cm=3.6, w_cm=17.4, h_cm=0.9, fill="E8F1F2", inset_cm=0.2)


def heading(text):
    p = para(doc, text, bold=True, size=12.5, color=TEAL, before=10, after=3)
    bottom_border(p, color=TEAL, size=6)
    return p


def job(dates, employer, title):
    p = doc.add_paragraph()
    runs(p, [(dates + "　　", dict(bold=True, color="595959")), (employer + "　　", dict(bold=True)),
             (title, dict(bold=True, color=TEAL))])
    fmt(p, before=5, after=2)
    return p


def bullet(text):
    return para(doc, "● " + text, indent=0.45, first=-0.45, after=1, align=JUSTIFY)


heading("工作经历")
job("2021.03 - 今", "广州和弦乐器有限公司", "技术主管")
bullet("负责门店及上门客户的钢琴调律、维修和整音，年均调律约900台次（立式、三角钢琴），老客户复购率68%；")
bullet("管理5名调律师，制定上门服务流程和收费标准，客户投诉处理时效由3天缩短到24小时；")
bullet("为合作的3家音乐厅、2所艺术院校做演出前调律和日常保养，演出前调律40分钟内完成；")
bullet("负责二手琴回收检测和翻新，2023年翻新二手琴120台。")
job("2017.09 - 2021.02", "羊城雅音琴行", "钢琴调律师")
bullet("承担琴行库存琴的出厅调律和售后上门调律，月均约70台；")
bullet("每季度开一次面向家长的“钢琴保养小课堂”，带动保养套餐销售。")
job("2014.07 - 2017.08", "佛山澜韵钢琴制造有限公司", "整音工")
bullet("从装配车间学徒做起，2015年转整音工序，负责立式钢琴出厂前的整调、整音，日均3—4台。")

heading("教育背景")
job("2011.09 - 2014.06", "南粤艺术职业学院", "钢琴调律（大专）")

heading("证书")
bullet("乐器修理工（钢琴调律）二级/技师　2022年")
bullet("乐器修理工（钢琴调律）三级/高级工　2017年")
bullet("机动车驾驶证 C1")

heading("专业技能")
bullet("钢琴调律、整调、整音（立式、三角）")
bullet("击弦机拆装、弦槌修整、换弦、音板裂缝修补")
bullet("TuneLab、Verituner 电子调律软件（辅助，以耳听为主）")

heading("兴趣爱好")
para(doc, "古典音乐、手冲咖啡、骑行", after=2)

heading("自我评价")
para(doc, "做了十一年钢琴，从工厂整音到门店调律再到带团队，手上功夫扎实。耐心细致，上门服务守时，和老师、家长都能沟通好。希望在广州找一家重视售后服务的琴行或乐器公司长期发展。",
     align=JUSTIFY, after=2, line=1.3)
doc.save(out)
