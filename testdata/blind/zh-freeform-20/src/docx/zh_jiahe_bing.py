"""zh_jiahe_bing: 应届 给排水 résumé, Word, ▍ headings, four-column 教育经历 table."""
import sys
from lib import *
from docx.shared import Cm, Pt

d = new_doc(font="微软雅黑", latin="Arial", size=10, margins=(1.6, 1.6, 1.9, 1.9))
BLUE = "1F5C99"

p = para(d, "", align="center")
run(p, "邴嘉禾", bold=True, size=20, color=BLUE)
p = para(d, "", align="center", after=4)
run(p, "求职意向：给排水设计助理工程师　｜　意向城市：济南、青岛　｜　到岗时间：2026年7月", size=10)

t = d.add_table(rows=2, cols=4)
rows = [["性别：男", "出生年月：2003.10", "政治面貌：中共预备党员", "现居：山东济南"],
        ["电话：138 0013 8204", "邮箱：jiahe.bing@example.cn", "籍贯：山东淄博", "身高：178cm"]]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9.5)
widths(t, [3.4, 5.2, 4.6, 4.4])


def head(text):
    p = para(d, "", before=9, after=3)
    run(p, "▍", color=BLUE, size=12)
    run(p, text, bold=True, size=12, color=BLUE)
    para_border_bottom(p, color=BLUE, sz=6)


def line(text, bold_part=None, indent=0.0):
    p = para(d, "", indent=indent)
    if bold_part:
        run(p, bold_part, bold=True)
    run(p, text)
    return p


head("教育经历")
t = d.add_table(rows=2, cols=4)
borders(t, color="8EAADB")
hdr = ["时间", "学校", "专业", "学历"]
val = ["2022.09—2026.06", "齐鲁城建大学", "给排水科学与工程", "本科（统招）"]
for j in range(4):
    cell_text(t.cell(0, j), hdr[j], bold=True, align="center")
    shade(t.cell(0, j), "DEEAF6")
    cell_text(t.cell(1, j), val[j], align="center")
widths(t, [3.6, 5.0, 5.0, 4.0])
para(d, "", after=2)
line("3.62/4.0　　专业排名：8/126（前 7%）", "GPA：")
line("水力学、水质工程学、建筑给水排水工程、给水排水管网系统、泵与泵站、水处理生物学、工程制图与 CAD、给水排水工程施工", "主修课程：")
line("某县城 5 万 m³/d 污水处理厂改扩建工艺设计（在做）", "毕业设计：")

head("实习经历")
line("2025.07—2025.08　济南泉城市政设计研究院有限公司　给排水所　设计实习生", None).runs[0].bold = True
for s in ["参与两个住宅小区室外给排水管网施工图绘制，独立完成管线综合平面图 6 张；",
          "用鸿业软件做室内给水系统水力计算，校核后交设计人审核；",
          "跟设计人去现场踏勘 3 次，整理照片和问题记录，编写踏勘纪要。"]:
    line("· " + s, indent=0.3)
p = line("2024.07—2024.08　青岛澄源水务有限公司崂东水厂　运行班　生产实习")
p.runs[0].bold = True
p.paragraph_format.space_before = Pt(4)
for s in ["在中控室跟班学习混凝、沉淀、过滤、消毒工艺运行，记录加药量和出水浊度；",
          "参与滤池反冲洗操作 1 次，撰写 4000 字实习报告，获评“优秀”。"]:
    line("· " + s, indent=0.3)

head("项目经历")
p = line("基于 SWMM 的校园海绵化改造雨洪模拟（省级大学生创新训练项目）　2024.03—2025.03")
p.runs[0].bold = True
line("项目负责人（5 人）", "担任角色：")
for s in ["收集校园 1.2 km² 汇水区地形、管网和下垫面资料，建立 SWMM 模型并用两场实测降雨率定；",
          "比较下凹绿地、透水铺装、雨水花园三种方案，2 年一遇降雨下外排峰值流量最多削减 31%；",
          "结题评为“良好”，相关论文在投。"]:
    line("· " + s, indent=0.3)
line("SWMM、ArcGIS、AutoCAD", "使用软件：")

head("校园经历")
p = line("2023.09—2024.06　市政与环境工程学院学生会　学术部副部长")
p.runs[0].bold = True
line("· 组织“水利知识竞赛”和专业讲座 5 场，累计参与 600 余人次。", indent=0.3)

head("技能证书")
line("全国计算机等级考试二级（MS Office），2023年", "计算机：")
line("AutoCAD、天正给排水、鸿业、SWMM、Revit（基础）", "软　件：")
line("C1", "驾驶证：")

head("语言能力")
line("CET-4 552 分，CET-6 487 分", "英　语：")
line("二级甲等", "普通话：")

head("荣誉奖励")
for a, dt in [("国家励志奖学金", "2024.11"), ("全国大学生节能减排社会实践与科技竞赛 校赛二等奖", "2024.05"),
              ("校级优秀学生干部", "2024.06"), ("校一等奖学金", "2023.10")]:
    p = line("· " + a + "\t" + dt, indent=0.3)
    tab_right(p, 17.0)

head("自我评价")
line("专业基础扎实，能熟练使用 CAD 和天正出图；实习中跟过完整的施工图流程，知道图纸要经得起审。"
     "做事细致，愿意从基础的画图和计算做起，希望在设计院长期发展，三年内考取注册公用设备工程师（给水排水）。")

d.save(sys.argv[1])
