# 滕国栋 — 车险理赔; a 自荐信 first (name only in its sign-off), then a résumé without a name line.
from lib import *
from docx.enum.text import WD_BREAK

d = new_doc("仿宋", 11)
para(d, "自　荐　信", bold=True, size=16, align="center", after=10)
para(d, "尊敬的招聘负责人：")
para(d, "您好！我从事车险查勘、定损工作十一年，熟悉从报案、查勘、定损到核损结案的全流程，近六年担任定损主管，带过十余人的团队。了解到贵公司正在招聘理赔中心负责人，特投此简历，希望有机会当面交流。", indent=0)
para(d, "此致")
para(d, "敬礼！")
para(d, "自荐人：滕国栋", align="right", before=10)
p = para(d, "2025年4月", align="right")
p.add_run().add_break(WD_BREAK.PAGE)

para(d, "个人简历", bold=True, size=16, align="center", after=6)
info = [
    ("性别", "男", "出生年月", "1988年6月"),
    ("学历", "本科", "现居", "山东济南"),
    ("电话", "158 0000 2736", "邮箱", "tenggd@example.com"),
    ("求职意向", "车险理赔经理 / 理赔中心负责人", "工作年限", "11年"),
]
t = d.add_table(rows=4, cols=4)
t.style = "Table Grid"
for i, row in enumerate(info):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))


def heading(text):
    p = para(d, "● " + text, bold=True, size=13, before=10, after=3)
    return p


heading("工作经历")
p = para(d, "")
run(p, "鲁信财产保险股份有限公司济南中心支公司　2019年4月至今", bold=True)
para(d, "车险理赔部定损主管。带领12人定损团队，负责济南市区及章丘、长清两个三级机构的车损案件定损与核损初审，年处理案件约2.6万件。2022年牵头上线“小额案件线上自助理赔”，5000元以下案件平均结案周期从6.8天缩短至2.1天；当年车险案均赔款下降4.7%，渗漏治理项目获分公司二等奖。")
p = para(d, "", before=6)
run(p, "安平财产保险股份有限公司山东分公司　2014年7月—2019年3月", bold=True)
para(d, "先后任车险查勘员（2014.7—2016.12）、定损员（2017.1—2019.3）。查勘员期间负责济南东部片区现场查勘，高峰期日均出险场8-10次；定损员期间负责事故车拆检定损、配件核价及与修理厂谈判，2018年个人定损准确率全分公司第一。")
p = para(d, "", before=6)
run(p, "齐鲁之星汽车销售服务有限公司（一汽-大众4S店）　2010年7月—2014年6月", bold=True)
para(d, "售后服务顾问。负责客户接待、维修派工和保险事故车的报案协助，积累了大量车辆结构和维修工时方面的经验。")

heading("教育经历")
para(d, "2006.09—2010.06　齐州交通学院　车辆工程　本科（工学学士）")

heading("职业资格")
para(d, "二手车鉴定评估师（国家职业资格三级），2013年")
para(d, "保险代理从业人员资格证书，2014年")
para(d, "机动车驾驶证 C1")

heading("专业技能")
para(d, "定损系统：精友、车险理赔核心系统；办公软件：Excel（数据透视表）、PPT")

heading("自我评价")
para(d, "懂车、懂修理厂，也熟悉公司的理赔管控要求；处理纠纷有耐心，原则性强。愿意承担团队管理和流程改进工作。")

heading("兴趣爱好")
para(d, "篮球、自驾游")

save(d)
