#!/usr/bin/python3
"""Malaysian Word résumé with a Chinese name, bilingual headings and a personal-particulars table."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Cm(21.0), Cm(29.7)
s.left_margin = s.right_margin = Cm(1.9); s.top_margin = s.bottom_margin = Cm(1.6)
n = d.styles['Normal']; n.font.name = 'Arial'; n.font.size = Pt(10)
n.element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Sans CJK SC')
n.paragraph_format.space_after = Pt(1)
GREEN = RGBColor(0x2e, 0x6b, 0x30)

def p(text='', bold=False, size=None, color=None, italic=False):
    para = d.add_paragraph()
    if text:
        r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = color
    return para

def head(en, zh):
    para = p(); para.paragraph_format.space_before = Pt(9); para.paragraph_format.space_after = Pt(3)
    r = para.add_run(en + '  ' + zh); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = GREEN

def job(title, right, org):
    para = d.add_paragraph(); para.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), WD_TAB_ALIGNMENT.RIGHT)
    para.paragraph_format.space_before = Pt(4)
    r = para.add_run(title); r.bold = True
    para.add_run('\t' + right)
    p(org, italic=True)

def b(text):
    d.add_paragraph(text, style='List Bullet')

p('YAP SIEW LIN  叶秀琳', bold=True, size=19, color=GREEN)
p('Process Engineer (Palm Oil Mill)  |  Graduate Engineer, BEM', size=11.5)
p('Lot 12, Taman Mawar, Batu 4, Jalan Utara, 90000 Sandakan, Sabah')
p('+60 12-555 0147  |  yap.siewlin@example.com.my')

head('CAREER OBJECTIVE', '求职目标')
p('Seeking a Senior Process Engineer position in a palm oil mill or refinery where I can lead '
  'oil-loss reduction and biogas projects.')

head('PERSONAL PARTICULARS', '个人资料')
t = d.add_table(rows=0, cols=2)
for k, v in [('IC No.', '930512-12-0000'), ('Date of Birth', '12 May 1993'), ('Nationality', 'Malaysian'),
             ('Expected Salary', 'RM 8,000'), ('Notice Period', '1 month')]:
    c = t.add_row().cells; c[0].text = k; c[1].text = v
    c[0].paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(4); row.cells[1].width = Cm(9)

head('WORK EXPERIENCE', '工作经历')
job('Process Engineer', 'Jan 2019 – Present', 'Kinabatangan Palm Oil Mill, Sawit Borneo Plantations Sdn Bhd, Sandakan')
b('Responsible for a 60 t FFB/hour mill: sterilisation, pressing, clarification, kernel recovery and boiler house.')
b('Reduced oil loss in press fibre from 4.2% to 3.6% (oil/dry fibre), worth about RM 1.1 million a year.')
b('Commissioned the mill’s POME biogas capture plant (2021) with the contractor; now 1.2 MW to the grid.')
b('Prepare MSPO and RSPO audit documentation; lead the mill’s monthly process review.')
job('Graduate Process Engineer', 'Jul 2016 – Dec 2018', 'Tabin Edible Oils Sdn Bhd, Lahad Datu')
b('Daily mass balance, lab result review and shift handover for a 45 t FFB/hour mill.')
b('Designed a sludge centrifuge by-pass that cut downtime during desludging by 30%.')
job('Industrial Trainee 实习生', 'May – Aug 2015', '斗湖金河食油厂 Golden River Edible Oil Mill, Tawau')
b('协助化验室进行油损及含水量分析。')

head('EDUCATION', '教育背景')
job('Bachelor of Engineering (Hons) Chemical Engineering', '2012 – 2016', 'Universiti Teknologi Kinabalu — CGPA 3.52 / 4.00')
p('Final year project: Enzymatic pre-treatment of empty fruit bunches for biogas yield.')
job('UEC Senior Middle Level 独中统考高中', '2011', '沙东育才独立中学 Sadong Yu Cai Independent High School, Sandakan — 6A 2B')
job('SPM', '2010', 'Sadong Yu Cai Independent High School — 7A')

head('CERTIFICATES', '专业证书')
b('Graduate Engineer, Board of Engineers Malaysia (BEM), Reg. No. G/00417')
b('Steam Engineer Grade 2 Certificate of Competency – DOSH, 2020')
b('MSPO Internal Auditor training, 2022')

head('SKILLS', '技能')
p('Process: mass balance, oil-loss control, clarification, POME treatment, boiler operation')
p('Tools: AutoCAD, Microsoft Excel (VBA), SAP PM')

head('LANGUAGES', '语言')
p('English (fluent), Bahasa Malaysia (fluent), 华语 Mandarin (native), 客家话 Hakka (spoken)')

head('VOLUNTEER', '义工')
job('Youth volunteer 青年义工', '2018 – present', '山打根青年联谊会 Sandakan Youth Fellowship Association')

head('REFEREES', '推荐人')
p('Ir. Ahmad Rizal bin Hamdan – Mill Manager, Kinabatangan Palm Oil Mill – +60 89-555 021')
p('Mr. Lo Kok Wai – Chief Engineer, Tabin Edible Oils Sdn Bhd – +60 89-555 064')
d.save(out)
