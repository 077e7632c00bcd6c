import sys
from docx.shared import Pt
from lib import *

d = new_doc("微软雅黑", 9.5, margins=(1.8, 1.8, 2.0, 2.0))
sec = d.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "衡远人才咨询 Hengyuan Talent Partners　｜　候选人推荐报告 Candidate Report　｜　机密 Confidential", size=8, color="7F7F7F")
fp = sec.footer.paragraphs[0]
run(fp, "本报告仅供客户内部招聘使用，请勿转发候选人信息。顾问：卢颖 Ying Lu　+86 138 0013 8977　luying@hengyuan.example", size=8, color="7F7F7F")

para(d, "候选人推荐报告", bold=True, size=18, color="1F3864")
para(d, "Candidate Report", size=12, color="1F3864", after=8)

def bar(t):
    p = para(d, t, bold=True, size=11.5, color="1F3864", before=10, after=4)
    bottom_rule(p, "1F3864", "8")

grid(d, [
    ["推荐职位 Position", "高级现场应用工程师 Senior FAE（功率半导体）"],
    ["候选人 Candidate", "扈泽楷 Zekai Hu"],
    ["现居 Location", "苏州"],
    ["年龄 Age", "33"],
    ["学历 Education", "硕士 Master"],
    ["目前职位 Current", "芯拓功率半导体（苏州）有限公司　应用工程经理"],
    ["目前薪资 Current package", "月薪 32K × 15，年薪约 48 万"],
    ["期望薪资 Expected", "年薪 58–62 万"],
    ["到岗时间 Notice", "一个月"],
    ["离职原因 Reason for leaving", "公司 2024 年起将车规产品线并入上海总部，苏州团队以工业客户为主，候选人希望继续做新能源汽车方向。"],
], [4.6, 12.4], label_cols=(0,), fill="D9E2F3")

bar("顾问评价 Consultant's Assessment")
para(d, "扈先生有 8 年功率器件应用经验，从 IGBT 模块做到 SiC MOSFET，对主驱逆变器和 OBC 的设计痛点很熟，能独立做双脉冲测试和失效分析，客户端口碑好。沟通直接，英文可以和海外原厂直接开会。管理经验目前是 4 人小组，带大团队的经验还需要观察。", after=3)
para(d, "Strong hands-on FAE with solid automotive customer base in East China; recommended for the Senior FAE role.", after=3)

bar("候选人简历 Résumé")
def job(date, org, title):
    p = para(d, before=5, after=1)
    run(p, date + "　｜　", bold=True)
    run(p, org, bold=True)
    para(d, title, after=2).runs[0].italic = True

p = para(d, "工作经历 Work Experience", bold=True, size=10.5, before=4)
job("2020.04 – 至今", "芯拓功率半导体（苏州）有限公司 SinoTop Power Semiconductor (Suzhou) Co., Ltd.", "应用工程经理 Application Engineering Manager")
for s in ["• 负责华东区新能源汽车客户的 SiC MOSFET 与 IGBT 模块导入，支持 12 家 Tier1 / 主机厂项目；",
          "• 2023 年主导 2 个主驱逆变器项目定点，对应年销售额约 1.1 亿元；",
          "• Set up the double-pulse test lab in Suzhou and trained 4 junior FAEs;",
          "• 牵头处理 3 起客户现场失效（8D），平均闭环时间 21 天。"]:
    para(d, s, after=1)
job("2016.07 – 2020.03", "德瑞电子（上海）有限公司 Derui Electronics (Shanghai)", "现场应用工程师 FAE")
for s in ["• 支持光伏逆变器、UPS 客户的 IGBT 单管及模块选型、驱动电路设计评审；",
          "• 2018 年获公司亚太区 “FAE of the Year”。"]:
    para(d, s, after=1)

p = para(d, "教育背景 Education", bold=True, size=10.5, before=8)
for s in ["2013.09 – 2016.06　｜　苏南理工大学　电力电子与电力传动　硕士 M.Eng.",
          "2009.09 – 2013.06　｜　淮扬工学院　电气工程及其自动化　本科 B.Eng."]:
    para(d, s, after=1)

p = para(d, "技能与语言 Skills & Languages", bold=True, size=10.5, before=8)
para(d, "技术 Technical：SiC MOSFET、IGBT 模块选型、双脉冲测试、栅极驱动设计、热仿真", after=1)
para(d, "工具 Tools：LTspice、PLECS、Saber、示波器 / 功率分析仪", after=1)
para(d, "语言 Languages：英语 CET-6（工作语言）", after=1)

d.save(sys.argv[1])
