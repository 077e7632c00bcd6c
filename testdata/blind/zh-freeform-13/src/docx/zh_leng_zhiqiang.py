"""冷志强 — 注册监理工程师 / 总监代表. Word résumé with 第一部分 … 第七部分 headings (shaded left bar),
label lines typed with full-width spaces, a promotion with a start-year aside, and a 主要工程业绩
table (序号 / 工程名称 / 结构形式及规模 / 工程造价（万元） / 担任角色 / 起止时间 / 备注)."""
import sys
from docxlib import *

doc = new_document(east="宋体", latin="Times New Roman", size=10.5)


def part(text):
    p = para(doc, [(text, {"bold": True, "size": 12, "east": "黑体", "color": "1F3864"})], before=10, after=4)
    left_border(p, size=36, color="1F3864", space=6)
    bottom_border(p, size=4, color="8EA9DB")
    return p


para(doc, [("冷志强", {"bold": True, "size": 22, "east": "黑体"})], align=CENTER, after=2)
para(doc, [("国家注册监理工程师　｜　一级建造师　｜　高级工程师", {"size": 10.5, "color": "555555"})], align=CENTER, after=6)

part("第一部分　基本情况")
for line in ("姓　　名：冷志强　　出生年月：1984年10月　　学　　历：本科　　职　　称：高级工程师",
             "手　　机：138 0000 9163　　邮　　箱：lengzq@example.com",
             "现居住地：四川省成都市武侯区",
             "求职意向：总监理工程师 / 项目总监代表（成都及周边）"):
    para(doc, line, line=1.5)

part("第二部分　执业资格及职称")
for line in ("1. 国家注册监理工程师（土木建筑工程）　注册证书编号：51009xxxx　2016年首次注册",
             "2. 一级建造师（建筑工程）　2014年取得",
             "3. 高级工程师（建筑工程）　2020年　四川省住房和城乡建设厅评审",
             "4. 四川省建设工程安全生产考核合格证书（C 证）　2015年"):
    para(doc, line, line=1.5)

part("第三部分　工作经历")
para(doc, [("2014年3月至今　　蜀安建设工程监理有限公司　　专业监理工程师 → 总监代表（2019年起）", {"bold": True})],
     before=2, line=1.5)
para(doc, "在总监理工程师领导下主持项目监理部日常工作，负责施工组织设计和专项方案审查、质量安全巡查、"
          "进度款审核及监理月报编写，管理监理人员6—9人。", first=0.74, line=1.5)
for line in ("（1）2021—2024年任天府锦城二期项目总监代表，工程一次验收合格，零安全事故；",
             "（2）推行旁站记录电子化，项目监理资料归档时间由竣工后3个月缩短到1个月；",
             "（3）每年参加公司内部质量安全交叉检查，2022年检查评分全公司第一。"):
    para(doc, line, indent=0.74, line=1.5)
para(doc, [("2007年7月—2014年2月　　川西第三建筑工程有限公司　　施工员 → 技术负责人", {"bold": True})],
     before=6, line=1.5)
para(doc, "从施工员做起，负责钢筋、模板、混凝土分项的现场技术交底和质量控制；2011年起任项目技术负责人，"
          "编制施工组织设计和专项施工方案，组织图纸会审和隐蔽工程验收。", first=0.74, line=1.5)

part("第四部分　主要工程业绩")
t = table(doc, 5, 7, [0.9, 3.6, 3.6, 1.8, 2.3, 2.4, 2.8], borders=True)
cell_margins(t, left=60, right=60)
hdr = ("序号", "工程名称", "结构形式及规模", "工程造价（万元）", "担任角色", "起止时间", "备注")
for i, h in enumerate(hdr):
    shade_cell(t.rows[0].cells[i], "DDEBF7")
    cell_text(t.rows[0].cells[i], [[(h, {"bold": True})]], size=9, align=CENTER)
rows = [
    ("1", "天府锦城二期住宅小区（1#—9#楼及地下室）", "框剪结构，地上32层，建筑面积21.6万㎡", "58,600", "总监代表",
     "2021.03—2024.06", "获成都市安全文明施工标准化工地"),
    ("2", "成都东郊科创产业园A区厂房", "门式钢架结构，单层，建筑面积4.2万㎡", "23,400", "总监代表",
     "2019.06—2020.12", "—"),
    ("3", "锦江区妇幼保健院迁建工程", "框架结构，地上12层，建筑面积5.8万㎡", "31,200", "专业监理工程师（土建）",
     "2016.05—2019.03", "负责编写监理月报和质量评估报告"),
    ("4", "崇州市蜀州花园安置小区", "框架结构，6层，建筑面积8.9万㎡", "17,800", "技术负责人（施工单位）",
     "2011.04—2013.12", "—"),
]
for r, row in enumerate(rows, start=1):
    for c, val in enumerate(row):
        cell_text(t.rows[r].cells[c], val, size=9, align=CENTER if c in (0, 3, 5) else None)

part("第五部分　教育经历")
para(doc, "2003.09—2007.07　　西南建工学院　　土木工程（工业与民用建筑方向）　　本科", line=1.5)

part("第六部分　专业技能")
para(doc, "软件：广联达 GTJ、品茗安全计算、AutoCAD、Project、BIM（Revit 基础）", line=1.5)
para(doc, "规范：熟悉 GB 50300、GB 50204、JGJ 59 等质量验收和安全检查标准", line=1.5)

part("第七部分　自我评价")
para(doc, "施工单位干了7年、监理干了11年，两边的门道都清楚。做事认真，签字前一定到现场看，不怕得罪人；"
          "跟建设单位、总包和质监站沟通顺畅。身体好，能长期驻场。", first=0.74, line=1.5)

doc.save(sys.argv[1])
