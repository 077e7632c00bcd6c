import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="微软雅黑", latin="Calibri", size=10)
para(d, "纪文浩", bold=True, size=20)
para(d, "求职意向：机器学习算法工程师（校招）　　意向城市：北京、杭州")
para(d, "电话：138 0000 2196　｜　邮箱：jiwenhao@example.edu　｜　GitHub：github.com/jiwh-ml", space_after=4)

W = (3.2, 14.2)


def section(title, rows):
    p = para(d, title, bold=True, size=12, color="1F4E79", space_before=8, space_after=3)
    bottom_border(p, "1F4E79")
    t = table(d, len(rows), 2, W)
    for i, (when, lines) in enumerate(rows):
        cell_text(t.cell(i, 0), [when])
        cell_text(t.cell(i, 1), lines, bold_first=True)


section("教育背景", [
    ("2022.09-2025.06", ["北辰理工大学　计算机技术　硕士",
                         "GPA 3.82/4.0，专业排名 5/96",
                         "研究方向：推荐系统中的图神经网络"]),
    ("2018.09-2022.06", ["渭南科技大学　软件工程　本科",
                         "GPA 3.71/4.0，专业排名 8/210",
                         "主修课程：数据结构（95）、算法设计与分析（93）、机器学习（96）、概率论与数理统计（91）、操作系统（88）"]),
])
section("实习经历", [
    ("2024.06-2024.09", ["北京深蓝象限科技有限公司　推荐算法实习生",
                         "• 负责短视频推荐粗排模型迭代，引入用户多兴趣向量，离线 AUC 提升 0.6%；",
                         "• 线上 A/B 实验人均观看时长 +1.8%，方案已全量；",
                         "• 用 Spark 重写样本拼接任务，单日样本生产耗时由 3 小时降到 50 分钟。"]),
])
section("科研与论文", [
    ("2024.10", ["Wenhao Ji, Lei Zhou, Qing Han. GraphMix: Mixing Neighborhoods for Session-based Recommendation. CIKM 2024 (short paper)."]),
    ("2023.10", ["纪文浩，韩青. 基于图对比学习的会话推荐方法[J]. 计算机应用研究，2023，40(10)."]),
])
section("竞赛获奖", [
    ("2023.11", ["中国研究生数学建模竞赛　二等奖"]),
    ("2021.11", ["ICPC 国际大学生程序设计竞赛亚洲区域赛（沈阳站）　铜牌"]),
    ("2020.12", ["全国大学生数学建模竞赛　陕西赛区一等奖"]),
])
section("奖学金", [
    ("2023.12", ["研究生国家奖学金"]),
    ("2021.10", ["渭南科技大学一等奖学金"]),
])
section("学生工作", [
    ("2022.09-2023.06", ["北辰理工大学研究生会学术部　部长", "组织学术沙龙 12 场，邀请企业工程师分享 4 次。"]),
    ("2019.09-2021.06", ["渭南科技大学 ACM 集训队　队长", "负责新队员周训与校赛命题。"]),
])
section("技能与证书", [
    ("编程语言", ["Python、C++、SQL"]),
    ("框架工具", ["PyTorch、DGL、Spark、Hive、Git"]),
    ("证　　书", ["CET-6（571）、计算机二级（C语言）"]),
])
d.save(sys.argv[1])
