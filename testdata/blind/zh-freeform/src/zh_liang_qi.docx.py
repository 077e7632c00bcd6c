"""梁琪: campus data analyst, a Word template-like two-column layout — one borderless table whose
narrow left cell holds unlabelled contact lines, skills and languages, the right cell the main
sections; education lines `degree | school | major | dates`."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10, margins=1.5)
t = d.add_table(rows=1, cols=2)
widths(t, [5.2, 12.8])
L, R = t.cell(0, 0), t.cell(0, 1)
shade(L, "EDF2F7")

def lp(text, bold=False, size=None, before=0):
    return para(L, text, bold=bold, size=size, before=before)

L.paragraphs[0].text = ""
run(L.paragraphs[0], "梁琪", bold=True, size=24)
lp("数据分析师（应届）", size=11)
lp("")
lp("基本信息", bold=True, size=11, before=6)
for x in ["女 | 2001.10", "📞 176-0000-3342", "✉ liangqi1001@example.com", "📍 广州"]:
    lp(x)
lp("技能", bold=True, size=11, before=10)
for x in ["Python（pandas、sklearn）", "SQL（Hive / MySQL）", "Tableau / Power BI", "R、SPSS", "Excel"]:
    lp("· " + x)
lp("语言", bold=True, size=11, before=10)
lp("英语 IELTS 7.0")
lp("普通话、粤语")

def rh(text):
    p = para(R, text, bold=True, size=12, before=6, after=2, color="1F4E79")
    bottom_rule(p, color="1F4E79", sz=6)

R.paragraphs[0].text = ""
rh("教育背景")
para(R, "硕士 | 南海大学 | 应用统计 | 2022.09-2025.06", bold=True)
para(R, "核心课程：多元统计分析、时间序列分析、机器学习、抽样调查")
para(R, "本科 | 南海大学 | 统计学 | 2018.09-2022.06", bold=True, before=3)
para(R, "GPA 3.76/4.0，连续三年获校级奖学金")

rh("实习经历")
para(R, "广州知行消费金融有限公司 · 风控数据分析实习生 · 2024.03-2024.08", bold=True)
for x in ["搭建贷前申请评分卡（逻辑回归），KS 值 0.41，上线后坏账率下降 0.8 个百分点；",
          "用 Hive SQL 开发 30 余张风控日报宽表，并在 Tableau 上搭建监控看板。"]:
    bullet(R, x, indent=0.5)
para(R, "羊城优选电商有限公司 · 数据运营实习生 · 2023.07-2023.09", bold=True, before=3)
for x in ["分析大促活动用户转化漏斗，定位支付环节流失原因，推动优化后转化率提升 6%。"]:
    bullet(R, x, indent=0.5)

rh("项目经历")
para(R, "电商用户复购预测（Kaggle 竞赛）  2023.10-2023.12", bold=True)
para(R, "基于 LightGBM 构建复购预测模型，构造 120+ 个行为特征，排名前 4%（银牌）。")
para(R, "广州市共享单车出行时空分析（课程项目）  2022.11-2023.01", bold=True, before=3)
para(R, "使用 Python 和 GeoPandas 分析 200 万条骑行记录，识别早晚高峰潮汐站点，并给出调度建议。")

rh("校园荣誉")
for x in ["2023 年 全国大学生统计建模大赛 一等奖", "2021 年 南海大学 优秀学生奖学金"]:
    bullet(R, x, indent=0.5)
d.save(sys.argv[1])
