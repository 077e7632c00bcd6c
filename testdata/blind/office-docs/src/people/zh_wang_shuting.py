"""WPS/Word 表格式简历 downloaded from a template site: one bordered 5-column grid, label cells,
photo cell merged over five rows with a grey placeholder picture, section header rows merged across
and shaded, each section's content in one merged cell with several lines."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_wang_shuting'
d = new_doc(east='宋体', size=10.5, margins=(1.8, 1.8, 2.0, 2.0))
para(d, ('个 人 简 历', dict(b=True, size=20)), align='c', after=8)
W = [2.4, 4.6, 2.4, 4.2, 3.4]
t = table(d, 15, 5, W, borders='single')
L = dict(b=True)
grid = [('姓　　名', '王书婷', '性　　别', '女'),
        ('出生年月', '2002.03', '政治面貌', '共青团员'),
        ('民　　族', '汉', '籍　　贯', '安徽芜湖'),
        ('毕业院校', '江淮财经学院', '学　　历', '本科'),
        ('专　　业', '财务管理', '外语水平', '英语 CET-6（531分）')]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        cell_text(t.cell(r, c), (v, L) if c % 2 == 0 else v)
        if c % 2 == 0:
            cshade(t.cell(r, c), 'F2F2F2')
        valign(t.cell(r, c))
ph = t.cell(0, 4).merge(t.cell(4, 4))
png = placeholder_png('/tmp/_ph_wst.png')
ph.paragraphs[0].add_run().add_picture(png, width=Cm(2.6))
ph.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
cell_text(t.cell(5, 0), ('联系电话', L)); cshade(t.cell(5, 0), 'F2F2F2')
cell_text(t.cell(5, 1), '138 0000 4127')
cell_text(t.cell(5, 2), ('电子邮箱', L)); cshade(t.cell(5, 2), 'F2F2F2')
cell_text(t.cell(5, 3).merge(t.cell(5, 4)), 'wangshuting@example.cn')
cell_text(t.cell(6, 0), ('求职意向', L)); cshade(t.cell(6, 0), 'F2F2F2')
cell_text(t.cell(6, 1), '财务助理 / 会计')
cell_text(t.cell(6, 2), ('期望城市', L)); cshade(t.cell(6, 2), 'F2F2F2')
cell_text(t.cell(6, 3), '合肥')
cell_text(t.cell(6, 4), '期望薪资：5000-6000元/月')

EDU = ('2020.09—2024.06', '江淮财经学院', '财务管理', '本科')
COURSES = ['中级财务会计', '成本会计', '财务管理', '税法', '审计学', '管理会计']
JOBS = [('2023.07—2023.09', '合肥恒嘉会计师事务所', '审计助理（实习）',
         ['协助完成3家制造业企业年度审计的底稿整理与银行函证工作；',
          '使用Excel对应收账款做账龄分析，发现并提示2笔长期异常挂账；',
          '参与存货监盘，核对盘点表与系统数据差异并编制说明。']),
        ('2022.07—2022.08', '芜湖兴裕农商银行城东支行', '大堂助理（暑期实习）',
         ['引导客户办理业务，协助柜面整理凭证、装订会计档案；',
          '整理网点月度业务量台账，完成数据核对。'])]
VOL = ('2022.03—2023.12', '芜湖市青弋江图书馆', '志愿讲解员', '周末为小学生团体讲解馆藏地方文献，累计服务120小时。')
sections = [
    ('教育经历', ['%s　%s　%s　%s' % EDU, '主修课程：' + '、'.join(COURSES), 'GPA：3.62/4.0（专业前15%）']),
    ('实习经历', sum([['%s　%s　%s' % j[:3]] + ['%d. %s' % (k + 1, h) for k, h in enumerate(j[3])] for j in JOBS], [])),
    ('志愿服务', ['%s　%s　%s' % VOL[:3], VOL[3]]),
    ('技能证书', ['初级会计专业技术资格（2023.05）、全国计算机等级考试二级（MS Office）']),
    ('专业技能', ['熟练使用用友U8、金蝶K/3、Excel（数据透视表、VLOOKUP）等财务软件与办公软件']),
    ('所获荣誉', ['2021—2022学年校级一等奖学金；2022年全国大学生数学竞赛（非数学类）安徽赛区三等奖；2023年校级“优秀学生干部”。']),
    ('自我评价', ['性格细致踏实，对数字敏感，做事有条理；具备良好的沟通能力和团队合作意识，能够快速学习新的财务制度与软件。']),
]
r = 7
for head, lines in sections:
    h = t.cell(r, 0).merge(t.cell(r, 4)); cell_text(h, (head, dict(b=True, size=11))); cshade(h, 'D9D9D9')
    c = t.cell(r + 1, 0).merge(t.cell(r + 1, 4))
    cell_text(c, lines[0])
    for l in lines[1:]:
        c.add_paragraph(l)
    r += 2
    if r >= 15:
        break
# the grid has 15 rows: header rows 7,9,11,13 + content; add rows for remaining sections
for head, lines in sections[4:]:
    row = t.add_row(); h = row.cells[0].merge(row.cells[4]); cell_text(h, (head, dict(b=True, size=11))); cshade(h, 'D9D9D9')
    row = t.add_row(); c = row.cells[0].merge(row.cells[4]); cell_text(c, lines[0])
save(d, NAME)

resume = {
    'basics': {'name': '王书婷', 'label': '财务助理 / 会计', 'email': 'wangshuting@example.cn',
               'phone': '138 0000 4127', 'location': {'city': '合肥'}, 'x-expectedSalary': '5000-6000元/月',
               'summary': sections[-1][1][0]},
    'work': [dates(j[0].split('—'), {'name': j[1], 'position': j[2], 'highlights': j[3]}) for j in JOBS],
    'volunteer': [dates(VOL[0].split('—'), {'organization': VOL[1], 'position': VOL[2], 'summary': VOL[3]})],
    'education': [dates(EDU[0].split('—'), {'institution': EDU[1], 'area': EDU[2], 'studyType': EDU[3],
                                              'score': '3.62/4.0', 'courses': COURSES})],
    'certificates': [{'name': '初级会计专业技术资格', 'x-date': '2023-05'},
                     {'name': '全国计算机等级考试二级（MS Office）'}],
    'skills': [{'keywords': ['用友U8', '金蝶K/3', 'Excel']}],
    'awards': [{'title': '校级一等奖学金'},
               {'title': '全国大学生数学竞赛（非数学类）安徽赛区三等奖', 'date': '2022'},
               {'title': '校级“优秀学生干部”', 'date': '2023'}],
    'languages': [{'language': '英语', 'fluency': 'CET-6（531分）'}],
}
write_truth(NAME, resume, ['个 人 简 历', '女', '2002.03', '共青团员', '汉', '安徽芜湖', '2021—2022学年',
                           '专业前15%', '财务软件', '办公软件', '数据透视表', 'VLOOKUP', '照片'])
