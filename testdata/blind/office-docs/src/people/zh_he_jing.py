"""Teacher's résumé, 2 pages: every heading is text inside a one-cell table with a shaded cell;
求职意向 block of label lines (意向岗位 / 期望城市 / 期望薪资); job header "dates　school　position";
duties as Word numbering (List Number); certificates and honours as "year　text" lines; a paper in
《》 with journal and issue; exported from the DOCX to PDF and saved as plain text (no DOCX shipped)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_he_jing'
d = new_doc(latin='Times New Roman', east='仿宋', size=11, margins=(2.2, 2.2, 2.5, 2.5))
para(d, ('何　静', dict(b=True, size=22, font='黑体')), align='c')
para(d, '中学语文教师 · 12年教龄', align='c')
para(d, '电话 158 0000 2796 ｜ 邮箱 hejing@example.cn ｜ 长沙', align='c', after=6)

def H(t):
    tb = table(d, 1, 1, [16.0], borders='single', )
    cell_text(tb.cell(0, 0), (t, dict(b=True, size=12, font='黑体')))
    cshade(tb.cell(0, 0), 'E2EFD9')
    para(d, '', after=0)
H('求职意向')
for l in ['意向岗位：高中语文教师 / 语文教研组长', '期望城市：长沙', '期望薪资：12K-15K']: para(d, l)
SUM = '从事语文教学12年，带过三届高三毕业班，擅长整本书阅读与作文教学，所带班级高考语文平均分连续三年高于市均分8分以上。'
H('个人简介'); para(d, SUM, first=0.8)
JOBS = [('2016.08', '至今', '长沙市湘麓中学', '高中语文教师 / 备课组长',
         ['担任高二、高三语文教学，兼任备课组长，组织每周集体备课与公开课听评课；',
          '开发校本选修课《湖湘文化读写》，累计选课学生400余人；',
          '指导青年教师3名，其中2人获区级优质课一等奖。']),
        ('2012.09', '2016.07', '株洲市荷塘区启航学校', '初中语文教师、班主任',
         ['担任七至九年级语文教学及班主任工作；', '所带班级中考语文优秀率位列年级第一。'])]
H('工作经历')
for a, b, n, pos, hl in JOBS:
    para(d, ('%s – %s　%s　%s' % (a, b, n, pos), dict(b=True)), before=4)
    for h in hl: para(d, h, style='List Number')
EDU = ('2008.09', '2012.06', '湘中师范大学', '汉语言文学（师范）', '本科')
H('教育背景')
para(d, '%s – %s　%s　%s　%s' % EDU)
CERT = [('2012', '高级中学教师资格证（语文）'), ('2011', '普通话水平测试一级乙等'), ('2019', '中学一级教师职称')]
H('资格证书')
for y, n in CERT: para(d, '%s年　%s' % (y, n))
AW = [('2022', '长沙市高中语文优质课竞赛一等奖'), ('2020', '湘麓中学“优秀班主任”'), ('2018', '指导学生获全国中学生作文大赛省级一等奖')]
H('所获荣誉')
for y, t in AW: para(d, '%s年　%s' % (y, t))
PUB = ('整本书阅读在高中语文课堂中的实施路径', '湖南教育', '2021')
H('发表论文')
para(d, '《%s》，《%s》，%s年第6期' % PUB)
SK = ['希沃白板', '剪映', '问卷星']
H('教学技能')
para(d, '信息化教学：' + '、'.join(SK))
INT = ['书法', '古典诗词']
H('兴趣爱好'); para(d, '、'.join(INT))
save(d, NAME)

resume = {
    'basics': {'name': '何静', 'label': '高中语文教师 / 语文教研组长', 'phone': '158 0000 2796', 'email': 'hejing@example.cn',
               'location': {'city': '长沙'}, 'summary': SUM, 'x-expectedSalary': '12K-15K'},
    'work': [dates((a, b), {'name': n, 'position': pos, 'highlights': hl}) for a, b, n, pos, hl in JOBS],
    'education': [dates(EDU[:2], {'institution': EDU[2], 'area': '汉语言文学', 'studyType': EDU[4]})],
    'certificates': [{'name': n, 'x-date': y} for y, n in CERT],
    'awards': [{'title': t, 'date': y} for y, t in AW],
    'publications': [{'name': PUB[0], 'publisher': PUB[1], 'releaseDate': PUB[2]}],
    'skills': [{'name': '信息化教学', 'keywords': SK}],
    'interests': [{'name': i} for i in INT],
}
write_truth(NAME, resume, ['何　静', '中学语文教师', '12年教龄', '汉语言文学（师范）', '（师范）', '2021年第6期'])
