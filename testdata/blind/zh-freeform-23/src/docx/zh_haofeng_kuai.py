"""蒯浩峰 — 盾构隧道项目总工: Word table résumé (工作经历 with 证明人, 项目业绩 table)."""
import sys
from lib import *

out = sys.argv[1]
doc = new_doc("宋体", 10.5)
para(doc, "个 人 简 历", bold=True, size=18, align="center", font="黑体", after=8)


def heading(text):
    p = para(doc, text, bold=True, size=12, font="黑体", before=8, after=3)
    shade(p, "D9E2F3")
    return p


heading("一、基本情况")
t = doc.add_table(rows=5, cols=4)
t.style = "Table Grid"
rows = [
    ("姓　　名", "蒯浩峰", "性　　别", "男"),
    ("出生年月", "1986.04", "政治面貌", "中共党员"),
    ("学　　历", "本科", "职　　称", "高级工程师"),
    ("联系电话", "138 0013 8215", "电子邮箱", "kuaihf@example.cn"),
    ("现居住地", "江苏南京", "求职意向", "盾构隧道项目总工程师 / 技术负责人"),
]
for r, vals in zip(t.rows, rows):
    for i, v in enumerate(vals):
        cell_text(r.cells[i], v, bold=(i % 2 == 0), fill=("F2F2F2" if i % 2 == 0 else None))
widths(t, [2.6, 5.0, 2.6, 6.4])

heading("二、教育背景")
para(doc, "2004.09 — 2008.06　　川江交通学院　　土木工程（隧道与地下工程方向）　　本科 / 工学学士")

heading("三、工作经历")
t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
rows = [
    ("起止时间", "工作单位", "职务", "证明人"),
    ("2018.07—至今", "金陵城建轨道工程有限公司", "项目总工程师", "孙　立 138 0013 8303"),
    ("2013.03—2018.06", "华东隧道工程集团有限公司第三工程公司", "项目副总工程师", "钱建国 138 0013 8302"),
    ("2008.07—2013.02", "华东隧道工程集团有限公司第三工程公司", "技术员、工区技术主管", "周　伟 138 0013 8301"),
]
for j, (r, vals) in enumerate(zip(t.rows, rows)):
    for i, v in enumerate(vals):
        cell_text(r.cells[i], v, bold=(j == 0), align="center", fill=("D9E2F3" if j == 0 else None))
widths(t, [3.4, 6.0, 3.6, 3.6])
para(doc, "现任岗位主要职责：", bold=True, before=4)
for line in [
    "1. 主持项目技术管理工作，组织编制施工组织设计和盾构始发、接收、下穿建（构）筑物等专项方案，负责危大工程专家论证；",
    "2. 负责盾构选型与适应性评估、掘进参数管理和地表沉降监测数据分析，累计组织 6 台盾构安全始发 / 接收；",
    "3. 组织工法、QC 成果和科技创新申报，带领 12 人的技术部，负责新员工技术培训。",
]:
    para(doc, line)

heading("四、项目业绩")
perf = [
    ("项目名称", "规模", "担任角色", "时间"),
    ("金陵大道综合管廊盾构工程", "盾构区间 2.8 km，φ6.2 m 土压平衡盾构 2 台", "项目总工程师", "2021.03—至今"),
    ("秦淮新城轨道交通 3 号线 07 标", "2 站 3 区间，盾构掘进 4.6 km", "项目总工程师", "2018.07—2021.02"),
    ("东湖路越江隧道", "φ11.3 m 泥水平衡盾构，隧道长 1.9 km", "项目副总工程师", "2014.05—2018.06"),
    ("锡城地铁 1 号线 08 标", "盾构区间 3.2 km，联络通道 3 座", "工区技术主管", "2010.09—2013.02"),
]
t = doc.add_table(rows=len(perf), cols=4)
t.style = "Table Grid"
for j, (r, vals) in enumerate(zip(t.rows, perf)):
    for i, v in enumerate(vals):
        cell_text(r.cells[i], v, bold=(j == 0), align=("center" if (j == 0 or i > 1) else None),
                  fill=("D9E2F3" if j == 0 else None))
widths(t, [5.2, 5.6, 3.0, 3.2])

heading("五、资格证书")
for line in [
    "一级建造师（市政公用工程）　　2014年",
    "安全生产考核合格证书（B证）　　江苏省住房和城乡建设厅",
    "高级工程师（隧道与地下工程）　　2019年",
]:
    para(doc, line)

heading("六、获奖与成果")
for line in [
    "2021年　省级工法 1 项：富水砂层盾构始发端头冻结加固施工工法（第一完成人）",
    "2019年　论文《富水砂层大直径泥水盾构掘进参数优化》，发表于《地下工程与施工》2019年第4期",
    "2017年　集团优秀项目总工",
]:
    para(doc, line)

heading("七、专业技能")
para(doc, "熟悉土压平衡及泥水平衡盾构施工工艺、管片拼装与同步注浆控制；熟练使用 AutoCAD、Civil 3D、广联达、Project；"
          "能独立编制专项施工方案并组织专家论证。")

heading("八、自我评价")
para(doc, "从事盾构隧道施工技术管理十六年，经历过富水砂层、上软下硬和下穿运营线等复杂工况，技术功底扎实，"
          "善于沟通协调，能承受长期驻场工作。")
doc.save(out)
