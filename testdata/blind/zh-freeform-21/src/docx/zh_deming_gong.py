"""巩德明 — 国企社会招聘 应聘人员登记表 (one grid made of stacked tables)."""
import sys
from lib import *

out = sys.argv[1]
doc = new_document(east="宋体", ascii_font="Times New Roman", size=10.5, margins=(1.8, 1.6, 1.8, 1.8))
set_core(doc, title="应聘人员登记表", author="gdm")

para(doc, "华储新能源集团有限公司2025年社会招聘", bold=True, size=15, align=CENTER, east="黑体")
para(doc, "应聘人员登记表", bold=True, size=18, align=CENTER, east="黑体", after=6)
p = para(doc, "", after=3)
runs(p, [("应聘岗位：", dict(bold=True)), ("新能源功率预测工程师", {}),
         ("　　　　　　　　　　　　　　填表日期：2025年11月", {})])

W = 17.4
LBL = "F2F2F2"


def tbl(rows, cols, widths):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, size=6)
    col_widths(t, widths)
    cell_margins(t, top=0.06, bottom=0.06, left=0.12, right=0.12)
    return t


def lab(cell, text):
    cell_text(cell, text, align=CENTER)
    shade_cell(cell, LBL)
    cell_valign(cell)


def val(cell, text, align=CENTER):
    cell_text(cell, text, align=align)
    cell_valign(cell)


# ---- basic grid -------------------------------------------------------------
t = tbl(9, 7, [2.3, 2.5, 2.0, 2.4, 2.2, 3.2, 2.8])
r = t.rows
lab(r[0].cells[0], "姓　　名"); val(r[0].cells[1], "巩德明")
lab(r[0].cells[2], "性　别"); val(r[0].cells[3], "男")
lab(r[0].cells[4], "出生年月"); val(r[0].cells[5], "1990.11")
photo = r[0].cells[6].merge(r[3].cells[6])
val(photo, "（近期免冠\n彩色照片）")
lab(r[1].cells[0], "民　　族"); val(r[1].cells[1], "汉族")
lab(r[1].cells[2], "籍　贯"); val(r[1].cells[3], "甘肃天水")
lab(r[1].cells[4], "政治面貌"); val(r[1].cells[5], "中共党员")
lab(r[2].cells[0], "参加工作时间"); val(r[2].cells[1], "2013.07")
lab(r[2].cells[2], "健康状况"); val(r[2].cells[3], "良好")
lab(r[2].cells[4], "婚姻状况"); val(r[2].cells[5], "已婚")
lab(r[3].cells[0], "专业技术职务"); val(r[3].cells[1], "工程师")
lab(r[3].cells[2], "取得时间"); val(r[3].cells[3], "2019.12")
lab(r[3].cells[4], "外语水平"); val(r[3].cells[5], "英语六级")
edu = r[4].cells[0].merge(r[5].cells[0]); lab(edu, "学历学位")
lab(r[4].cells[1], "全日制教育"); val(r[4].cells[2].merge(r[4].cells[3]), "本科 / 理学学士")
lab(r[4].cells[4], "毕业院校及专业"); val(r[4].cells[5].merge(r[4].cells[6]), "陇原大学　大气科学")
lab(r[5].cells[1], "在职教育"); val(r[5].cells[2].merge(r[5].cells[3]), "硕士研究生 / 工程硕士")
lab(r[5].cells[4], "毕业院校及专业"); val(r[5].cells[5].merge(r[5].cells[6]), "陇原大学　资源与环境")
lab(r[6].cells[0].merge(r[6].cells[1]), "现工作单位及职务")
val(r[6].cells[2].merge(r[6].cells[6]), "天水市麦川区气象局　气象台副台长", align=LEFT)
lab(r[7].cells[0], "联系电话"); val(r[7].cells[1].merge(r[7].cells[2]), "138 0013 8507")
lab(r[7].cells[3], "电子邮箱"); val(r[7].cells[4].merge(r[7].cells[6]), "gongdeming@example.cn")
lab(r[8].cells[0], "通讯地址")
val(r[8].cells[1].merge(r[8].cells[6]), "甘肃省天水市麦川区渭滨路18号", align=LEFT)
for row in t.rows:
    row_height(row, 0.72)

# ---- 学习经历 -----------------------------------------------------------------
study = [("2006.09-2009.06", "天水市麦川区第二中学", "—", "高中", "—"),
         ("2009.09-2013.06", "陇原大学", "大气科学", "本科", "理学学士"),
         ("2016.09-2019.06", "陇原大学（在职）", "资源与环境", "硕士研究生", "工程硕士")]
