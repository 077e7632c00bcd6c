# python-docx: Canadian résumé with French/English headings, a rule under each heading, dates on a right tab
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Cm(21.59), Cm(27.94)   # Letter
s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(1.7)
n = d.styles['Normal']; n.font.name = 'Cambria'; n.font.size = Pt(10.5)
n.paragraph_format.space_after = Pt(2)
RIGHT = Cm(17.5)

def rule(p):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', '8'), ('w:space', '1'), ('w:color', '8B1E3F')):
        bt.set(qn(k), v)
    b.append(bt); pPr.append(b)

def head(fr, en):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12); p.paragraph_format.space_after = Pt(4)
    r = p.add_run(fr); r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)
    r = p.add_run('  /  ' + en); r.font.size = Pt(11); r.italic = True; r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    rule(p)

def dated(left_bold, left_rest, date):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left_bold); r.bold = True
    if left_rest: p.add_run(left_rest)
    r = p.add_run('\t' + date); r.italic = True

def bullet(t):
    p = d.add_paragraph(style='List Bullet'); p.add_run(t)

def line(t, italic=False, bold=False):
    p = d.add_paragraph(); r = p.add_run(t); r.italic = italic; r.bold = bold; return p

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = p.add_run('Ottoline Beaudoin'); r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)
r = p.add_run(', M.Ed.'); r.font.size = Pt(13)
line('Principal  ·  Directrice d’école', italic=True)
line('1187 Riverside Drive, Ottawa, ON  K1G 3T5   |   613-555-0148   |   o.beaudoin@example.ca')

head('Profil', 'Profile')
d.add_paragraph('Bilingual (French/English) elementary principal with 19 years in Ontario public education, the last nine in '
                'school administration. I lead JK–6 schools of 300 to 550 students through enrolment growth, the expansion '
                'of French Immersion and the return to in-person learning, and I believe a principal should still teach a '
                'lesson every week.')

head('Expérience professionnelle', 'Professional Experience')
line('Rideau Valley District School Board — Ottawa, ON', bold=True)
dated('Principal', ', Meadowlark Public School (JK–6, 520 students)', 'Sept. 2019 – present')
bullet('Opened a dual-track English / French Immersion program in 2021; Immersion enrolment up from 140 to 260.')
bullet('Led a staff of 38 teachers and 14 support staff; rebuilt the school improvement plan around reading in Grades 1–3.')
bullet('Grade 3 EQAO reading results rose from 68% to 81% of students at or above the provincial standard (2019 → 2024).')
dated('Vice-Principal', ', Carling Heights Public School', 'Sept. 2015 – June 2019')
bullet('Responsible for special education, the In-School Review Committee and timetabling for 410 students.')
bullet('Coordinated the board’s first Indigenous land-based learning pilot with two local Elders.')
dated('Teacher, Grades 4–6 French Immersion', ', Carling Heights Public School', '2008 – 2015')
bullet('Associate teacher for six Bachelor of Education candidates.')

dated('Enseignante, 3e année', ' — École primaire des Tisserands, Gatineau, QC', '2005 – 2008')

head('Formation', 'Education')
line('Master of Education (M.Ed.), Educational Leadership — Bytown University, 2014')
line('Thesis: “Shared leadership in dual-track schools”', italic=True)
line('Baccalauréat en éducation préscolaire et enseignement primaire (B.Éd.) — Université du Haut-Richelieu, 2005')

head('Qualifications', 'Certifications')
line('Principal’s Qualification Program, Parts I and II — Ontario Principals’ Council, 2014')
line('Ontario College of Teachers — Certificate of Qualification and Registration, member since 2008')
line('French as a Second Language, Part 3 (Additional Qualification), 2010')

head('Langues', 'Languages')
line('French — native   ·   English — fluent   ·   Spanish — beginner')

head('Bénévolat', 'Volunteer')
dated('Board member', ', Chorale des jeunes de l’Outaouais', '2016 – 2022')

p = line('Références disponibles sur demande / References available on request.', italic=True)
p.paragraph_format.space_before = Pt(12)
d.save(out)
