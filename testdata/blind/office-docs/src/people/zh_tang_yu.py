"""Mid-level data analyst.  Big name top-left with a personal line under it; a legacy VML text box
(v:shape / v:textbox, stroked) floating at the top right holds 求职意向 / 期望城市 / 期望薪资 / 电话 /
邮箱.  Headings "▍工作经历" on light shading; job header "dates｜company｜dept position" on one line;
labelled skill groups with parenthesised asides."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_tang_yu'
d = new_doc(latin='Calibri', east='等线', size=10.5, margins=(1.8, 1.8, 2.0, 2.0))
p = para(d, ('唐　钰', dict(b=True, size=26, color='C55A11')))
vml_textbox(p, ['求职意向：高级数据分析师', '期望城市：南京', '期望薪资：18-22K', '电话：152 0000 7718', '邮箱：tangyu@example.com'],
            12.2, 1.5, 7.0, 3.0, fill='FFFFFF', stroke=True, east='等线', sid=1)
para(d, '女 ｜ 1996年生 ｜ 统计学硕士 ｜ 4年数据分析经验', after=2)
for _ in range(3): para(d, '')
def H(t):
    q = para(d, ('▍' + t, dict(b=True, size=12)), before=8, after=3); pshade(q, 'FBE4D5')
SUM = '4年电商数据分析经验，熟悉用户增长与商品分析，能独立完成从取数、建模到业务落地的全流程，沟通清晰。'
H('自我评价'); para(d, SUM)
JOBS = [('2022.07', '至今', '南京云帆电子商务有限公司', '数据分析部 高级数据分析师',
         '负责用户增长与会员业务的数据分析，支持运营、市场两个团队。',
         ['搭建会员生命周期看板，覆盖拉新、活跃、复购、流失等38个指标', '建立用户流失预警模型，召回活动ROI提升1.6倍',
          '设计并评估A/B实验40余次，沉淀实验分析规范']),
        ('2020.07', '2022.06', '苏州千寻网络科技有限公司', '数据分析师',
         '负责商品与供应链数据分析。', ['完成品类结构分析，推动下架长尾SKU 1200个', '编写SQL日报自动化脚本，节省人工约每周6小时'])]
H('工作经历')
for a, b, n, pos, s, hl in JOBS:
    para(d, ('%s - %s｜%s｜%s' % (a, b, n, pos), dict(b=True)), before=4)
    para(d, s)
    for h in hl: para(d, h, style='List Bullet')
PROJ = [('用户流失预警模型', '2023.02', '2023.08', ['Python', 'XGBoost', 'Hive'],
         '基于近90天行为数据预测会员流失概率，输出高风险人群名单给运营召回。', ['模型AUC 0.84，高风险人群召回率提升23%'])]
H('项目经历')
for n, a, b, kw, desc, hl in PROJ:
    para(d, ('%s（%s - %s）' % (n, a, b), dict(b=True)))
    para(d, '项目描述：' + desc)
    para(d, '使用技术：' + '、'.join(kw))
    for h in hl: para(d, '项目成果：' + h)
EDU = [('2018.09', '2020.06', '江宁财经大学', '应用统计', '硕士'), ('2014.09', '2018.06', '江宁财经大学', '统计学', '本科')]
H('教育背景')
for e in EDU: para(d, '%s - %s｜%s｜%s｜%s' % e)
SK = [('数据处理', 'SQL（Hive、MySQL）、Python（pandas）', ['SQL', 'Python']),
      ('可视化', 'Tableau、Power BI、ECharts', ['Tableau', 'Power BI', 'ECharts']),
      ('建模', '回归分析、聚类、XGBoost、A/B测试', ['回归分析', '聚类', 'XGBoost', 'A/B测试'])]
H('专业技能')
for n, txt, kw in SK: para(d, ('%s：' % n, dict(b=True)), txt)
H('证书与语言')
para(d, 'CDA数据分析师二级（2021）　　英语：CET-6')
save(d, NAME)

resume = {
    'basics': {'name': '唐钰', 'label': '高级数据分析师', 'phone': '152 0000 7718', 'email': 'tangyu@example.com',
               'location': {'city': '南京'}, 'summary': SUM, 'x-expectedSalary': '18-22K'},
    'work': [dates((a, b), {'name': n, 'position': pos, 'summary': s, 'highlights': hl}) for a, b, n, pos, s, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'keywords': kw, 'description': desc, 'highlights': hl}) for n, a, b, kw, desc, hl in PROJ],
    'education': [dates((a, b), {'institution': s, 'area': ar, 'studyType': deg}) for a, b, s, ar, deg in EDU],
    'skills': [{'name': n, 'keywords': kw} for n, txt, kw in SK],
    'certificates': [{'name': 'CDA数据分析师二级', 'x-date': '2021'}],
    'languages': [{'language': '英语', 'fluency': 'CET-6'}],
}
write_truth(NAME, resume, ['唐　钰', '女', '1996年生', '统计学硕士', '4年数据分析经验', 'Hive', 'MySQL', 'pandas'])
