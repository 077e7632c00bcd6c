import sys
from lib import *

d = new_doc(font="微软雅黑", latin="Arial", size=10)
RED = "B03A48"


def head(text):
    p = para(d, before=8, after=3)
    run(p, "┃ ", bold=True, size=13, color=RED)
    run(p, text, bold=True, size=12, color="222222")
    return p


p = para(d, after=2)
run(p, "求职意向：急诊科护士 / 护理组长　　　期望城市：杭州", size=10, color="666666")
p = para(d, after=2)
run(p, "洪雨洁", bold=True, size=22)
p = para(d, after=2)
run(p, "女　｜　1996年3月　｜　护理学本科　｜　护师（N2）　｜　中共党员", size=10)
p = para(d, after=4)
run(p, "手机：137 0000 2586　　邮箱：hongyj96@example.com　　现居：浙江绍兴", size=10)
pborder(p, "bottom", RED, 12)

head("执业信息")
para(d, "护士执业证书编号：201833000555（执业地点：浙江省绍兴市）")
para(d, "专业技术资格：护师（2021年取得）；医院护理能级：N2")

head("工作经历")
p = para(d, before=2)
run(p, "绍兴越州人民医院（三级甲等）", bold=True)
run(p, "　　2018年7月—至今")
p = para(d)
run(p, "急诊科　护师", bold=True)
para(d, "入职后完成为期两年的新护士规范化培训，在4个科室轮转，2020年7月定科急诊科。目前为急诊抢救室责任护士，兼任科室临床带教老师。")
p = para(d, before=2)
run(p, "科室轮转：", bold=True)
t = table(d, 5, 3, widths=[3.4, 2.6, 11.4])
rows = [
    ("轮转时间", "科室", "主要内容"),
    ("2018.07—2018.12", "心血管内科", "掌握心电监护、除颤仪使用，参与急性心梗患者PCI术前术后护理"),
    ("2019.01—2019.06", "普外科", "围手术期护理、引流管护理，独立管理8—10张床位"),
    ("2019.07—2019.12", "重症医学科（ICU）", "呼吸机管道管理、CRRT配合、危重患者镇静镇痛评估"),
    ("2020.01—2020.06", "急诊科", "预检分诊、抢救室配合，参与新冠疫情发热门诊支援"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9.5)
        if i == 0:
            shade(t.rows[i].cells[j], "F3E3E5")
p = para(d, before=4)
run(p, "定科后：", bold=True)
for s in [
    "1. 年均参与抢救300余例，熟练配合心肺复苏、气管插管、床旁快速检测（POCT）；",
    "2. 2022年起担任科室带教老师，带教实习护生及规培护士共21名，考核通过率100%；",
    "3. 参与修订《急诊预检分诊流程》，分诊准确率由91%提升至96%；",
    "4. 2023年获选科室质控小组成员，负责每月跌倒/压疮不良事件数据汇总。",
]:
    para(d, s, indent=0.4)

p = para(d, before=6)
run(p, "绍兴市第二人民医院", bold=True)
run(p, "　　2017年7月—2018年5月")
p = para(d)
run(p, "实习护士", bold=True)
para(d, "毕业实习，轮转内科、外科、妇产科、儿科及手术室。")

head("教育背景")
p = para(d)
run(p, "2014年9月—2018年6月　　湖州南太湖医学院　　护理学　　本科（理学学士）")
para(d, "主修：内科护理学、外科护理学、急危重症护理学、护理管理学")

head("证书与培训")
for s in [
    "护士执业资格证书　2018年",
    "BLS / ACLS 提供者证书（美国心脏协会）　2022年",
    "急诊专科护士（浙江省护理学会）　2023年",
]:
    para(d, s)

head("荣誉")
para(d, "2021年度　绍兴越州人民医院优秀护士")
para(d, "2022年　　全院护理技能竞赛（静脉输液）一等奖")

head("自我评价")
para(d, "急诊一线工作5年，应变快、能扛压，习惯把流程做细做实。喜欢带教，也愿意承担质控和培训方面的工作，希望在更大的平台上向护理组长方向发展。")

d.save(sys.argv[1])
