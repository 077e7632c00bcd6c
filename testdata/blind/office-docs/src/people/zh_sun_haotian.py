"""WPS habits: 【】 headings, full-width punctuation (：，（）＋－), label columns aligned with ideographic
spaces (姓　　名：), ★ skill levels, 项目名称/项目时间/技术架构/项目描述/责任描述 label lines, full-width
numbering (1．), 所获荣誉 as one run-on paragraph.  Saved as .docx and as plain text (.txt)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_sun_haotian'
d = new_doc(latin='宋体', east='宋体', size=10.5, margins=(2.0, 2.0, 2.4, 2.4))
para(d, ('孙浩天', dict(b=True, size=22)), align='c', after=6)
for l in ['姓　　名：孙浩天　　　　　　性　　别：男',
          '出生年月：1995.11　　　　　工作经验：5年',
          '手　　机：135 0000 8842　　邮　　箱：sunhaotian@example.com',
          '现 居 地：成都　　　　　　　Gitee：gitee.com/sunht']:
    para(d, l, after=1)

def H(t):
    para(d, ('【%s】' % t, dict(b=True, size=12)), before=8, after=3)
H('求职意向')
para(d, '期望职位：高级前端工程师　　期望城市：成都　　期望薪资：20K－25K')
JOBS = [('2021.06', '至今', '成都蜀云智联科技有限公司', '前端技术组长',
         ['负责公司物联网平台前端架构与4人前端小组的任务分配、代码评审；',
          '推动组件库与低代码表单引擎建设，新页面开发效率提升约40%；',
          '制定前端监控与错误上报方案，线上白屏问题平均定位时间从半天缩短到20分钟。']),
        ('2019.07', '2021.05', '重庆山城数字科技有限公司', '前端开发工程师',
         ['负责政务小程序与后台管理系统的页面开发和接口联调；',
          '将旧项目从jQuery迁移至Vue2，首屏加载时间减少35%。'])]
H('工作经历')
for a, b, n, pos, hl in JOBS:
    para(d, ('%s－%s　　%s　　%s' % (a, b, n, pos), dict(b=True)), before=4)
    para(d, '工作内容：')
    for k, h in enumerate(hl):
        para(d, '%s．%s' % ('１２３４'[k], h), indent=0.4)
PROJ = [('智慧园区可视化大屏', '2022.03', '2022.10', ['Vue3', 'TypeScript', 'ECharts', 'Three.js'],
         '为园区管委会建设的三维可视化运营大屏，接入安防、能耗、停车等8类数据。',
         '负责三维场景加载与性能优化、图表组件封装，带领2名同事完成开发。',
         ['模型分块加载后首屏时间由9秒降至3秒']),
        ('政务服务小程序', '2020.02', '2020.09', ['uni-app', 'Vue2', 'Vant'],
         '面向市民的办事预约与进度查询小程序。', '负责预约、查询模块开发及与后端的接口联调。', [])]
H('项目经历')
for n, a, b, kw, desc, role, hl in PROJ:
    para(d, '项目名称：' + n, before=4)
    para(d, '项目时间：%s－%s' % (a, b))
    para(d, '技术架构：' + '＋'.join(kw))
    para(d, '项目描述：' + desc)
    para(d, '责任描述：' + role)
    for h in hl: para(d, '项目成果：' + h)
SK = [('Vue3', '★★★★★'), ('React', '★★★★☆'), ('TypeScript', '★★★★☆'), ('Webpack／Vite', '★★★★☆'), ('Node.js', '★★★☆☆')]
H('专业技能')
for s, st in SK: para(d, '%s　　%s' % (s, st))
EDU = ('2015.09', '2019.06', '西南信息工程学院', '软件工程', '本科')
H('教育背景')
para(d, '%s－%s　　%s　　%s　　%s' % EDU)
AW = '2023年度公司“优秀员工”；2021年“蜀云杯”内部黑客马拉松一等奖；2018年中国大学生计算机设计大赛西南赛区二等奖。'
H('所获荣誉'); para(d, AW)
SUM = '五年前端开发经验，熟悉前端工程化与可视化开发，责任心强，乐于分享，有带小团队的经验。'
H('自我评价'); para(d, SUM)
save(d, NAME)

resume = {
    'basics': {'name': '孙浩天', 'label': '高级前端工程师', 'phone': '135 0000 8842', 'email': 'sunhaotian@example.com',
               'location': {'city': '成都'}, 'summary': SUM, 'x-expectedSalary': '20K－25K',
               'profiles': [{'network': 'Gitee', 'username': 'sunht', 'url': 'https://gitee.com/sunht'}]},
    'work': [dates((a, b), {'name': n, 'position': pos, 'highlights': hl}) for a, b, n, pos, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'keywords': kw, 'description': desc, 'roles': [role], 'highlights': hl})
                 for n, a, b, kw, desc, role, hl in PROJ],
    'skills': [{'keywords': ['Vue3', 'React', 'TypeScript', 'Webpack', 'Vite', 'Node.js']}],
    'education': [dates(EDU[:2], {'institution': EDU[2], 'area': EDU[3], 'studyType': EDU[4]})],
    'awards': [{'title': '公司“优秀员工”', 'date': '2023'},
               {'title': '“蜀云杯”内部黑客马拉松一等奖', 'date': '2021'},
               {'title': '中国大学生计算机设计大赛西南赛区二等奖', 'date': '2018'}],
}
write_truth(NAME, resume, ['男', '1995.11', '5年'] + [s[1] for s in SK] + ['Webpack／Vite', '2023年度公司“优秀员工”'])