t = tbl(1 + len(study), 6, [1.2, 3.2, 4.6, 3.4, 2.4, 2.6])
lab(t.rows[0].cells[0].merge(t.rows[-1].cells[0]), "学习经历")
for i, h in enumerate(["起止时间", "学校", "专业", "学历", "学位"]):
    lab(t.rows[0].cells[i + 1], h)
for k, rowv in enumerate(study):
    for i, v in enumerate(rowv):
        val(t.rows[k + 1].cells[i + 1], v)

# ---- 工作经历 -----------------------------------------------------------------
jobs = [("2021.07-至今", "天水市麦川区气象局", "气象台　副台长", "何建平　0938-5550172"),
        ("2017.01-2021.06", "天水市麦川区气象局", "气象台　预报员", "赵文涛　0938-5550186"),
        ("2013.07-2016.12", "天水市麦川区气象局", "综合观测站　观测员", "李秋菊　0938-5550143")]
t = tbl(1 + len(jobs), 5, [1.2, 3.2, 4.6, 4.0, 4.4])
lab(t.rows[0].cells[0].merge(t.rows[-1].cells[0]), "工作经历")
for i, h in enumerate(["起止时间", "工作单位", "部门及职务", "证明人及电话"]):
    lab(t.rows[0].cells[i + 1], h)
for k, rowv in enumerate(jobs):
    for i, v in enumerate(rowv):
        val(t.rows[k + 1].cells[i + 1], v)


def block(label, lines, height=None):
    t = tbl(1, 2, [1.2, 16.2])
    lab(t.rows[0].cells[0], label)
    c = t.rows[0].cells[1]
    cell_text(c, "\n".join(lines), align=JUSTIFY)
    cell_valign(c)
    if height:
        row_height(t.rows[0], height)
    return t


block("主要工作业绩", [
    "1．负责麦川区短期、短时临近天气预报和重大活动气象保障，2022—2024年24小时晴雨预报准确率88.6%，连续三年居全市第一。",
    "2．牵头建立区级智能网格预报订正流程，把温度、降水格点预报的人工订正时间由每次约90分钟缩短到30分钟。",
    "3．为辖区3座光伏电站、1座风电场提供辐照度和轮毂高度风速专项预报，编写《新能源场站气象服务手册》。",
    "4．参与市级科研项目《陇东南强对流天气短临预警指标研究》（2020—2022），负责雷达资料分析，项目通过验收。",
])
block("奖惩情况", [
    "2018年　天水市气象局“2018年度重大气象服务先进个人”",
    "2021年　天水市气象学会第九届青年气象论坛优秀论文二等奖",
    "2022年、2024年　年度考核“优秀”等次",
    "无违纪及处分情况。",
])
block("资格证书", [
    "气象专业中级专业技术资格（工程师），2019年12月",
    "全国计算机等级考试二级（C语言），2011年",
    "机动车驾驶证 C1",
])
block("特长及技能", [
    "预报业务系统：MICAPS 4、SWAN 2.0、CIMISS 数据检索",
    "编程及数据处理：Python（xarray、MetPy）、NCL、Shell",
    "其他：ArcGIS、Office 办公软件",
])

# ---- 家庭成员 -----------------------------------------------------------------
fam = [("妻子", "马晓琳", "1992.03", "群众", "天水市麦川区第二小学　教师"),
       ("父亲", "巩志华", "1963.08", "中共党员", "退休")]
t = tbl(1 + len(fam), 6, [1.2, 1.8, 2.2, 2.2, 2.4, 7.6])
lab(t.rows[0].cells[0].merge(t.rows[-1].cells[0]), "家庭主要成员")
for i, h in enumerate(["称谓", "姓名", "出生年月", "政治面貌", "工作单位及职务"]):
    lab(t.rows[0].cells[i + 1], h)
for k, rowv in enumerate(fam):
    for i, v in enumerate(rowv):
        val(t.rows[k + 1].cells[i + 1], v)

block("自我评价", [
    "从事气象观测和预报工作12年，熟悉天气预报业务流程，近三年一直为新能源场站做专项预报，对辐照度、风速预报误差的来源有较多实际体会。工作踏实，服从安排，能适应值班和出差。希望把气象预报的经验用到新能源功率预测中。",
])
t = tbl(1, 1, [17.4])
cell_text(t.rows[0].cells[0],
          "本人承诺：以上所填信息真实准确，如有不实，愿承担相应责任。\n"
          "　　　　　　　　　　　　　　　　　　　　　　　　签名：　　　　　　　日期：　　年　　月　　日")
doc.save(out)
