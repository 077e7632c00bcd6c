# 褚若晨 — 精算 new graduate (UK master's); no section headings at all, blocks separated by space only.
from lib import *

d = new_doc("等线", 10)
p = para(d, "", after=0)
run(p, "褚若晨", bold=True, size=20, font="黑体")
run(p, "　Ruochen (Ella) CHU", bold=True, size=13, color="2F5496")
para(d, "精算分析 / 风险建模 | 2025届 应届硕士 | 可到岗：2025年9月", size=10.5, color="404040")
para(d, "☎ +44 7700 900418 ｜ +86 139 0000 2651 ｜ ruochen.chu@example.ac.uk ｜ 意向城市：上海、深圳", size=9.5, after=12)


def gap():
    para(d, "", after=6)


p = para(d, "")
run(p, "2023.09 – 2025.06（预计）　阿什科姆大学 University of Ashcombe（英国）　精算科学 MSc Actuarial Science　硕士", bold=True)
para(d, "核心课程：Survival Models, Stochastic Processes, Risk Modelling　毕业论文：Mortality Improvement Modelling with the Lee-Carter Framework", indent=0.5)
p = para(d, "", before=3)
run(p, "2019.09 – 2023.06　申城财经学院　金融数学　本科（理学学士）", bold=True)
para(d, "GPA 3.72/4.0，专业前 10%", indent=0.5)
gap()

p = para(d, "")
run(p, "2024.06 – 2024.08　中澄人寿保险股份有限公司 精算部　精算实习生", bold=True)
para(d, "· 协助完成重疾险产品定价的发生率假设更新（基于 2020 行业经验表）；", indent=0.5)
para(d, "· 用 Python 重写准备金评估中的现金流汇总脚本，运行时间由 40 分钟降至 6 分钟。", indent=0.5)
p = para(d, "", before=3)
run(p, "2022.07 – 2022.09　汇衡再保险经纪（上海）有限公司　业务分析实习生", bold=True)
para(d, "· 整理车险、农险分保数据，编写周报。", indent=0.5)
gap()

para(d, "SOA：Exam P ✓（2022.11）　Exam FM ✓（2023.05）　Exam SRM ✓（2024.09）")
para(d, "中国精算师考试：A1 数学 ✓、A2 金融数学 ✓（2023）")
gap()

para(d, "Python（pandas, numpy）· R · SQL · Excel VBA · Prophet")
para(d, "英语 IELTS 8.0；普通话、上海话")
gap()

para(d, "2023　Postgraduate Merit Scholarship, University of Ashcombe")
para(d, "2021　全国大学生数学建模竞赛 上海赛区一等奖")

save(d)
