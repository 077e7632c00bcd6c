# 薛宁 — 手术室护士 / 护理组长. Word 2016 style: name and contacts typed into a text box (Insert >
# Text Box, stored as DrawingML with a VML fallback), a second box for the photo, 【】 headings,
# entries aligned with a centre tab and a right tab.
import sys
from docxlib import *

d = new_doc(east="微软雅黑", west="Calibri", size=10.5, margins=(1.5, 1.5, 2.0, 2.0))
p0 = para(d, "")
textbox(p0, [("薛　宁", dict(size=22, bold=True, color="1F4E79")),
             ("求职意向：手术室护士 / 护理组长", dict(size=11)),
             ("电话：139 0000 4417　　邮箱：xuening_or@example.cn　　现居：浙江杭州", dict(size=10))],
        w_cm=13.0, h_cm=2.9, x_cm=0, y_cm=0, fill="F2F2F2", line=None, wrap="topbottom")
textbox(p0, [("", {}), ("照片", dict(size=10, color="A6A6A6", align="center"))],
        w_cm=2.5, h_cm=3.2, x_cm=14.5, y_cm=-0.1, fill="FFFFFF", line="A6A6A6", wrap="topbottom")


def heading(t):
    p = para(d, "【" + t + "】", bold=True, size=12, color="1F4E79", before=8, after=3)
    para_border_bottom(p, sz=6, color="1F4E79")
    return p


def entry(left, mid, right, bold=True):
    p = para(d, "", before=4)
    add_tabs(p, (8.5, "center"), (17.0, "right"))
    run(p, left, bold=bold)
    run(p, "\t" + mid, bold=bold)
    run(p, "\t" + right)
    return p


def bullet(t):
    p = para(d, "· " + t, indent=0.4)
    p.paragraph_format.first_line_indent = Cm(-0.3)
    return p


heading("教育背景")
entry("浙西医科大学", "护理学　本科", "2015.09 – 2019.06")
para(d, "主修课程：基础护理学、内科护理学、外科护理学、急危重症护理学、手术室护理、护理心理学")

heading("工作经历")
entry("杭州市之江人民医院", "手术室", "2019年7月—至今")
para(d, "岗位：手术室专科护士、护理组长（2022年3月起）", italic=True)
bullet("担任普外科、肝胆外科专科组护理组长，带领8名护士完成专科手术配合，年均参与手术1100余台；")
bullet("负责新入科护士和实习护生带教，编写《腹腔镜手术器械配合手册》，带教护生46人；")
bullet("参与医院日间手术室开设，梳理术前核查、器械清点和交接流程，器械清点差错为零；")
bullet("作为院感联络员，每月进行手卫生和无菌操作督查，科室手卫生依从率由82%提升至96%。")
entry("浙西医科大学附属第一医院", "临床护理实习生", "2018年7月—2019年4月")
bullet("轮转普外科、心内科、急诊科、ICU和手术室，完成各科室出科考核，获评“优秀实习生”。")

heading("执业资格与培训")
for t in ("护士执业证书（2019年）",
          "浙江省手术室专科护士培训合格证书（2021年）",
          "AHA基础生命支持（BLS）证书（2023年）",
          "护理学专业初级（师）资格（2021年）"):
    bullet(t)

heading("专业技能")
para(d, "熟练掌握普外科、骨科、泌尿外科手术的器械配合和巡回护理；熟悉达芬奇机器人手术配合流程；"
        "能熟练操作高频电刀、超声刀、腹腔镜设备；了解手术室感染控制规范。", line=1.3)

heading("获奖荣誉")
p = para(d, ""); add_tabs(p, (2.2, "left")); run(p, "2023年\t院级“优秀护士”")
p = para(d, ""); add_tabs(p, (2.2, "left")); run(p, "2021年\t浙江省手术室护理技能竞赛团体三等奖")

heading("语言能力")
para(d, "英语：CET-4，能阅读英文器械说明书　　普通话：二级乙等")

heading("自我评价")
para(d, "有五年手术室工作经验，熟悉各类腔镜手术配合，工作中严格执行查对制度；"
        "抗压能力强，能适应夜班和急诊手术；带教有耐心，善于总结流程。", line=1.3)
d.save(sys.argv[1])
