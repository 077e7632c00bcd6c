# 考研复试简历 typed in Word: title, info grid with photo cell, 报考信息, 初试成绩, 科研/实习/学生工作.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('宋体', 10.5, 2.0)
para(d, '2024年硕士研究生复试个人简历', bold=True, size=16, align='center', space_after=8)
t = d.add_table(rows=4, cols=5); t.style = 'Table Grid'
data = [('姓名', '年佳琪', '性别', '女'), ('出生年月', '2001.04', '政治面貌', '中共预备党员'),
        ('联系电话', '139 0000 4426', '籍贯', '河南洛阳'), ('电子邮箱', 'nianjiaqi@example.edu', '本科院校', '中原医科大学')]
for i, row in enumerate(data):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
ph = t.cell(0, 4).merge(t.cell(3, 4)); cell_text(ph, '照片', align='center')
widths(t, (2.4, 4, 2.4, 3.6, 3))
def h(x):
    p = para(d, x, bold=True, size=12, space_before=10, space_after=3); bottom_rule(p)
h('报考信息')
para(d, '报考院校：华夏协和医学院　　报考专业：内科学（学术学位）　　意向方向：心血管内科')
para(d, '初试成绩 386 分（政治 71 / 英语一 78 / 西医综合 237）')
h('教育背景')
para(d, '2019.09-2024.06　中原医科大学　临床医学（五年制）　本科/学士', bold=True)
para(d, '本科成绩排名 8/186　　GPA 3.71/4.0')
para(d, '主修课程：内科学（96）、外科学（92）、诊断学（94）、病理学、药理学、医学统计学')
para(d, '2016.09-2019.06　洛阳市第二高级中学')
h('科研经历')
para(d, '2022.03-2023.12　国家级大学生创新创业训练计划项目《血清sST2对心衰患者再住院风险的预测价值》　项目负责人', bold=True)
para(d, '负责病例收集与随访（共纳入214例），使用SPSS、R完成Cox回归分析，结题评价“优秀”。')
h('发表论文')
para(d, '[1] 年佳琪, 吴立新. 血清sST2与射血分数保留型心衰预后的相关性研究[J]. 中原医学杂志, 2023, 40(8): 712-716.（第一作者）')
h('临床实习')
para(d, '实习单位：中原医科大学第一附属医院　实习岗位：临床实习医生　实习时间：2023.05-2024.04')
para(d, '轮转内科、外科、妇产科、儿科、急诊科，独立完成大病历书写60余份，参与夜班及急诊抢救。')
h('在校经历')
para(d, '2020.09-2022.06　临床医学院学生会学术部部长：组织“医学前沿”系列讲座12场。')
para(d, '2019年秋起　校红十字会志愿者：参与社区义诊、急救知识科普，累计志愿服务180小时。')
h('获奖情况')
for x in ['2021年　国家奖学金', '2022年　全国大学生基础医学创新研究暨实验设计论坛 二等奖', '2020、2021、2022年　校一等奖学金']:
    para(d, x)
h('语言与技能')
para(d, '英语：CET-6 563 分，能熟练阅读英文文献；计算机：SPSS（熟练）、R语言（熟练）、GraphPad Prism（熟练）')
h('自我评价')
para(d, '对心血管疾病方向有浓厚兴趣，具备初步的科研思维和临床能力；踏实肯干，希望在研究生阶段系统接受科研训练。')
d.save(sys.argv[1])
