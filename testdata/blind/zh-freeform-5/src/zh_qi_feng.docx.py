import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from docxlib import *
d = new_doc("宋体", 10.5, 2.0)
p = para(d, align="center"); run(p, "齐  峰", bold=True, size=22, font="黑体")
para(d, "男 ｜ 1990年4月 ｜ 大专（自考本科） ｜ 10年机械设计经验", align="center")
para(d, "手机：138 0000 6248 ｜ 邮箱：qifeng_cad@example.com ｜ 现居：宁波北仑", align="center", after=6)
def h(t):
    p = para(d, before=10, after=3); run(p, "〖" + t + "〗", bold=True, size=12, font="黑体")
h("求职意向")
para(d, "应聘岗位：机械设计主管 / 结构设计工程师　　期望城市：宁波　　期望月薪：15K-18K　　到岗：两周内")
h("工作经历")
def job(line, items, summary=None):
    p = para(d, before=6); run(p, line, bold=True)
    if summary: para(d, summary, indent=0.4)
    for i, it in enumerate(items, 1): para(d, f"{i}）{it}", indent=0.4)
job("2019.03 - 至今 ｜ 宁波海曙智能装备有限公司 ｜ 机械设计主管 ｜ 宁波", [
    "负责汽车零部件自动化装配线的方案设计和出图，带3名设计员，年均交付非标设备20台套；",
    "主导伺服压装机的标准化设计，通用件比例从35%提高到70%，设计周期缩短40%；",
    "制定部门的图纸审核和BOM管理规范，设计变更单数量减少一半。"],
    summary="下属人数：3人　　汇报对象：技术部经理")
job("2016.07 - 2019.02 ｜ 宁波甬正模塑有限公司 ｜ 模具设计工程师 ｜ 宁波", [
    "负责家电注塑模具的结构设计，累计完成模具设计80余套；",
    "配合试模和改模，分析缩痕、变形等缺陷并提出改进方案。"])
job("2013.07 - 2016.06 ｜ 慈溪市宏力五金机械厂 ｜ 机械制图员 / 技术员 ｜ 慈溪", [
    "根据工程师的草图绘制零件图和装配图，整理图纸档案；",
    "跟进车间加工，处理现场图纸问题。"])
h("项目经验")
p = para(d, before=4); run(p, "项目名称：", bold=True); run(p, "新能源汽车电机转子自动压装线")
p = para(d); run(p, "项目时间：", bold=True); run(p, "2022.04 - 2022.11")
p = para(d); run(p, "担任角色：", bold=True); run(p, "机械负责人")
p = para(d); run(p, "项目描述：", bold=True); run(p, "为客户设计转子铁芯与轴的自动压装、检测和下料工作站，节拍18秒/件。")
p = para(d); run(p, "个人职责：", bold=True); run(p, "完成整线布局、压装机构和夹具设计，进行关键零件强度校核，现场指导装调。")
p = para(d); run(p, "项目成果：", bold=True); run(p, "一次通过客户验收，设备OEE达到88%。")
h("教育经历")
para(d, "学校：浙东理工大学（自学考试）　专业：机械工程　学历：本科　时间：2015.04-2018.06")
para(d, "学校：宁波海港职业技术学院　专业：模具设计与制造　学历：大专　时间：2010.09-2013.06")
h("专业技能")
para(d, "软件：SolidWorks、AutoCAD、UG NX、Creo")
para(d, "设计：非标自动化设备、注塑模具、钣金结构、气动与伺服选型")
para(d, "其他：熟悉GD&T公差标注和ISO 2768，会用ANSYS做简单静力分析")
h("证书")
para(d, "机械工程师（中级，2021年）　　SolidWorks CSWP认证（2019年）　　机动车驾驶证C1")
h("自我评价")
para(d, "从制图员一路做到设计主管，现场经验多，画出来的图车间好加工；做事认真，愿意带新人。")
d.save(sys.argv[1])
