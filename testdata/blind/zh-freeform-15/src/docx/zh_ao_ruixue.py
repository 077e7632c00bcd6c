import sys
from lib import *

d = new_doc(font="微软雅黑", latin="Calibri", size=10)
NAVY = "203864"
GOLD = "B8860B"

hp = d.sections[0].header.paragraphs[0]
run(hp, "卓识人才 Summit Talent Partners", bold=True, size=9, color=NAVY)
run(hp, "\t\t机密 CONFIDENTIAL · 仅供客户内部评估使用", size=8, color="888888")
pborder(hp, "bottom", GOLD, 6)
fp = d.sections[0].footer.paragraphs[0]
run(fp, "上海市静安区南京西路 · 卓识人才 · www.summit-talent.example.cn", size=8, color="888888")
fp.alignment = 1


def head(text):
    p = para(d, before=10, after=4)
    run(p, text, bold=True, size=12, color=NAVY)
    pborder(p, "bottom", GOLD, 8)
    return p


def kv_table(pairs, cols=4, widths=None):
    n = (len(pairs) + cols // 2 - 1) // (cols // 2)
    t = table(d, n, cols, widths=widths)
    for k, (a, b) in enumerate(pairs):
        r, c = divmod(k, cols // 2)
        cell_text(t.rows[r].cells[2 * c], a, bold=True)
        shade(t.rows[r].cells[2 * c], "E8ECF3")
        cell_text(t.rows[r].cells[2 * c + 1], b)
    return t


p = para(d, align="center", before=4, after=2)
run(p, "候选人推荐报告", bold=True, size=18, color=NAVY)
p = para(d, align="center", after=8)
run(p, "Candidate Recommendation Report", size=10, color="888888")

kv_table([
    ("推荐职位", "华东区域运营总监"),
    ("客户", "某全国性连锁便利店品牌（保密）"),
    ("推荐顾问", "林晓（高级顾问）"),
    ("顾问电话", "021-5555 0188"),
    ("推荐日期", "2025年3月12日"),
    ("报告编号", "ST-2025-0312-07"),
], widths=[2.4, 6.3, 2.4, 6.3])

head("一、候选人基本信息")
kv_table([
    ("姓　　名", "敖瑞雪（女士）"),
    ("年　　龄", "38岁"),
    ("学　　历", "本科；EMBA在读"),
    ("现居城市", "上海（闵行区）"),
    ("目前状态", "在职，看机会"),
    ("到岗时间", "一个月"),
    ("目前薪资", "年薪约85万（月薪4.5万×12 + 年终奖）"),
    ("期望薪资", "年薪100万左右，可谈"),
], widths=[2.4, 6.3, 2.4, 6.3])
p = para(d, before=3)
run(p, "* 候选人联系方式由顾问保管，面试安排请联系推荐顾问。", size=8.5, color="888888")

head("二、推荐理由")
for s in [
    "1. 15年连锁零售/餐饮运营经验，近6年管理400家以上门店规模，熟悉便利店加盟与直营混合模式；",
    "2. 在现公司主导华东区门店模型优化，单店日均销售提升18%，闭店率连续三年低于行业平均；",
    "3. 数据意识强，搭建过区域经营看板和店长绩效体系，能把总部策略落到门店执行层面；",
    "4. 沟通风格直接务实，团队稳定性好，核心下属跟随多年。",
]:
    para(d, s, indent=0.3)

head("三、职业经历")
jobs = [
    ("2019.06 – 至今", "鲜程便利连锁（上海）有限公司", "华东大区运营总监",
     "汇报对象：COO　　下属：8名区域经理　　管理门店：约420家（直营160 / 加盟260）",
     "离职原因：公司总部计划迁往成都，个人希望留在上海发展。",
     ["负责华东三省一市门店的销售、毛利、损耗及人效指标，年营业额约38亿元；",
      "推动“一店一策”门店分级管理，试点区域坪效提升22%；",
      "牵头鲜食品类下沉，鲜食销售占比由19%提升至27%；",
      "2023年完成苏州、无锡两地共46家加盟店的接管与整改。"]),
    ("2015.03 – 2019.05", "悦家超市（中国）投资有限公司", "区域运营经理 → 华东区运营副总监",
     "汇报对象：华东区总经理　　下属：区域经理4名、门店24家",
     "离职原因：受邀加入便利店赛道。",
     ["负责上海、浙江24家大卖场的营运管理，2017年起兼管社区店试点项目；",
      "主导门店排班系统上线，人工成本率下降1.6个百分点。"]),
    ("2010.07 – 2015.02", "乐堡餐饮管理（上海）有限公司", "餐厅经理 → 区域经理",
     "", "",
     ["管培生入职，两年内升任餐厅经理，2013年起管理上海西区9家餐厅。"]),
]
for dates, co, title, meta, why, bullets in jobs:
    p = para(d, before=6)
    run(p, dates + "　　", bold=True, color=NAVY)
    run(p, co, bold=True)
    p = para(d)
    run(p, "职位：" + title, bold=True)
    if meta:
        para(d, meta, color="555555")
    for b in bullets:
        para(d, "· " + b, indent=0.3)
    if why:
        para(d, why, color="555555")

head("四、教育背景")
para(d, "2023.09 – 至今　　申江大学管理学院　　高级管理人员工商管理（EMBA）　　在读")
para(d, "2006.09 – 2010.06　　华东商贸学院　　工商管理　　本科")

head("五、顾问评估")
t = table(d, 5, 3, widths=[3.6, 2.8, 11.0])
rows = [
    ("维度", "评分", "说明"),
    ("专业能力", "★★★★★", "门店运营体系完整，数据化管理能力突出"),
    ("管理能力", "★★★★☆", "带过百人以上团队，对加盟商管理有实战经验"),
    ("稳定性", "★★★★☆", "近三段经历平均任职约5年"),
    ("匹配度", "★★★★☆", "便利店业态经验与客户需求高度匹配；跨省经验略少"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[j], "E8ECF3")

head("六、其他")
para(d, "证书：国家二级企业人力资源管理师（2016）；中国连锁经营协会 便利店运营管理高级研修班结业（2021）")
para(d, "语言：英语 CET-6，可进行日常工作沟通")
para(d, "顾问备注：候选人已知晓客户名称及职位情况，同意本次推荐；背调可于终面后启动。", color="555555")

d.save(sys.argv[1])
