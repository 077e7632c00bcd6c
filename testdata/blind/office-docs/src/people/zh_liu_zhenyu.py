"""Word résumé built from several bordered tables, one per section, each with a shaded header row of
column titles (起止时间 / 工作单位 / 职位), the duties in a row merged across below; a 4-column basic-info
grid without photo; certificates as a 3-column table (name / issuer / date)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_liu_zhenyu'
d = new_doc(east='宋体', size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
para(d, ('刘振宇　个人简历', dict(b=True, size=18)), align='c', after=6)
info = [('性别', '男', '出生年月', '1991.08'), ('学历', '本科', '工作年限', '8年'),
        ('联系电话', '139 0000 2285', '电子邮箱', 'liuzhenyu@example.com'),
        ('现居地', '苏州', '求职意向', '设备主管 / 自动化工程师'), ('期望薪资', '15-18K', '到岗时间', '一个月内')]
t = table(d, len(info), 4, [2.6, 5.7, 2.6, 5.7], borders='single')
for r, row in enumerate(info):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), (v, dict(b=True)) if c % 2 == 0 else v)
        if c % 2 == 0: cshade(t.cell(r, c), 'DEEAF6')

def head(text):
    para(d, (text, dict(b=True, size=12, color='1F4E79')), before=10, after=3)

def grid(cols, widths, rows):
    t = table(d, 1, len(cols), widths, borders='single')
    for c, v in enumerate(cols):
        cell_text(t.cell(0, c), (v, dict(b=True))); cshade(t.cell(0, c), 'DEEAF6')
    for row in rows:
        if isinstance(row, list):   # merged description row
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            cell_text(m, row[0])
            for l in row[1:]: m.add_paragraph(l)
        else:
            cells = t.add_row().cells
            for c, v in enumerate(row): cell_text(cells[c], v)
    return t

JOBS = [('2019.04', '至今', '苏州恒准精密机械有限公司', '设备部 设备主管',
         '负责冲压与焊接车间共86台设备的维护保养、备件管理和技改项目。',
         ['建立TPM点检体系，设备综合效率（OEE）由71%提升至83%；',
          '主导2条焊装线PLC改造（西门子S7-1200），故障停机时间下降40%；',
          '带领6人维修班组，编制设备操作规程SOP 32份。']),
        ('2015.07', '2019.03', '无锡拓联自动化设备有限公司', '电气工程师',
         '负责非标自动化设备的电气设计、PLC编程与现场调试，累计交付设备40余台。',
         ['参与锂电池极片分切机项目，完成伺服定位程序与HMI界面开发；',
          '编写电气图纸与调试手册，为客户现场培训操作人员。'])]
head('工作经历')
rows = []
for j in JOBS:
    rows.append(('%s—%s' % j[:2], j[2], j[3]))
    rows.append(['工作内容：' + j[4]] + ['%d、%s' % (k + 1, h) for k, h in enumerate(j[5])])
grid(['起止时间', '工作单位', '职位'], [3.6, 7.6, 5.4], rows)

EDU = ('2011.09', '2015.06', '淮扬工业大学', '机械电子工程', '本科')
head('教育背景')
grid(['起止时间', '学校', '专业', '学历'], [3.6, 5.6, 4.6, 2.8], [('%s—%s' % EDU[:2],) + EDU[2:]])

CERTS = [('低压电工作业操作证', '苏州市应急管理局', '2016.05'),
         ('中级工程师（机械工程）', '江苏省人力资源和社会保障厅', '2021.12')]
head('资格证书')
grid(['证书名称', '发证机构', '取得时间'], [6.0, 7.0, 3.6], CERTS)

SK = [('制图软件', ['AutoCAD', 'SolidWorks']), ('PLC', ['西门子S7-1200', 'S7-1500', '三菱FX5U']),
      ('管理工具', ['精益生产', 'TPM', '5S'])]
head('专业技能')
for k, (n, kw) in enumerate(SK):
    para(d, '%d、%s：%s' % (k + 1, n, '、'.join(kw)))
SUM = '八年制造业设备管理与电气自动化经验，动手能力强，熟悉从设备选型、安装调试到日常维保的全过程，能吃苦，服从安排。'
head('自我评价')
para(d, SUM)
save(d, NAME)

resume = {
    'basics': {'name': '刘振宇', 'label': '设备主管 / 自动化工程师', 'phone': '139 0000 2285',
               'email': 'liuzhenyu@example.com', 'location': {'city': '苏州'}, 'summary': SUM,
               'x-expectedSalary': '15-18K', 'x-availability': '一个月内'},
    'work': [dates(j[:2], {'name': j[2], 'position': j[3], 'summary': j[4], 'highlights': j[5]}) for j in JOBS],
    'education': [dates(EDU[:2], {'institution': EDU[2], 'area': EDU[3], 'studyType': EDU[4]})],
    'certificates': [{'name': c[0], 'issuer': c[1], 'x-date': iso(c[2])} for c in CERTS],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
}
write_truth(NAME, resume, ['男', '1991.08', '8年', '设备部', '刘振宇　个人简历', '个人简历'])
