# zh_hongbin_an: 中央空调 / 制冷维保主管; Word form résumé built from bordered tables:
# 求职意向 block, 基本信息 with 家庭住址 and a photo cell, work rows with a merged 工作内容 row,
# education, a skills table with 熟练程度, certificates, awards, 自我评价.
import sys
from lib import *

OUT = sys.argv[1]
doc = new_doc(latin="宋体", east="宋体", size=10.5, margins=(1.8, 1.8, 1.5, 1.5))
set_meta(doc, title="求职简历", author="an")
W = 17.4
GREY = "D9D9D9"

para(doc, "求　职　简　历", bold=True, size=18, align="center", after=8, east="黑体")


def band(t, row, text):
    c = t.rows[row].cells[0].merge(t.rows[row].cells[-1])
    shade(c, GREY)
    cell_text(c, text, bold=True, size=11, align="center", east="黑体")


def lab(c, text):
    cell_text(c, text, bold=True, align="center")
    vcenter(c)


def val(c, text, align=None):
    cell_text(c, text, align=align)
    vcenter(c)


# 求职意向
t = fixed_table(doc, 3, 4, [2.6, 6.1, 2.6, 6.1])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "求职意向")
lab(t.cell(1, 0), "求职岗位"); val(t.cell(1, 1), "暖通空调维保主管 / 工程部主管")
lab(t.cell(1, 2), "工作地点"); val(t.cell(1, 3), "宁波、杭州")
lab(t.cell(2, 0), "期望薪资"); val(t.cell(2, 1), "10000-13000元/月")
lab(t.cell(2, 2), "到岗时间"); val(t.cell(2, 3), "一个月内")
para(doc, after=4)

# 基本信息 with photo
t = fixed_table(doc, 7, 5, [2.4, 4.3, 2.4, 4.3, 4.0])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "基本信息")
info = [("姓　　名", "安洪斌", "性　　别", "男"),
        ("出生年月", "1988年3月", "民　　族", "汉"),
        ("户　　籍", "安徽六安", "婚姻状况", "已婚"),
        ("学　　历", "大专（成人）", "工作年限", "15年"),
        ("联系电话", "138 0013 8547", "电子邮箱", "anhongbin@example.com")]
for i, r in enumerate(info, start=1):
    lab(t.cell(i, 0), r[0]); val(t.cell(i, 1), r[1])
    lab(t.cell(i, 2), r[2]); val(t.cell(i, 3), r[3])
photo = t.cell(1, 4).merge(t.cell(5, 4))
cell_text(photo, "照　片", color="A6A6A6", align="center")
vcenter(photo)
lab(t.cell(6, 0), "家庭住址")
c = t.cell(6, 1).merge(t.cell(6, 4))
val(c, "浙江省宁波市北仑区大碶街道凤栖小区 12 幢 502 室")
para(doc, after=4)

# 工作经历
jobs = [("2019.06—至今", "宁波甬悦物业服务有限公司（东部新城商业综合体项目）", "工程部暖通主管", [
            "负责 12 万㎡商业综合体中央空调系统运行与维保，管理暖通班组 9 人，设备包括离心式冷水机组 4 台、螺杆机 2 台、冷却塔 8 组；",
            "制定冷机大修与年度保养计划，组织换季开停机，连续五年无重大设备故障；",
            "推行冷冻水变流量与冷却塔群控改造，2023 年空调系统用电量同比下降 14%，节约电费约 62 万元；",
            "负责外包维保单位的监督验收及备品备件采购审核。"]),
        ("2013.03—2019.05", "宁波澄浦机电安装工程有限公司", "空调维修技术员", [
            "负责写字楼、医院多联机及风冷模块机组的安装调试与售后维修，年均处理报修 300 余单；",
            "参与某三甲医院洁净手术部空调系统调试，负责温湿度及压差平衡。"]),
        ("2009.07—2013.02", "宁波北仑锐达冷链仓储有限公司", "制冷工", [
            "值守氨制冷机房，负责压缩机、冷凝器、蒸发器的日常运行记录与巡检；",
            "2011年起担任班组长，负责 6 名制冷工排班及交接班管理。"])]
t = fixed_table(doc, 2 + 2 * len(jobs), 3, [4.0, 8.4, 5.0])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "工作经历")
for j, h in enumerate(("起止时间", "工作单位", "职　　务")):
    lab(t.cell(1, j), h)
    shade(t.cell(1, j), "F2F2F2")
r = 2
for d, org, pos, items in jobs:
    val(t.cell(r, 0), d, align="center")
    val(t.cell(r, 1), org, align="center")
    val(t.cell(r, 2), pos, align="center")
    c = t.cell(r + 1, 0).merge(t.cell(r + 1, 2))
    p = c.paragraphs[0]
    run(p, "工作内容：", bold=True)
    for k, it in enumerate(items, start=1):
        q = c.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.3)
        run(q, f"{k}. {it}")
    r += 2
para(doc, after=4)

# 教育及培训
t = fixed_table(doc, 4, 4, [4.0, 5.6, 4.2, 3.6])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "教育经历")
for j, h in enumerate(("起止时间", "学校", "专业", "学历")):
    lab(t.cell(1, j), h)
    shade(t.cell(1, j), "F2F2F2")
for i, row in enumerate((("2015.03—2018.01", "国家开放大学", "机电一体化技术", "大专（业余）"),
                         ("2006.09—2009.07", "皖西机电技工学校", "制冷设备运用与维修", "中专（技工）")), start=2):
    for j, v in enumerate(row):
        val(t.cell(i, j), v, align="center")
para(doc, after=4)

# 专业技能 with 熟练程度
skills = [("冷水机组", "约克离心机、开利螺杆机", "精通"),
          ("冷水机组", "溴化锂吸收式机组", "一般"),
          ("多联机", "大金 VRV、格力多联机", "熟练"),
          ("楼宇自控", "BA 系统、冷站群控", "熟练"),
          ("检测仪表", "冷媒检漏仪、风量罩、红外热像仪", "熟练"),
          ("办公软件", "AutoCAD、Excel", "一般")]
t = fixed_table(doc, 2 + len(skills), 3, [3.6, 10.2, 3.6])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "专业技能")
for j, h in enumerate(("类　别", "技　能", "熟练程度")):
    lab(t.cell(1, j), h)
    shade(t.cell(1, j), "F2F2F2")
for i, (a, b, c_) in enumerate(skills, start=2):
    val(t.cell(i, 0), a, align="center")
    val(t.cell(i, 1), b)
    val(t.cell(i, 2), c_, align="center")
para(doc, after=4)

# 证书 / 获奖 / 自我评价
t = fixed_table(doc, 4, 2, [3.6, 13.8])
table_borders(t, sz=6)
cell_margins(t, 50, 50, 80, 80)
band(t, 0, "证书及荣誉")
lab(t.cell(1, 0), "职业资格")
c = t.cell(1, 1)
cell_text(c, "制冷空调系统安装维修工（二级/技师）　2019年")
c.add_paragraph("特种作业操作证（制冷与空调设备运行操作作业）　2010年")
c.add_paragraph("特种作业操作证（低压电工作业）　2014年")
lab(t.cell(2, 0), "获奖情况")
val(t.cell(2, 1), "2021年　鄞州区职工职业技能竞赛 制冷工项目 第二名")
lab(t.cell(3, 0), "自我评价")
val(t.cell(3, 1), "从冷库制冷工做起，15 年一直做制冷和中央空调，安装、维修、运行、班组管理都做过；"
                  "能吃苦，服从安排，注重安全和节能，希望找一家长期稳定发展的企业。")

doc.save(OUT)
