import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

# typed the "old way": dates pushed right with two presses of Tab (default 2-character tab stops)
d = new_doc(font="宋体", latin="Arial", size=10.5)
para(d, "艾建平", bold=True, size=18)
para(d, "机械设计工程师 ｜ 非标自动化 ｜ 12年")
para(d, "手机：138 0000 4490　　邮箱：aijp@example.com　　现居：东莞")
para(d, "求职意向：机械设计主管 / 机械工程师　　期望薪资：面议", space_after=6)


def head(t):
    p = para(d, t, bold=True, size=12, space_before=8, space_after=2)
    bottom_border(p, "000000", 6)


head("工作经历")
p = para(d, "", space_before=4)
run(p, "东莞恒拓自动化设备有限公司", bold=True)
run(p, "\t\t2019.07-至今")
para(d, "职位：机械设计主管　　下属：6人")
para(d, "工作内容：负责锂电池模组非标自动化产线的机械方案设计与评审，带领6人设计小组，对接工艺、电气和采购。")
para(d, "项目经历：")
para(d, "1）方形电芯模组自动堆叠线（2021.03-2021.11）")
para(d, "　　项目描述：为客户新建12PPM模组堆叠产线，含上料、涂胶、堆叠、挤压四个工位。")
para(d, "　　本人职责：机械负责人，完成整线布局与堆叠机械手设计，主持DFMEA评审。")
para(d, "　　项目成果：产线一次验收通过，实测节拍13PPM。")
para(d, "2）激光焊接工作站改造（2022.06-2022.12）")
para(d, "　　项目描述：将人工上下料的焊接工作站改为双工位转台结构。")
para(d, "　　本人职责：转台与夹具设计、伺服电机选型计算。")
para(d, "　　项目成果：单站产能提升40%，减少操作工2人/班。")

p = para(d, "", space_before=6)
run(p, "深圳联科精密机械有限公司", bold=True)
run(p, "\t\t2013.7 – 2019.6")
para(d, "职位：机械工程师")
para(d, "工作内容：负责手机外观检测设备的机构设计、BOM整理及装配调试支持。")
para(d, "• 主导设计CCD外观检测机的上下料机构，物料破损率由0.5%降到0.08%；")
para(d, "• 编写部门《非标设计标准件选用规范》，常用件标准化率提升到75%。")

head("教育经历")
p = para(d, "")
run(p, "华南工学院", bold=True)
run(p, "\t\t\t\t2009.09-2013.06")
para(d, "机械设计制造及其自动化　本科")

head("专业技能")
para(d, "熟练使用 SolidWorks、AutoCAD；熟悉 GD&T 形位公差标注、气动与伺服选型计算；了解 ANSYS 静力学分析。")

head("证书")
para(d, "2016.05\t机械工程师（中级职称）")
para(d, "2018.11\t六西格玛绿带")

head("语言能力")
para(d, "英语：CET-4，能读懂英文设备手册")
d.save(sys.argv[1])
