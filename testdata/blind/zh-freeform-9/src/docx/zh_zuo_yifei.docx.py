# 猎聘-like "下载Word简历": label/value rows in borderless tables, 职责业绩 blocks, 项目经历 with labels.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('微软雅黑', 9.5, 1.8)
p = para(d); run(p, '左一飞', bold=True, size=18); run(p, '   机械设计工程师', size=11, color='666666')
para(d, '男 · 27岁 · 本科 · 工作3年 · 苏州', color='666666', space_after=6)
def h(t):
    p = para(d, t, bold=True, size=11.5, space_before=10, space_after=4); bottom_rule(p, 'CC3333', '10')
def kv(rows, w=(3, 13)):
    t = d.add_table(rows=0, cols=2); no_borders(t)
    for k, v in rows:
        r = t.add_row().cells; cell_text(r[0], k, color='888888'); cell_text(r[1], v)
    widths(t, w)
h('基本信息')
kv([('手机号码', '139 0000 3317'), ('电子邮件', 'zuoyifei@example.cn'), ('所在地区', '江苏-苏州'), ('当前状态', '在职，看看新机会')])
h('求职意向')
kv([('期望职位', '结构工程师、机械设计工程师'), ('期望地点', '苏州、上海'), ('期望年薪', '18-24万'), ('期望行业', '工业自动化、新能源设备')])
h('工作经历')
def job(left, right, rows, lines):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), left, bold=True); cell_text(t.cell(0, 1), right, color='888888')
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT; widths(t, (12, 5))
    kv(rows)
    para(d, '职责业绩：', color='888888', space_before=2)
    for l in lines: para(d, l)
job('苏州恒立精密装备有限公司 | 机械设计工程师', '2021.07 - 至今（3年）',
    [('所在部门', '非标设计部'), ('汇报对象', '设计经理'), ('下属人数', '0'), ('工作地点', '苏州')],
    ['负责锂电池模组自动化产线非标设备的机械结构设计，从方案、出图到装配调试全流程跟进。',
     '· 独立完成12台套非标设备设计，单台设计周期平均缩短15%；',
     '· 编制BOM和外购件选型（气缸、导轨、伺服），年降本约38万元；',
     '· 参与现场调试与客户验收，处理装配问题单150余项。'])
para(d, '项目经历', bold=True, space_before=8)
for l in ['项目名称：方形电芯堆叠机（2022.03-2022.11）',
          '项目职责：负责堆叠工位和夹爪机构设计，完成三维建模、强度校核及二维出图。',
          '项目业绩：节拍由12 PPM提升至18 PPM，设备通过客户验收并复制6台。',
          '项目名称：模组自动涂胶工作站（2023.05-2023.12）',
          '项目职责：负责涂胶龙门结构及治具设计，协调电气和视觉工程师联调。',
          '项目业绩：涂胶不良率由1.8%降至0.4%，申请实用新型专利1项。']:
    para(d, l, space_after=1)
job('昆山精工机械有限公司 | 机械设计实习生', '2020.07 - 2020.09',
    [('所在部门', '技术部'), ('工作地点', '昆山')],
    ['协助工程师绘制工装夹具图纸，整理标准件库。'])
h('教育经历')
t = d.add_table(rows=1, cols=2); no_borders(t)
cell_text(t.cell(0, 0), '江南理工大学 | 机械设计制造及其自动化 | 本科 | 统招', bold=True)
cell_text(t.cell(0, 1), '2017.09 - 2021.06', color='888888'); widths(t, (12, 5))
para(d, '成绩排名：前15%　　主修课程：机械原理、机械设计、材料力学、理论力学、液压与气动')
h('专利')
for l in ['一种电芯堆叠用柔性夹爪（实用新型，第一发明人），授权公告日 2023.04',
          '一种模组涂胶定位治具（实用新型，第二发明人），2024.01 申请中']:
    para(d, l)
h('技能')
kv([('设计软件', 'SolidWorks（精通）、AutoCAD（熟练）、UG NX（了解）'), ('分析', 'ANSYS Workbench 静力学分析、公差分析'),
    ('语言能力', '英语 CET-6（512分），能读英文技术资料')])
h('证书')
para(d, 'CSWP（SolidWorks专业认证）  2022.08')
d.save(sys.argv[1])
