import sys
from lib import *

d = new_doc(font="宋体", latin="Times New Roman", size=10.5)
BLUE = "1F4E79"

# the name is printed only in the page header
hp = d.sections[0].header.paragraphs[0]
run(hp, "龙守诚 · 个人简历", size=9, color="666666")
hp.alignment = 2  # right
pborder(hp, "bottom", "999999", 4)


def head(text):
    p = para(d, before=8, after=3)
    run(p, text, bold=True, size=12, color="FFFFFF", font="黑体")
    pshade(p, BLUE)
    return p


p = para(d, align="center", after=6)
run(p, "机械设计工程师 / 非标自动化", bold=True, size=15, font="黑体")

head("基本情况")
t = table(d, 4, 4, widths=[2.6, 5.9, 2.6, 5.9])
grid = [
    ("性　　别", "男", "出生年月", "1990.08"),
    ("学　　历", "本科", "工作年限", "11年"),
    ("手　　机", "186 0000 3319", "邮　　箱", "longsc_me@example.com"),
    ("现 居 地", "江苏苏州（工业园区）", "求职意向", "高级机械工程师 / 机械设计主管"),
]
for i, r in enumerate(grid):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0))
        if j % 2 == 0:
            shade(t.rows[i].cells[j], "DCE6F0")

head("工作经历")
t = table(d, 4, 4, widths=[3.3, 6.4, 3.6, 4.1])
rows = [
    ("起止时间", "工作单位", "岗位", "离职原因"),
    ("2020.03 - 至今", "苏州迈拓精密自动化设备有限公司", "机械设计主管", "（在职）"),
    ("2016.07 - 2020.02", "昆山华钧智能装备有限公司", "机械工程师", "公司搬迁至合肥"),
    ("2014.07 - 2016.06", "无锡利恒机械制造有限公司", "助理机械工程师", "个人发展"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[j], "DCE6F0")

p = para(d, before=6)
run(p, "工作描述", bold=True, size=11)
p = para(d, before=3)
run(p, "■ 迈拓精密（2020.03 - 至今）", bold=True)
para(d, "带5人机械组，负责锂电池模组/PACK段非标设备的方案设计与评审，对接客户宁德、常州两地工厂。")
for s in [
    "1、主导设计模组自动堆叠线、极耳折弯整形机等设备12台套，单线节拍由18 PPM提升至24 PPM；",
    "2、建立标准件库和选型计算表（气缸、伺服、导轨），新项目出图周期缩短约25%；",
    "3、推行DFMEA评审，设计变更单数量同比下降40%。",
]:
    para(d, s, indent=0.5)
p = para(d, before=3)
run(p, "■ 华钧智能（2016.07 - 2020.02）", bold=True)
para(d, "负责3C行业点胶、锁螺丝、视觉检测工作站的结构设计和现场调试，完成设备30余台。")
for s in [
    "1、独立完成手机中框自动点胶机设计，出图、BOM、装配调试全流程；",
    "2、配合电气工程师完成设备CE认证的机械安全整改。",
]:
    para(d, s, indent=0.5)
p = para(d, before=3)
run(p, "■ 利恒机械（2014.07 - 2016.06）", bold=True)
para(d, "绘制输送线、工装夹具图纸，参与车间试装，熟悉了机加工和钣金工艺。")

head("主要项目")
p = para(d, before=2)
run(p, "锂电池模组自动堆叠线（2022.05 - 2023.01）", bold=True)
para(d, "项目角色：机械负责人　　使用软件：SolidWorks、AutoCAD")
para(d, "项目内容：为客户新建方形电芯模组产线，含上料、扫码、涂胶、堆叠、挤压、捆扎工位，设备总长32米。")
para(d, "成果：一次通过客户FAT验收，稼动率达到95%。")
p = para(d, before=4)
run(p, "手机中框自动点胶机（2018.03 - 2018.10）", bold=True)
para(d, "项目角色：结构设计　　使用软件：SolidWorks、ANSYS Workbench")
para(d, "项目内容：三轴点胶平台+CCD定位，胶线宽度精度±0.05mm。")

head("专利")
t = table(d, 4, 5, widths=[6.4, 2.0, 4.4, 2.2, 2.4])
rows = [
    ("专利名称", "类型", "专利号", "授权时间", "本人排名"),
    ("一种锂电池极耳折弯整形机构", "实用新型", "ZL202120555123.4", "2021.11", "第一"),
    ("一种电芯堆叠用夹持定位装置", "实用新型", "ZL202220555318.0", "2022.12", "第一"),
    ("一种模组捆扎带张紧方法及装置", "发明", "ZL202210555607.2", "2024.06", "第二"),
]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9.5)

head("教育背景")
para(d, "2010.09 - 2014.06　　江苏淮扬理工学院　　机械设计制造及其自动化　　本科")

head("技能与证书")
para(d, "软件：SolidWorks（熟练）、AutoCAD、Creo、ANSYS Workbench（静力学分析）")
para(d, "专业：气动与伺服选型计算、GD&T形位公差、钣金与机加工艺、DFMEA")
para(d, "证书：CSWP（SolidWorks专业认证，2019年）；机械工程师中级职称（2021年）")

d.save(sys.argv[1])
