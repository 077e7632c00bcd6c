"""Hand-zipped OOXML (no python-docx): centred name, headings as bold paragraphs with a bottom border,
"▪" bullets typed by hand with a hanging indent, right-tab dates, publications as a real Word numbered
list ([1], [2]), and a continuous section with w:cols num=2 holding 专业技能 / 语言能力 / 荣誉奖项."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import iso, dates, write_truth, raw_docx
from rawxml import *

NAME = 'zh_lin_zihan'
M = (1.8, 1.8, 2.0, 2.0); RT = 17.0
B = []
B.append(p(r('林子涵', b=True, sz=20), jc='center', after=4))
B.append(p('求职意向：自然语言处理算法工程师　｜　意向城市：北京', jc='center'))
B.append(p('电话：150 0000 3381　｜　邮箱：linzihan@example.org　｜　GitHub：github.com/zihan-lin', jc='center', after=6))
def H(t): B.append(p(r(t, b=True, sz=12, color='1F4E79'), border=(8, '1F4E79'), before=8, after=4, keep=True))
def bul(t): B.append(p('▪\t' + t, ind=0.6, hanging=0.4, tabs=[(0.6, 'left')]))
EDU = [('华北信息科技大学', '计算机技术', '硕士', '2022.09', '2025.06', 'GPA 3.8/4.0', '研究方向：低资源机器翻译'),
       ('华北信息科技大学', '软件工程', '本科', '2018.09', '2022.06', 'GPA 3.6/4.0', '')]
H('教育背景')
for s, a, deg, st, en, gpa, extra in EDU:
    B.append(p(r('%s　　%s　　%s' % (s, a, deg), b=True), r('\t%s – %s' % (st, en)), tabs=[(RT, 'right')]))
    B.append(p('%s%s' % (gpa, '　　' + extra if extra else ''), after=3))
JOB = ('北京深言智能科技有限公司', 'NLP算法实习生', '2024.06', '2024.09',
       ['参与法律领域大模型的指令数据构建，清洗与标注数据3万条', '实现基于LoRA的增量微调流程，领域问答准确率提升6.2个百分点', '编写评测脚本，接入内部自动评测平台'])
H('实习经历')
B.append(p(r('%s　　%s' % JOB[:2], b=True), r('\t%s – %s' % JOB[2:4]), tabs=[(RT, 'right')]))
for h in JOB[4]: bul(h)
PROJ = [('面向少数民族语言的低资源机器翻译', '2023.03', '2024.12', '国家自然科学基金项目子课题',
         '研究藏汉、维汉低资源场景下的数据增强与迁移学习方法。', ['PyTorch', 'Transformers', 'Fairseq'],
         ['提出基于词典约束的回译方法，藏汉BLEU提升2.4', '整理并开源一个5万句对的藏汉平行语料']),
        ('法律文书要素抽取系统', '2022.10', '2023.05', '课题组横向项目',
         '从裁判文书中抽取当事人、案由、判决结果等18类要素。', ['BERT', 'CRF', 'Flask'],
         ['要素抽取F1达到0.91', '负责模型训练与服务部署'])]
H('科研与项目经历')
for n, st, en, src, desc, kw, hl in PROJ:
    B.append(p(r(n, b=True), r('（%s）' % src), r('\t%s – %s' % (st, en)), tabs=[(RT, 'right')], before=3))
    B.append(p(desc))
    B.append(p('技术栈：' + '、'.join(kw)))
    for h in hl: bul(h)
PUB = [('Back-Translation with Dictionary Constraints for Low-Resource Translation', 'Proceedings of CCL 2024', '2024',
        'Lin Z., Wang H. %s. %s.'),
       ('基于词典约束的藏汉机器翻译数据增强方法', '中文信息学报', '2024', '林子涵，王宏．%s[J]．%s，2024．')]
H('发表论文')
for n, v, y, fmt in PUB:
    B.append(p(fmt % (n, v) if fmt.count('%s') == 2 else fmt, num=2))
# two-column section
B.append(p('', sect=sectpr(1, cont=True, margins=M)))
SK = [('编程', ['Python', 'C++', 'Shell']), ('框架', ['PyTorch', 'Transformers', 'vLLM']), ('工具', ['Git', 'Docker', 'Linux'])]
H('专业技能')
for n, kw in SK: B.append(p(r(n + '：', b=True), '、'.join(kw)))
H('语言能力')
B.append(p('英语：CET-6（578），IELTS 7.0'))
AW = [('2024', '研究生国家奖学金'), ('2023', 'CCL 2023技术评测二等奖'), ('2021', '全国大学生数学建模竞赛北京赛区一等奖')]
H('荣誉奖项')
for y, t in AW: bul('%s　%s' % (y, t))
B.append(p('', sect=sectpr(2, cont=True, margins=M, space=1.0)))
SUM = '具备扎实的机器学习与NLP基础，有大模型微调与数据构建的实际经验，英文读写流利，能独立阅读和复现论文。'
H('自我评价')
B.append(p(SUM))
B.append(sectpr(1, cont=True, margins=M))
raw_docx(NAME, ''.join(B), STYLES % dict(latin='Times New Roman', east='宋体', sz=21, lang='zh-CN'),
         NUMBERING_BULLET % dict(sym='•', font='Symbol'), author='lzh')

resume = {
    'basics': {'name': '林子涵', 'label': '自然语言处理算法工程师', 'phone': '150 0000 3381', 'email': 'linzihan@example.org',
               'location': {'city': '北京'}, 'summary': SUM,
               'profiles': [{'network': 'GitHub', 'username': 'zihan-lin', 'url': 'https://github.com/zihan-lin'}]},
    'education': [dates((st, en), {'institution': s, 'area': a, 'studyType': deg, 'score': gpa.replace('GPA ', '')})
                  for s, a, deg, st, en, gpa, extra in EDU],
    'work': [dates(JOB[2:4], {'name': JOB[0], 'position': JOB[1], 'highlights': JOB[4]})],
    'projects': [dates((st, en), {'name': n, 'description': desc, 'keywords': kw, 'highlights': hl})
                 for n, st, en, src, desc, kw, hl in PROJ],
    'publications': [{'name': n, 'publisher': v, 'releaseDate': y} for n, v, y, f in PUB],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'languages': [{'language': '英语', 'fluency': 'CET-6（578），IELTS 7.0'}],
    'awards': [{'title': t, 'date': y} for y, t in AW],
}
write_truth(NAME, resume, ['研究方向：低资源机器翻译', '低资源机器翻译', '国家自然科学基金项目子课题', '课题组横向项目',
                           'Lin Z., Wang H.', '林子涵，王宏', 'IELTS 7.0', 'CET-6（578）'])
