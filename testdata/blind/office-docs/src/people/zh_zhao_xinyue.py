"""LibreOffice Writer résumé (.fodt written by hand): a shaded sidebar FRAME anchored to the page on the
left (name, 求职意向, contact, ★-rated skills, languages, interests), the main text flowing in the right
part of the page (wide left page margin); headings with a bottom border; typed "•" bullets.
Converted by LibreOffice to .docx (the frame becomes a text box) and to .pdf."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from fodt import *

NAME = 'zh_zhao_xinyue'
styles = ''.join([
    pstyle('Name', size=22, bold=True, color='FFFFFF', after=0.2),
    pstyle('Side', size=9.5, color='FFFFFF', after=0.08),
    pstyle('SideH', size=11, bold=True, color='FFFFFF', before=0.5, after=0.15, border_bottom='0.5pt solid #FFFFFF'),
    pstyle('H', size=12.5, bold=True, color='2E5C8A', before=0.35, after=0.15, border_bottom='0.8pt solid #2E5C8A'),
    pstyle('Entry', bold=True, tabs=[(12.1, 'right')], before=0.12),
    pstyle('Sub', italic=True, color='555555'),
    pstyle('Bul', indent=0.3),
])
auto = ('<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:background-color="#2E5C8A" '
        'draw:fill="solid" draw:fill-color="#2E5C8A" fo:border="none" fo:padding="0.5cm" style:wrap="none" '
        'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>')
SK = [('Figma', '★★★★★'), ('Photoshop', '★★★★☆'), ('Illustrator', '★★★★☆'), ('After Effects', '★★★☆☆'), ('C4D', '★★☆☆☆')]
INTS = ['摄影', '手绘', '徒步']
side = [p('Name', '赵欣悦'), p('Side', '求职意向：UI设计师'), p('Side', '意向城市：深圳'),
        p('SideH', '联系方式'), p('Side', '138 0000 6619'), p('Side', 'zhaoxinyue@example.cn'),
        p('Side', '作品集：zhaoxinyue.example.cn'),
        p('SideH', '专业技能')] + [p('Side', '%s\u3000%s' % s) for s in SK] + [
        p('SideH', '语言能力'), p('Side', '英语：CET-4'), p('Side', '普通话：二级甲等'),
        p('SideH', '兴趣爱好'), p('Side', '、'.join(INTS))]
frame = ('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Sidebar" text:anchor-type="page" '
         'text:anchor-page-number="1" svg:x="0cm" svg:y="0cm" svg:width="6.2cm" svg:height="29.7cm" draw:z-index="0">'
         '<draw:text-box>%s</draw:text-box></draw:frame></text:p>') % ''.join(side)
EDU = ('2020.09', '2024.06', '南粤艺术设计学院', '视觉传达设计', '本科')
COURSES = ['字体设计', '版式设计', '交互设计基础', '用户研究方法']
JOBS = [('深圳极光互动网络科技有限公司', 'UI设计实习生', '2023.06', '2023.09',
         ['参与社交App 5.0版本改版，独立完成个人主页、消息中心等12个页面的视觉稿',
          '整理并维护Figma组件库，沉淀按钮、表单等基础组件60余个',
          '配合开发完成切图标注与走查，减少还原偏差问题30%']),
        ('广州青木文化传播有限公司', '平面设计助理', '2022.07', '2022.08',
         ['为3个餐饮客户制作菜单、海报和社交媒体配图'])]
PROJ = [('《食光》校园外卖App界面设计', '2023.03', '2023.05', '课程作品，面向校园用户的外卖点餐App，从用户访谈到高保真原型完整流程。',
         ['Figma', 'Principle'], ['获课程最高分，作品入选学院年度作品集']),
        ('“寻味岭南”非遗文创品牌视觉', '2022.10', '2022.12', '为本地非遗糕点品牌设计标志、包装和导视系统。',
         ['Illustrator', 'Photoshop'], [])]
AW = [('2023', '米兰设计周中国高校设计学科师生优秀作品展二等奖'), ('2022', '校级二等奖学金')]
body = [frame, p('H', '教育背景'), p('Entry', '%s\t%s - %s' % (EDU[2], EDU[0], EDU[1])),
        p('Sub', '%s　%s' % (EDU[3], EDU[4])), p('Standard', '主修课程：' + '、'.join(COURSES)),
        p('H', '实习经历')]
for n, pos, a, b, hl in JOBS:
    body += [p('Entry', '%s\t%s - %s' % (n, a, b)), p('Sub', pos)] + [p('Bul', '• ' + h) for h in hl]
body.append(p('H', '项目经历'))
for n, a, b, desc, kw, hl in PROJ:
    body += [p('Entry', '%s\t%s - %s' % (n, a, b)), p('Standard', desc), p('Standard', '工具：' + '、'.join(kw))]
    body += [p('Bul', '• ' + h) for h in hl]
body.append(p('H', '获奖情况'))
body += [p('Standard', '%s　%s' % a) for a in AW]
SUM = '热爱界面与品牌设计，关注细节与可用性，能够独立完成从需求分析、交互原型到视觉输出的设计流程。'
body += [p('H', '自我评价'), p('Standard', SUM)]
write(os.path.join(HERE, NAME + '.fodt'), '\n'.join(body), styles, auto, size=10, ml=7.2, mr=1.6, mt=1.4)

resume = {
    'basics': {'name': '赵欣悦', 'label': 'UI设计师', 'phone': '138 0000 6619', 'email': 'zhaoxinyue@example.cn',
               'url': 'https://zhaoxinyue.example.cn', 'location': {'city': '深圳'}, 'summary': SUM},
    'education': [dates(EDU[:2], {'institution': EDU[2], 'area': EDU[3], 'studyType': EDU[4], 'courses': COURSES})],
    'work': [dates((a, b), {'name': n, 'position': pos, 'highlights': hl}) for n, pos, a, b, hl in JOBS],
    'projects': [dates((a, b), {'name': n, 'description': desc, 'keywords': kw, 'highlights': hl})
                 for n, a, b, desc, kw, hl in PROJ],
    'skills': [{'keywords': [s[0] for s in SK]}],
    'awards': [{'title': t, 'date': y} for y, t in AW],
    'languages': [{'language': '英语', 'fluency': 'CET-4'}, {'language': '普通话', 'fluency': '二级甲等'}],
    'interests': [{'name': i} for i in INTS],
}
write_truth(NAME, resume, [s[1] for s in SK] + ['课程作品', '专业技能'])
