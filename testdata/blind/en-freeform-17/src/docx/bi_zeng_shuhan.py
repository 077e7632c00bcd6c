# python-docx: bilingual (English-led, Simplified Chinese) résumé; centred headings "— EXPERIENCE 工作经历 —",
# employer line with roles and dates in a right-aligned tab column; East-Asian font Noto Sans CJK SC
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Cm(21.59), Cm(27.94)
s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(1.6)
n = d.styles['Normal']; n.font.name = 'Carlito'; n.font.size = Pt(10.5)
n.element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Sans CJK SC')
n.paragraph_format.space_after = Pt(2)
TEAL = RGBColor(0x0F, 0x5E, 0x6B)

def head(t):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(4)
    r = p.add_run('—  ' + t + '  —'); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = TEAL

def tabbed(left, right, bold=False, italic_right=True):
    p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left); r.bold = bold
    r = p.add_run('\t' + right); r.italic = italic_right
    return p

def bullet(t):
    p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(0.9); p.paragraph_format.first_line_indent = Cm(-0.4)
    p.add_run('›  ' + t)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('Hannah Shuhan Zeng'); r.font.size = Pt(20); r.bold = True
r = p.add_run('   曾书涵'); r.font.size = Pt(16)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('Regulated Canadian Immigration Consultant (RCIC-IRB) · 持牌移民顾问'); r.font.color.rgb = TEAL
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run('Richmond, BC  ·  604-555-0159  ·  hannah.zeng@example.ca  ·  WeChat: hannahzeng_rcic  ·  CICC licence R712408')

head('PROFILE 个人简介')
d.add_paragraph('RCIC-IRB licensee with seven years in Canadian immigration practice and three years of visa work in Beijing '
                'before that. I handle Express Entry, spousal and family sponsorship, study and work permits, and appeals '
                'before the Immigration Appeal Division. I work with clients in English, Mandarin and Cantonese and prepare '
                'bilingual document checklists for every file.')

head('EXPERIENCE 工作经历')
tabbed('Harbourview Immigration Consulting Inc. 港景移民咨询 — Richmond, BC', '', bold=True)
tabbed('Licensed Immigration Consultant (RCIC-IRB)', '2021/03 – present')
bullet('Caseload of 70–90 open files; 2024 approval rate 94% across 212 decided applications.')
bullet('Represented clients at 11 IAD sponsorship appeals; 8 allowed, 2 settled at ADR.')
bullet('Built the firm’s Chinese-language webinar series on Express Entry draws (1,500+ registrants).')
tabbed('Case Manager', '2018/06 – 2021/02')
bullet('Prepared study permit, PGWP and spousal sponsorship files; managed GCKey and IRCC portal submissions.')

tabbed('北京金桥出入境服务有限公司  Jinqiao Exit-Entry Services Co., Ltd. — 北京', '', bold=True)
tabbed('签证专员  Visa Officer', '2013/07 – 2016/08')
bullet('为赴加拿大、澳大利亚的留学和旅游客户准备签证材料，年处理约 400 份申请。')
bullet('Trained four junior staff on Canadian visitor visa checklists.')

head('EDUCATION 教育背景')
tabbed('Graduate Diploma in Immigration and Citizenship Law — Fraser Pacific University', '2017 – 2018')
tabbed('英语语言文学 学士  B.A., English Language & Literature — 华北外国语学院 North China Institute of Foreign Languages', '2009 – 2013')

head('LICENCES 执照')
d.add_paragraph('College of Immigration and Citizenship Consultants (CICC) — Class L3 licence (RCIC-IRB), R712408, since 2021')
d.add_paragraph('IRB specialization (RCIC-IRB) — Immigration Appeal Division, 2021')

head('LANGUAGES 语言')
d.add_paragraph('English — IELTS 8.0 (2016)    Mandarin 普通话 — native    Cantonese 粤语 — conversational')

head('COMMUNITY 社区')
tabbed('Volunteer workshop presenter, Richmond Newcomer Hub', '2019 – present')
d.save(out)
