# 窦语嫣 — 高中地理教师: a WPS-template-like résumé. The dark left sidebar
# (name, 求职意向, 基本信息, contacts without labels, 证书, 技能, 兴趣) is ONE floating
# DrawingML text box anchored to page 1 (with the VML fallback WPS also writes);
# the main column is ordinary body text with `◆教育背景◆` headings.
import sys, datetime
from lib import *

out = sys.argv[1]
doc = new_document(east_asia="微软雅黑", latin="Arial", size=10,
                   margins=(1.5, 1.4, 7.3, 1.5))
set_core(doc, title="简历模板", author="Administrator",
         created=datetime.datetime(2025, 1, 8, 10, 2))

TEAL = "1E5E6B"
W = "FFFFFF"
L = "CFE3E6"

side = []
side.append(tb_par("", size=8, color=W, after=30))
side.append(tb_par("窦语嫣", size=24, bold=True, color=W, align="center", after=4))
side.append(tb_par("求职意向：高中地理教师", size=10.5, color=L, align="center", after=22))

def side_head(s):
    side.append(tb_par(s, size=11.5, bold=True, color=W, before=10, after=6, border_bottom="8FB9C0"))

def side_line(s, after=3):
    side.append(tb_par(s, size=9.5, color=W, after=after, line=1.15))

side_head("基本信息")
for s in ["出生年月：1996.08", "籍　　贯：云南曲靖", "政治面貌：共青团员", "学　　历：硕士研究生"]:
    side_line(s)
side_head("联系方式")
for s in ["138 0013 8395", "douyuyan@example.cn", "云南省昆明市盘龙区"]:
    side_line(s)
side_head("证书")
for s in ["高级中学教师资格证（地理）", "普通话二级甲等", "全国计算机等级考试二级"]:
    side_line(s)
side_head("技能")
for s in ["ArcGIS、QGIS 专题地图制作", "Google Earth、奥维互动地图", "希沃白板、剪映（微课制作）"]:
    side_line(s)
side_head("兴趣爱好")
side_line("徒步、野外摄影、读地方志")

anchor = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
add_textbox(anchor, 0, 0, 6.4, 29.7, side, fill=TEAL, behind=True, shape_id=1,
            name="文本框 1", inset_cm=(0.6, 0.8, 0.5, 0.5))


def heading(s):
    p = para(doc, "", before=10, after=5, keep=True)
    add_run(p, s, size=13, bold=True, color=TEAL, east_asia="微软雅黑")
    para_border(p, "bottom", size=8, color=TEAL, space=2)
    return p


def entry(when, org, what):
    p = para(doc, "", before=4, after=1, keep=True)
    add_tab_stop(p, 3.3)
    add_tab_stop(p, 7.4)
    add_run(p, when, bold=True)
    add_run(p, "\t" + org, bold=True)
    add_run(p, "\t" + what)
    return p


def bullet(s):
    p = para(doc, "• " + s, indent=0.35, first=-0.35, line=1.25, after=1)
    return p


# first paragraph (holds the anchor) doubles as a spacer at the top of the main column
anchor.paragraph_format.space_after = Pt(0)

heading("◆教育背景◆")
entry("2019.09-2021.06", "滇池师范大学", "学科教学（地理）　教育硕士")
para(doc, "毕业论文：《高中地理野外实践课程的设计与实施——以昆明西山为例》", line=1.25)
entry("2015.09-2019.06", "滇池师范大学", "地理科学（师范）　本科")
para(doc, "主修课程：自然地理学、人文地理学、地图学、地理信息系统、地理教学论", line=1.25)

heading("◆工作经历◆")
entry("2021.08-至今", "昆明市滇源中学", "高中地理教师 / 班主任")
for s in [
    "任教高一至高三地理，每周12课时；2021级（7）班、（8）班跟班至高三，2024年高考地理平均分高出区平均8.6分；",
    "2022年9月起任高二（7）班班主任，该班2023年获校“文明班级”；",
    "负责学校“地理野外考察”校本课程，每学期带学生到西山、滇池湿地考察两次；",
    "参加区“青蓝工程”，与一位新教师结对，指导其完成区级汇报课。",
]:
    bullet(s)

heading("◆实习经历◆")
entry("2020.09-2020.12", "昆明市北辰中学", "地理教育实习生")
bullet("承担高一两个班的地理课，共上课36节；协助班主任做日常管理和家访。")

heading("◆获奖课例与教研◆")
for s in [
    "2023.11　《热力环流》获昆明市高中地理优质课评比一等奖",
    "2022.05　《城市内部空间结构》获盘龙区青年教师教学技能大赛二等奖",
    "2023.06　论文《大单元教学在高中地理中的应用》，《滇中教育研究》2023年第3期",
    "2022—2024　市级课题《基于核心素养的高中地理实践力培养研究》，主要成员，已结题",
]:
    para(doc, s, line=1.3, after=1)

heading("◆自我评价◆")
para(doc, "喜欢地理，也喜欢带学生走出教室。工作三年多来坚持把野外考察和地图制作带进课堂，"
          "所带班级成绩稳定。性格开朗，和学生、家长沟通顺畅，愿意承担班主任工作。",
     line=1.35)

doc.save(out)
