"""Word template with borderless tables for layout: every section is a two-column table, a narrow left
column of dates ("2020.03 - 至今") and a right column with the entry (bold company + position, a summary
paragraph, "▪" bullets typed by hand); headings as shaded paragraphs with white text; contact on one
line under the name; one employer with two successive positions."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'zh_huang_jiayi'
d = new_doc(latin='Arial', east='微软雅黑', size=10, margins=(1.8, 1.8, 2.0, 2.0))
para(d, ('黄嘉怡', dict(b=True, size=24, color='1F3864')), after=2)
para(d, '电话：137 0000 5530　｜　邮箱：huangjiayi@example.cn　｜　现居：广州天河', after=2)
para(d, '求职意向：HRBP / 人力资源经理　　期望城市：广州', after=6)

def H(t):
    p = para(d, (t, dict(b=True, color='FFFFFF', size=11.5)), before=8, after=4)
    pshade(p, '1F3864')

def rows(items):
    t = table(d, 0, 2, [3.4, 13.6])
    for left, lines in items:
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(3.4), Cm(13.6)
        cell_text(c[0], (left, dict(color='595959')))
        first = True
        for l in lines:
            if first:
                cell_text(c[1], l if isinstance(l, tuple) else l); first = False
            else:
                p = c[1].add_paragraph()
                run(p, *l) if isinstance(l, tuple) and False else None
                if isinstance(l, tuple): run(p, l[0], **l[1])
                else: run(p, l)
    return t

JOBS = [('2020.03', '至今', '广州粤华连锁餐饮管理有限公司', '人力资源主管',
         '负责华南区域42家门店、1600余名员工的招聘、培训与员工关系管理，下属4人。',
         ['搭建店长梯队培养项目，内部晋升率由18%提升至35%；',
          '优化门店招聘渠道组合，单人招聘成本下降22%，旺季到岗周期缩短至7天；',
          '主导e-HR系统上线，实现考勤、排班与薪资数据打通。']),
        ('2018.09', '2020.02', '佛山德启家居用品有限公司', '人事专员',
         '负责工厂800人规模的薪酬核算、社保公积金与劳动合同管理。',
         ['梳理计件工资规则，核算差错率降至0.3%以下；', '处理劳动争议5起，均协商结案。']),
        ('2016.07', '2018.08', '佛山德启家居用品有限公司', '招聘助理',
         None, ['负责普工及技术岗招聘，年均到岗300余人；', '组织校园招聘宣讲会12场。'])]
H('工作经历')
rows([('%s - %s' % (a, b), [('%s　　%s' % (n, pos), dict(b=True))] + ([s] if s else []) + ['▪ ' + h for h in hl])
      for a, b, n, pos, s, hl in JOBS])
EDU = ('2012.09', '2016.06', '岭南商学院', '人力资源管理', '本科')
H('教育背景')
rows([('%s - %s' % EDU[:2], [('%s　　%s　　%s' % EDU[2:], dict(b=True))])])
CERT = [('2019', '企业人力资源管理师（二级）'), ('2017', '初级经济师（人力资源管理）')]
H('证书')
rows([(y + '年', [n]) for y, n in CERT])
SK = [('办公软件', ['Excel', 'PPT', '北森系统', '用友eHR']), ('专业模块', ['招聘配置', '培训开发', '员工关系', '薪酬绩效'])]
LANGS = [('粤语', '母语'), ('英语', 'CET-4'), ('普通话', '')]
H('技能与语言')
rows([('技能', ['%s：%s' % (n, '、'.join(kw)) for n, kw in SK]),
      ('语言', ['、'.join('%s（%s）' % l if l[1] else l[0] for l in LANGS)])])
SUM = '8年人力资源工作经验，熟悉连锁零售与制造业的用工特点，执行力强，擅长在业务一线解决用人问题。'
H('自我评价')
para(d, SUM)
save(d, NAME)

resume = {
    'basics': {'name': '黄嘉怡', 'label': 'HRBP / 人力资源经理', 'phone': '137 0000 5530', 'email': 'huangjiayi@example.cn',
               'location': {'city': '广州'}, 'summary': SUM},
    'work': [dates((a, b), {'name': n, 'position': pos, 'summary': s, 'highlights': hl}) for a, b, n, pos, s, hl in JOBS],
    'education': [dates(EDU[:2], {'institution': EDU[2], 'area': EDU[3], 'studyType': EDU[4]})],
    'certificates': [{'name': n, 'x-date': y} for y, n in CERT],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'languages': [dict(language=l, fluency=f) for l, f in LANGS],
}
write_truth(NAME, resume, ['广州天河', '技能', '语言', '下属4人'])
