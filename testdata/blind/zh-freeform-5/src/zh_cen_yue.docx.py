import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from docxlib import *
d = new_doc("宋体", 10.5, 2.0)
p = para(d, align="center", after=8); run(p, "个人简历", bold=True, size=18, font="黑体")
T = [(5.6, "left"), (11.2, "left")]
for line in ["姓名：岑悦\t性别：女\t年级：2026届 本科（大三）",
             "电话：138 0000 7340\t邮箱：cenyue@example.com\t微信：cy_0722",
             "求职意向：数据分析实习生\t实习时间：每周4天，6个月以上\t意向城市：南昌"]:
    p = para(d, tabs=T)
    for i, part in enumerate(line.split("\t")):
        k, v = part.split("：", 1)
        run(p, ("\t" if i else "") + k + "：", bold=True); run(p, v)
def h(t):
    p = para(d, before=10, after=3); run(p, t, bold=True, size=12); shade(p, "DDEBF7")
h("教育背景")
p = para(d, tabs=[(16.8, "right")]); run(p, "2022.09-2026.06（预计）｜ 本科 ｜ 统计学 ｜ 临川财经大学", bold=True)
para(d, "GPA：3.78/4.00　　专业排名：5/96")
para(d, "核心课程：数理统计、回归分析、多元统计分析、时间序列分析、数据挖掘、计量经济学")
h("实习经历")
p = para(d, tabs=[(16.8, "right")]); run(p, "南昌赣鑫数字科技有限公司", bold=True); run(p, "　数据分析实习生（寒假）"); run(p, "\t2024.01-2024.02")
for it in ["用 SQL 从 Hive 取数，按周更新本地生活业务的订单和用户看板；", "整理商户流失名单并做简单的 RFM 分层，给运营同事提供召回名单。"]:
    para(d, "▪ " + it, indent=0.4)
h("项目经历")
p = para(d, tabs=[(16.8, "right")]); run(p, "南昌市共享单车骑行需求预测", bold=True); run(p, "（课程项目，组长）"); run(p, "\t2023.09-2023.12")
para(d, "技术：Python（pandas、LightGBM）、ArcGIS", indent=0.4)
para(d, "▪ 结合天气、节假日和站点 POI 特征预测各站点小时级需求，测试集 RMSE 比基线低 18%；", indent=0.4)
para(d, "▪ 负责特征工程和结果可视化，写了项目报告的大部分内容。", indent=0.4)
p = para(d, tabs=[(16.8, "right")], before=4); run(p, "大学生消费信贷使用情况调查", bold=True); run(p, "（市场调查大赛）"); run(p, "\t2023.03-2023.05")
para(d, "技术：问卷星、SPSS", indent=0.4)
para(d, "▪ 设计问卷并回收有效问卷 1126 份，用 Logistic 回归分析影响因素。", indent=0.4)
h("技能证书")
para(d, "编程：Python（pandas、matplotlib、scikit-learn）、SQL、R")
para(d, "工具：Excel（数据透视表、VLOOKUP）、Tableau、SPSS")
para(d, "证书：CET-6（563）、全国计算机等级考试二级（Python）、证券从业资格")
h("获奖情况")
for it in ["2024.05　全国大学生市场调查与分析大赛 江西省二等奖", "2023.11　国家励志奖学金", "2023.06　校级“三好学生”"]:
    para(d, it)
h("自我评价")
para(d, "对数据敏感，做事有条理，习惯把分析过程写成文档；希望在实习中接触真实业务数据。")
d.save(sys.argv[1])
