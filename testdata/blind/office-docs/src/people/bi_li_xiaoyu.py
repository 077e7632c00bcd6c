"""Bilingual campus résumé (finance): page 1 Chinese, a page break, page 2 the same résumé in English
("LI Xiaoyu", surname in capitals).  Chinese page: centred name, a bordered 2x4 label grid for contact and
求职意向, bold headings with a bottom border, "dates　school　major　degree" lines, tab-stop internship
headers, "•" bullets typed.  The truth is the Chinese version; the English page is lenient."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'bi_li_xiaoyu'
d = new_doc(latin='Times New Roman', east='宋体', size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
RT = 16.6
para(d, ('李晓雨', dict(b=True, size=20)), align='c', after=4)
t = table(d, 2, 4, [2.4, 5.9, 2.4, 5.9], borders='single')
for (r_, c_), v in {(0, 0): '电　　话', (0, 1): '138 0000 9257', (0, 2): '邮　　箱', (0, 3): 'lixiaoyu@example.com',
                    (1, 0): '求职意向', (1, 1): '投资银行分析师', (1, 2): '期望城市', (1, 3): '上海'}.items():
    cell_text(t.cell(r_, c_), (v, dict(b=c_ % 2 == 0)))
def H(t_, en=False):
    q = para(d, (t_, dict(b=True, size=12)), before=8, after=3); pborder(q, 'bottom', 6, '000000')
EDU = [('2021.09', '2025.06', '申江财经大学', '金融学', '本科', 'GPA 3.85/4.0，专业排名 5/126'),
       ('2023.09', '2023.12', 'Kingsbridge University（英国）', '经济学', '交换生', None)]
H('教育背景')
for a, b, s, ar, deg, extra in EDU:
    para(d, ('%s – %s　%s　%s　%s' % (a, b, s, ar, deg), dict(b=True)))
    if extra: para(d, extra)
JOBS = [('中金汇通证券股份有限公司', '2024.06', '2024.09', '投资银行部　暑期实习生',
         ['参与2家制造业企业IPO项目的尽职调查，整理底稿与访谈纪要', '搭建可比公司估值模型，撰写行业研究部分初稿']),
        ('上海启明星资本管理有限公司', '2023.12', '2024.02', '行业研究实习生',
         ['跟踪新能源汽车产业链，完成周报8篇', '用Python抓取并清洗上市公司公告数据'])]
H('实习经历')
for n, a, b, pos, hl in JOBS:
    para(d, (n, dict(b=True)), '\t', '%s – %s' % (a, b), tabs=[(RT, 'r')], before=3)
    para(d, pos)
    for h in hl: para(d, '• ' + h, indent=0.4, first=-0.35)
SK = ['Wind', 'Bloomberg', 'Excel', 'Python']
CERT = [('CFA一级', '2024.08'), ('证券从业资格', '2023')]
AW = [('国家奖学金', '2023'), ('CFA Institute Research Challenge上海赛区亚军', '2024')]
H('技能与证书')
para(d, '软件：Wind、Bloomberg、Excel（财务建模）、Python')
para(d, '证书：CFA一级（2024.08通过）、证券从业资格（2023）')
para(d, '语言：英语 IELTS 7.5；普通话')
H('荣誉奖项')
for t_, y in AW: para(d, '%s年　%s' % (y, t_))
SUM = '金融学本科，具备扎实的财务分析与估值建模能力，两段投行与研究实习经历，英语可作为工作语言。'
H('自我评价'); para(d, SUM)
page_break(d)
# English version
para(d, ('LI Xiaoyu', dict(b=True, size=20)), align='c', after=2)
para(d, 'Tel: 138 0000 9257 | Email: lixiaoyu@example.com', align='c')
para(d, 'Objective: Investment Banking Analyst | Preferred city: Shanghai', align='c', after=4)
EN = [('EDUCATION', ['Sep 2021 – Jun 2025  Shenjiang University of Finance and Economics, B.A. in Finance',
                     'GPA 3.85/4.0, ranked 5/126',
                     'Sep 2023 – Dec 2023  Kingsbridge University (UK), Exchange Student, Economics']),
      ('INTERNSHIPS', ['Zhongjin Huitong Securities Co., Ltd.  Jun 2024 – Sep 2024',
                       'Summer Analyst, Investment Banking Division',
                       '• Supported due diligence for two manufacturing IPO projects; organised working papers and interview notes',
                       '• Built comparable-company valuation models and drafted the industry section',
                       'Shanghai Qimingxing Capital Management Co., Ltd.  Dec 2023 – Feb 2024',
                       'Industry Research Intern',
                       '• Covered the EV supply chain and wrote 8 weekly reports',
                       '• Scraped and cleaned listed-company announcements with Python']),
      ('SKILLS & CERTIFICATES', ['Software: Wind, Bloomberg, Excel (financial modelling), Python',
                                 'Certificates: CFA Level I (passed Aug 2024), Securities Qualification (2023)',
                                 'Languages: English (IELTS 7.5), Mandarin']),
      ('HONOURS', ['2023  National Scholarship', '2024  CFA Institute Research Challenge, Shanghai, Runner-up'])]
for h, lines in EN:
    H(h)
    for l in lines: para(d, l)
save(d, NAME)

resume = {
    'basics': {'name': '李晓雨', 'x-altName': 'LI Xiaoyu', 'label': '投资银行分析师', 'phone': '138 0000 9257',
               'email': 'lixiaoyu@example.com', 'location': {'city': '上海'}, 'summary': SUM},
    'education': [dates((a, b), {'institution': s.replace('（英国）', ''), 'area': ar, 'studyType': deg,
                                 **({'score': '3.85/4.0'} if extra else {})}) for a, b, s, ar, deg, extra in EDU],
    'work': [dates((a, b), {'name': n, 'position': pos, 'highlights': hl}) for n, a, b, pos, hl in JOBS],
    'skills': [{'name': '软件', 'keywords': SK}],
    'certificates': [{'name': n, 'x-date': iso(y)} for n, y in CERT],
    'languages': [{'language': '英语', 'fluency': 'IELTS 7.5'}, {'language': '普通话'}],
    'awards': [{'title': t_, 'date': y} for t_, y in AW],
}
lenient = ['专业排名 5/126', 'Kingsbridge University（英国）', '财务建模', '通过', 'Shanghai', 'Investment Banking Analyst']
for h, lines in EN:
    lenient.append(h)
    for l in lines: lenient.append(l.lstrip('• '))
lenient += ['Shenjiang University of Finance and Economics', 'Finance', 'B.A.', 'Exchange Student', 'Economics',
            'Zhongjin Huitong Securities Co., Ltd.', 'Summer Analyst, Investment Banking Division', 'Summer Analyst',
            'Shanghai Qimingxing Capital Management Co., Ltd.', 'Industry Research Intern', 'CFA Level I', 'Securities Qualification',
            'English', 'Mandarin', 'National Scholarship', 'CFA Institute Research Challenge, Shanghai, Runner-up', 'Wind', 'Bloomberg',
            'Excel', 'Python', 'Software']
write_truth(NAME, resume, lenient)
