"""大专 new graduate, one page: "◆ 教育背景 ◆" headings, tab-stop lines (school<TAB>dates, then
major<TAB>degree; company<TAB>dates, then position<TAB>city), "-" bullets typed by hand, 籍贯 in the
contact line.  .docx and LibreOffice plain text."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_feng_lei'
d = new_doc(latin='宋体', east='宋体', size=10.5, margins=(2.0, 2.0, 2.5, 2.5))
RT = 16.0
para(d, ('冯　磊', dict(b=True, size=20)), align='c')
para(d, '电气自动化技术专业应届毕业生', align='c')
para(d, '电话：177 0000 3054　　邮箱：fenglei@example.com　　籍贯：河南周口', align='c')
para(d, '求职意向：设备维修电工 / 运维技术员　　期望城市：郑州', align='c', after=6)
def H(t): para(d, ('◆ %s ◆' % t, dict(b=True, size=12)), before=8, after=3)
EDU = ('郑州机电职业技术学院', '2021.09', '2024.06', '电气自动化技术', '大专')
H('教育背景')
tabline(d, [(EDU[0], dict(b=True)), '%s - %s' % EDU[1:3]], [(RT, 'r')])
tabline(d, [EDU[3], EDU[4]], [(RT, 'r')])
para(d, '- 主修课程：电工基础、电机与拖动、PLC应用技术、供配电技术、工厂电气控制')
COURSES = ['电工基础', '电机与拖动', 'PLC应用技术', '供配电技术', '工厂电气控制']
JOB = ('河南中原汽车零部件有限公司', '2023.11', '2024.04', '维修电工（顶岗实习）', '郑州',
       ['跟随师傅负责冲压车间设备的日常点检和电气故障排查', '独立完成变频器参数设置与电机更换20余次', '协助整理设备维修记录表，建立易损件台账'])
H('实习经历')
tabline(d, [(JOB[0], dict(b=True)), '%s - %s' % JOB[1:3]], [(RT, 'r')])
tabline(d, [JOB[3], JOB[4]], [(RT, 'r')])
for h in JOB[5]: para(d, '- ' + h)
CERT = [('低压电工作业操作证', '2023.06'), ('电工（四级）职业技能等级证书', '2023.12'), ('C1驾驶证', None)]
H('技能证书')
for n, y in CERT: para(d, '- %s%s' % (n, '（%s）' % y if y else ''))
SK = [('PLC', ['三菱FX3U', '西门子S7-200 SMART']), ('软件', ['AutoCAD', 'GX Works2', '博途V16'])]
H('专业技能')
for n, kw in SK: para(d, '- %s：%s' % (n, '、'.join(kw)))
AW = [('2023', '河南省职业院校技能大赛“现代电气控制系统安装与调试”赛项三等奖'), ('2022', '校级三好学生')]
H('在校荣誉')
for y, t in AW: para(d, '- %s年%s' % (y, t))
SUM = '动手能力强，能吃苦，服从安排，愿意从一线维修做起，接受倒班。'
H('自我评价'); para(d, SUM)
save(d, NAME)

resume = {
    'basics': {'name': '冯磊', 'label': '设备维修电工 / 运维技术员', 'phone': '177 0000 3054', 'email': 'fenglei@example.com',
               'location': {'city': '郑州'}, 'summary': SUM},
    'education': [dates(EDU[1:3], {'institution': EDU[0], 'area': EDU[3], 'studyType': EDU[4], 'courses': COURSES})],
    'work': [dates(JOB[1:3], {'name': JOB[0], 'position': JOB[3], 'location': JOB[4], 'highlights': JOB[5]})],
    'certificates': [dict({'name': n}, **({'x-date': iso(y)} if y else {})) for n, y in CERT],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'awards': [{'title': t, 'date': y} for y, t in AW],
}
write_truth(NAME, resume, ['冯　磊', '电气自动化技术专业应届毕业生', '河南周口', '（顶岗实习）'])
