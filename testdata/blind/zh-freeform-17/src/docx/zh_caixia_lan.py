import sys
from lib import *

d = new_doc(font="微软雅黑", size=10)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "广州安馨家政服务有限公司　｜　母婴服务部", size=9, color="C0504D")
fp = sec.footer.paragraphs[0]
run(fp, "推荐顾问：刘老师　020-5550 1186　（阿姨联系方式由公司统一安排，请勿私下联系）", size=8, color="808080")

para(d, "阿 姨 档 案", bold=True, size=18, align="center", color="C0504D")
para(d, "档案编号：AX-2025-0318　　　级别：金牌月嫂（五星）　　　更新：2025年3月", size=9, align="center", color="808080")

para(d, "【基本信息】", bold=True, size=12, color="C0504D", space_after=4)
t = d.add_table(rows=5, cols=4)
t.style = "Table Grid"
cells = [
    ("姓　　名", "兰彩霞", "年　　龄", "43岁"),
    ("籍　　贯", "四川南充", "学　　历", "中专（护理）"),
    ("现　　居", "广州市天河区", "从业年限", "9年"),
    ("服务意向", "月嫂（住家）、育婴师", "期望薪资", "16800元/26天"),
    ("体检情况", "健康证齐全，2025年1月体检", "属　　相", "属鸡"),
]
for i, row in enumerate(cells):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
        if j % 2 == 0:
            shade(t.cell(i, j), "F2DCDB")

para(d, "")
para(d, "【工作经历】", bold=True, size=12, color="C0504D", space_after=4)
p = para(d)
run(p, "2016年3月—至今　", bold=True)
run(p, "广州安馨家政服务有限公司　签约月嫂（2021年起金牌月嫂）", bold=True)
para(d, "公司培训上岗，独立服务家庭62户，其中双胞胎家庭5户、早产儿家庭3户，续单及转介绍率约七成。")
p = para(d)
run(p, "2011年8月—2016年2月　", bold=True)
run(p, "南充瑞康妇产医院　产科护理员", bold=True)
para(d, "在产科病房协助护士做产妇护理、新生儿洗澡抚触、母乳喂养指导，夜班为主。")

para(d, "")
para(d, "【近期服务记录】", bold=True, size=12, color="C0504D", space_after=4)
t = d.add_table(rows=5, cols=4)
t.style = "Table Grid"
rows = [
    ("服务时间", "家庭所在", "宝宝情况", "雇主评价"),
    ("2024.11—2024.12", "广州天河", "双胞胎，早产36周", "非常专业，夜里基本不用我们起来"),
    ("2024.08—2024.10", "广州番禺", "女宝，剖腹产", "月子餐做得好，产妇恢复快"),
    ("2024.05—2024.06", "佛山顺德", "男宝，黄疸偏高", "观察仔细，及时提醒就医"),
    ("2024.02—2024.03", "广州越秀", "男宝，母乳不足", "催乳有效，满月后纯母乳"),
]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "F2DCDB")

para(d, "")
para(d, "【证书】", bold=True, size=12, color="C0504D", space_after=4)
for s in ["高级母婴护理师　　南粤家政职业培训中心　　2019年5月",
          "育婴员（四级）　　　广州市职业技能鉴定中心　2017年10月",
          "催乳师（中级）　　　南粤家政职业培训中心　　2020年6月",
          "健康证　　　　　　　2025年1月"]:
    para(d, "● " + s)

para(d, "")
para(d, "【擅长】", bold=True, size=12, color="C0504D", space_after=4)
para(d, "新生儿抚触、脐带护理、黄疸观察、婴儿游泳；产妇月子餐、催乳、产后修复操。")
para(d, "会做川菜、粤菜，会用智能手机记录喂养日志。")

para(d, "")
para(d, "【阿姨自我介绍】", bold=True, size=12, color="C0504D", space_after=4)
para(d, "我以前在医院产科做了五年护理员，做月嫂九年了。性格开朗，爱干净，做事有条理。带宝宝讲科学，也尊重每家人的习惯。希望继续在广州找住家月嫂的工作。")

d.save(sys.argv[1])
