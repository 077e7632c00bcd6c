# 智联招聘-like "下载简历 (Word)" export of a lawyer's résumé.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('微软雅黑', 10)
p = para(d, '寇文静', bold=True, size=20)
para(d, '女 | 31岁 (1993.03) | 本科 | 工作5年 | 现居住地：上海-静安区 | 户口：江苏-南通', size=9, color='555555')
para(d, '手机：138 0000 4172    E-mail：kou.wenjing@example.cn', size=9, color='555555', space_after=6)
def h(t):
    p = para(d, t, bold=True, size=12, color='1F5FAF', space_before=10, space_after=4); bottom_rule(p, '1F5FAF')
h('个人信息')
t = d.add_table(rows=3, cols=4); t.style = 'Table Grid'
for i, (a, b, c, e) in enumerate([('姓名', '寇文静', '性别', '女'), ('出生年月', '1993.03', '政治面貌', '中共党员'),
                                   ('最高学历', '本科', '婚姻状况', '已婚')]):
    for j, v in enumerate((a, b, c, e)):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0)); j % 2 == 0 and shade(t.cell(i, j), 'EEF3FA')
h('求职意向')
for l in ['期望工作地区：上海', '期望月薪：25001-35000元/月', '目前状况：在职，考虑换个新环境',
          '期望工作性质：全职', '期望从事职业：律师、法务经理', '期望从事行业：法律、企业服务']:
    para(d, l, space_after=1)
h('自我评价')
para(d, '执业第四年，专注公司商事与劳动争议，独立代理诉讼与仲裁案件四十余件；文书严谨，沟通耐心，能承受出差与加班。', space_after=2)
h('工作经验')
def job(head, lines, desc):
    para(d, head, bold=True, space_before=6, space_after=2)
    for l in lines: para(d, l, size=9, color='666666')
    para(d, '工作描述：', space_before=2)
    for x in desc: para(d, x)
job('2020.03-至今  上海恒岳律师事务所  律师助理→专职律师', ['所属行业：法律', '职位月薪：25001-35000元/月  |  企业性质：合伙制  |  规模：100-499人'],
    ['2020年3月入所担任律师助理，2021年5月取得执业证后转为专职律师，隶属争议解决部。',
     '1、独立承办公司股权纠纷、买卖合同纠纷及劳动争议案件，累计代理诉讼、仲裁案件43件，胜诉或调解结案率约85%；',
     '2、为6家常年法律顾问单位审查合同、出具法律意见书，年均审查合同300余份；',
     '3、带教2名实习律师，负责部门案例库整理。'])
job('2018.07-2020.02  苏州锦川科技股份有限公司  法务专员', ['所属行业：计算机软件', '职位月薪：6001-8000元/月  |  企业性质：民营  |  规模：500-999人'],
    ['负责公司销售合同、采购合同审核及合同台账管理；',
     '协助外部律师处理应收账款诉讼12起，回款约460万元；',
     '起草《合同管理办法》，组织法律知识培训4场。'])
h('教育经历')
para(d, '2014.09-2018.06  华东政商大学  法学  本科', bold=True, space_before=4)
para(d, '主修课程：民法、商法、民事诉讼法、合同法、劳动与社会保障法、国际私法')
h('证书')
for l in ['2017.11  法律职业资格证书（A证）', '2021.05  律师执业证', '2015.12  英语六级（CET-6）']:
    para(d, l)
h('语言能力')
para(d, '英语：读写能力熟练 | 听说能力良好')
h('专业技能')
para(d, '诉讼仲裁代理、合同审查、尽职调查、劳动人事合规')
d.save(sys.argv[1])
