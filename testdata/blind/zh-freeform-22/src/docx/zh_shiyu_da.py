# zh_shiyu_da: 应届 交通工程; WPS-style template: one two-cell table, a shaded side column with
# a photo box, personal data, certificates and software; the main column with the name,
# 求职意向, education (GPA and rank on the school line), internships, projects, campus, awards.
# Shipped as LibreOffice's PDF and as `pdftotext -layout` of that PDF (the DOCX is not shipped).
import sys
from lib import *

OUT = sys.argv[1]
doc = new_doc(latin="Arial", east="微软雅黑", size=9.5, margins=(1.2, 1.2, 1.2, 1.0))
set_meta(doc, title="笪诗雨-交通工程-简历", author="da")
TEAL = "0E6E6E"
SIDE = "E4EFEF"

t = fixed_table(doc, 1, 2, [5.6, 13.0])
table_borders(t, val="none")
cell_margins(t, 60, 60, 140, 140)
left, main = t.cell(0, 0), t.cell(0, 1)
shade(left, SIDE)

# photo box: a nested one-cell table with a dashed border
lp = left.paragraphs[0]
lp.paragraph_format.space_after = Pt(4)
ph = left.add_table(rows=1, cols=1)
ph.alignment = WD_TABLE_ALIGNMENT.CENTER
table_borders(ph, sz=8, color="7FA7A7", val="single", inside=False)
ph.cell(0, 0).width = Cm(2.7)
ph.autofit = False
ph._tbl.tblGrid.findall(qn("w:gridCol"))[0].set(qn("w:w"), str(int(2.7 * 567)))
row_height(ph.rows[0], 3.6, exact=True)
shade(ph.cell(0, 0), "FFFFFF")


def side_head(text):
    p = para(left, before=10, after=3)
    run(p, text, bold=True, size=11, color=TEAL)
    para_border(p, "bottom", sz=6, color=TEAL)


def side_line(label, value=None):
    p = para(left, before=1, after=1, line=1.2)
    if value is None:
        run(p, label)
    else:
        run(p, label, color="555555")
        run(p, value)


side_head("个人信息")
for a, b in (("出生年月：", "2003.05"), ("籍　　贯：", "江苏泰州"), ("政治面貌：", "中共预备党员"),
             ("电　　话：", "138 0013 8417"), ("邮　　箱：", "dashiyu@example.cn"), ("现　　居：", "江苏南京")):
    side_line(a, b)
side_head("技能证书")
for a in ("全国计算机等级考试二级（Python）", "大学英语六级（CET-6 521分）", "机动车驾驶证（C1）"):
    side_line(a)
side_head("软件技能")
for a in ("交通规划：TransCAD、Cube", "交通仿真：VISSIM、SUMO", "制图：ArcGIS、AutoCAD", "编程：Python（pandas、geopandas）"):
    side_line(a)
side_head("兴趣爱好")
side_line("长跑（南京马拉松半程完赛）、城市摄影")

# main column
mp = main.paragraphs[0]
run(mp, "笪诗雨", bold=True, size=24, color=TEAL)
p = para(main, before=2, after=6)
run(p, "求职意向：", bold=True)
run(p, "交通规划 / 交通工程设计助理　　")
run(p, "意向城市：", bold=True)
run(p, "南京、苏州")


def main_head(text):
    p = para(main, before=8, after=3)
    run(p, "■ ", color=TEAL, size=10)
    run(p, text, bold=True, size=11.5, color=TEAL)
    para_border(p, "bottom", sz=6, color="9CC3C3")


def entry(dates, *parts, bold_parts=1):
    p = para(main, before=3, after=1)
    run(p, dates + "　", bold=True)
    for i, x in enumerate(parts):
        run(p, x + ("　" if i < len(parts) - 1 else ""), bold=(i < bold_parts))
    return p


def item(text):
    bullet(main, text, mark="·", indent=0.45, size=9.5)


main_head("教育背景")
entry("2021年9月—2025年6月", "秦淮交通学院", "交通工程（本科）", "GPA：3.71/4.0", "专业排名：6/92")
p = para(main, before=2, line=1.2)
run(p, "主修课程：", bold=True)
run(p, "交通工程学、交通规划、道路勘测设计、交通管理与控制、交通流理论、交通调查与数据分析、城市公共交通、智能交通系统")
p = para(main, before=2, line=1.2)
run(p, "毕业设计：", bold=True)
run(p, "基于手机信令数据的南京河西地区通勤出行特征分析（进行中）")

main_head("实习经历")
entry("2024年7月—2024年9月", "南京宁远交通规划设计研究院有限公司", "交通规划所　规划助理（实习）")
item("参与江北新区某片区交通影响评价，完成 12 个交叉口高峰小时流量调查及数据整理；")
item("使用 TransCAD 搭建片区路网模型，协助完成 2030 年交通需求预测及方案比选图表；")
item("编写 Python 脚本批量处理卡口数据，将日报整理时间从半天缩短到 20 分钟。")
entry("2023年7月—2023年8月", "苏州吴淞城市交通咨询有限公司", "数据分析部　实习生")
item("清洗公交 IC 卡刷卡数据约 3,000 万条，识别通勤乘客并绘制 OD 期望线图。")

main_head("科研与竞赛")
entry("2023年10月—2024年5月", "基于共享单车轨迹的地铁接驳需求识别", "项目负责人")
item("全国大学生交通运输科技大赛参赛项目，带领 4 人团队完成数据挖掘、聚类分析与停放点选址建议；")
item("负责 DBSCAN 聚类及 ArcGIS 可视化，撰写研究报告 1.8 万字。")
entry("2022年12月—2023年12月", "城市快速路合流区可变限速控制仿真研究", "成员")
item("省级大学生创新训练计划项目；负责 VISSIM 仿真建模与参数标定。")

main_head("校园经历")
entry("2022年9月—2023年6月", "交通学院学生会", "学习部部长")
item("组织“交通模型软件”系列讲座 6 场，累计参与 400 余人次。")
entry("2024年1月—2024年2月", "南京南站春运志愿服务队", "志愿者")
item("在南京南站进站口负责旅客引导及重点旅客帮扶，累计服务 64 小时。")

main_head("获奖情况")
for a in ("2024年　全国大学生交通运输科技大赛江苏赛区二等奖",
          "2023年　国家励志奖学金",
          "2024年　校一等奖学金",
          "2022年　校二等奖学金"):
    item(a)

main_head("自我评价")
para(main, "对交通数据分析和规划建模有浓厚兴趣，能熟练使用 TransCAD、VISSIM 等软件；做事踏实，"
           "能适应外业调查，愿意从基础工作做起。", before=2, line=1.25)

doc.save(OUT)
