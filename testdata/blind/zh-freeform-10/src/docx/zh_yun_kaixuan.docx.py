# 五百丁-like Word template: big name band, icon-ish shaded section titles with English sub-titles,
# dates on the left of each entry (table rows), 校园经历 / 获奖情况.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("微软雅黑", 10)
band = d.add_table(rows=1, cols=2)
no_borders(band)
a, b = band.cell(0, 0), band.cell(0, 1)
shade(a, "3B7DD8"); shade(b, "3B7DD8")
widths(band, [11.0, 6.4])
first_para(a, "云凯旋", bold=True, size=22, color="FFFFFF")
para(a, "求职意向：算法工程师（推荐 / NLP）", color="FFFFFF")
first_para(b, "年龄：25岁", color="FFFFFF", size=9)
for line in ["电话：138 0000 3361", "邮箱：yunkaixuan@example.edu", "现居：北京·海淀", "GitHub：github.com/yunkx-ml"]:
    para(b, line, color="FFFFFF", size=9)

def section(zh, en):
    p = para(d, "", space_after=4)
    run(p, "■ " + zh + "  ", bold=True, size=12, color="3B7DD8")
    run(p, en, size=9, color="999999")

def entries(rows):
    t = d.add_table(rows=0, cols=2)
    no_borders(t)
    for left, lines in rows:
        r = t.add_row()
        set_width(r.cells[0], 3.6); set_width(r.cells[1], 14.2)
        first_para(r.cells[0], left, color="555555", size=9)
        first_para(r.cells[1], lines[0], bold=True)
        for l in lines[1:]:
            para(r.cells[1], l)
    widths(t, [3.4, 14.0])

section("教育背景", "EDUCATION")
entries([
 ("2022.09-2025.06", ["北方理工大学　计算机技术　硕士", "GPA：3.7/4.0（专业前5%）", "主修课程：机器学习、自然语言处理、最优化方法、分布式系统"]),
 ("2018.09-2022.06", ["燕山工业大学　软件工程　本科", "辅修：金融学（双学位，经济学学士）"]),
])
section("实习经历", "INTERNSHIP")
entries([
 ("2024.06-2024.10", ["北京极光聚合科技有限公司　推荐算法实习生",
   "1、负责信息流召回模块，基于双塔模型（PyTorch）优化向量召回，召回率 +4.2%；",
   "2、构建用户兴趣标签的离线评估框架，支撑 8 次线上实验。"]),
 ("2023.07-2023.09", ["北京言之有物智能科技有限公司　NLP算法实习生",
   "1、参与客服意图识别模型微调（BERT），准确率由 87% 提升至 91%。"]),
])
section("科研项目", "PROJECTS")
entries([
 ("2023.03-2024.03", ["基于大语言模型的长文本摘要评测　（导师课题，核心成员）",
   "技术栈：PyTorch、HuggingFace Transformers、LoRA",
   "提出基于事实一致性的评测指标，论文投稿 CCL 2024。"]),
])
section("校园经历", "CAMPUS")
entries([("2019.09-2021.06", ["燕山工业大学ACM协会　副会长", "组织校内程序设计竞赛 4 次，培训新成员 50 余人。"])])
section("获奖情况", "AWARDS")
for line in ["2023.10　研究生国家奖学金", "2021.05　ICPC 亚洲区域赛（沈阳站）铜奖", "2020.12　国家励志奖学金"]:
    para(d, line)
section("专业技能", "SKILLS")
for line in ["编程语言：Python、C++、SQL", "框架工具：PyTorch、TensorFlow、Spark、Faiss", "英语：CET-6（603），能流畅阅读英文论文"]:
    para(d, line)
section("自我评价", "ABOUT ME")
para(d, "扎实的机器学习基础，工程能力强，乐于从业务数据中发现问题并快速迭代。")
save(d)
