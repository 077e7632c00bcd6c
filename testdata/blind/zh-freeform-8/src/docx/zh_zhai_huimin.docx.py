import sys
from docxlib import *
d = new_doc(east='宋体', size=10.5)
para(d, '个 人 简 历', bold=True, size=20, align='center')
t = d.add_table(rows=5, cols=5); borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [('姓    名', '翟慧敏', '性    别', '女'), ('出生年月', '1991.05', '民    族', '汉'),
        ('联系电话', '138 0000 3916', '电子邮箱', 'zhaihuimin@example.com'),
        ('现 居 地', '广州天河', '工作年限', '10年'), ('求职意向', '人力资源经理 / HRBP', '期望薪资', '税前 20K/月')]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j); cell_text(c, v, bold=(j % 2 == 0), align='center')
        if j % 2 == 0: shade(c, 'DCE6F1')
ph = t.cell(0, 4).merge(t.cell(3, 4)); cell_text(ph, '照片', align='center')
cell_text(t.cell(4, 4), '')
widths(t, [2.4, 4.2, 2.4, 4.6, 3.0])

def sec(title):
    p = para(d, ''); p.paragraph_format.space_before = Pt(10)
    run(p, '■ ' + title, bold=True, size=13, color='1F4E79'); bottom_rule(p)

sec('工作经历')
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '广州汇通物流集团有限公司　人力资源部', bold=True); run(p, '\t2017.03-至今')
para(d, '2017.03 招聘助理 → 2019.06 招聘主管 → 2021.01 人力资源经理', color='555555')
para(d, '现负责集团华南区 1200 人的招聘、绩效与员工关系，直接管理 6 人团队。')
for s in ['搭建校招体系，三年累计招聘管培生 180 人，一年留存率 82%',
          '推行季度 OKR + 年度述职的绩效方案，覆盖 9 个子公司',
          '处理劳动仲裁案件 14 起，无一败诉；完成 2 次组织架构调整的人员安置',
          '上线北森招聘系统，平均招聘周期由 35 天降至 22 天']:
    para(d, '• ' + s, indent=0.4)
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '佛山嘉禾家电有限公司　人事专员', bold=True); run(p, '\t2015.07-2017.02')
para(d, '负责生产基地蓝领招聘、入离职与社保公积金办理，月均入职 60 人。')

sec('教育背景')
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '华南商学院　人力资源管理　本科'); run(p, '\t2011.09-2015.06')

sec('证书资质')
para(d, '企业人力资源管理师（二级）　2020年')
para(d, '中级经济师（人力资源管理）　2018年')
para(d, '英语 CET-4')

sec('培训经历')
para(d, '2022.10　北森人才管理研究院「HRBP 实战训练营」')
para(d, '2019.04　劳动法实务与用工风险防范（广州市人社局）')

sec('技能特长')
para(d, '北森、SAP SuccessFactors、钉钉人事；Excel 薪酬测算；结构化面试、劳动法实务')

sec('自我评价')
para(d, '十年制造与物流行业人力资源经验，从招聘做到综合管理，懂业务也懂一线员工；做事有韧性，推得动变革。')
d.save(sys.argv[1])
