#!/usr/bin/python3
"""Word CV of Refilwe Nkadimeng: contacts only in the page header, dates on right tab stops."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(1.8)
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(2)
RIGHT = Cm(17.0)
TEAL = RGBColor(0x0f, 0x6e, 0x6e)

# page header: contacts only
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run('082 555 0166  •  refilwe.nkadimeng@example.co.za  •  Hatfield, Pretoria, 0083')
r.font.size = Pt(9); r.font.color.rgb = TEAL

def rule(p):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', '6'), ('w:space', '1'), ('w:color', '0F6E6E')):
        e.set(qn(k), v)
    b.append(e); pPr.append(b)

def heading(t):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10)
    r = p.add_run(t.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = TEAL
    rule(p)

def dated(left, right, bold=True):
    p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(4)
    r = p.add_run(left); r.bold = bold
    p.add_run('\t' + right)
    return p

def line(t, italic=False):
    p = d.add_paragraph(); r = p.add_run(t); r.italic = italic; return p

def bullet(t, level=0):
    p = d.add_paragraph(t, style='List Bullet' if level == 0 else 'List Bullet 2'); return p

def labelled(label, value):
    p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
    r = p.add_run(label); r.bold = True
    p.add_run('\t' + value)

p = d.add_paragraph(); r = p.add_run('REFILWE NKADIMENG'); r.bold = True; r.font.size = Pt(22)
p = d.add_paragraph(); r = p.add_run('Biokineticist  |  HPCSA Reg. No. BK 0031874'); r.font.size = Pt(12); r.font.color.rgb = TEAL

heading('Personal details')
labelled('Date of birth:', '14 March 1998')
labelled('ID number:', '980314 0000 080')
labelled('Nationality:', 'South African')
labelled("Driver's licence:", 'Code B (08)')

heading('Profile')
line('Registered biokineticist with three years of practice in orthopaedic and chronic-disease '
     'rehabilitation. I enjoy taking patients from the end of physiotherapy back to full function, '
     'and I am looking to join a multidisciplinary practice with a sports focus.')

heading('Professional experience')
dated('Biokineticist (Associate)', 'Feb 2022 – present')
line('Mokoena & Venter Biokinetics, Hatfield, Pretoria', italic=True)
bullet('Caseload of 35–45 patients a week: post-surgical knee and shoulder rehabilitation, lower-back pain and neurological conditions.')
bullet('Run the practice’s twice-weekly cardiac and diabetes group classes (12 participants per group).')
bullet('Designed a return-to-run protocol now used for all ACL patients; mean time to running fell from 16 to 13 weeks.')
bullet('Medical-aid claims and ICD-10 coding for own patients.')

dated('Intern Biokineticist', 'Jan 2021 – Dec 2021')
line('Highveld Sports Medicine Centre, Centurion', italic=True)
line('Supervised internship year with three rotations:')
bullet('Orthopaedic rehabilitation (Jan – Apr 2021)', 1)
bullet('Chronic disease and cardiac rehabilitation (May – Aug 2021)', 1)
bullet('High-performance sport with Bluegum Rugby Academy (Sept – Dec 2021)', 1)

dated('Gym Instructor (part-time)', '2017 – 2020')
line('Pulse Fitness Arcadia, Pretoria', italic=True)
bullet('Floor instruction, fitness assessments and personal programmes for members while studying.')

heading('Education')
dated('BSc Honours in Biokinetics (cum laude)', '2020')
line('University of the Highveld, Pretoria', italic=True)
line('Research report: Grip strength and functional capacity in adults with type 2 diabetes.')
dated('BSc Sport and Exercise Science', '2017 – 2019')
line('University of the Highveld, Pretoria', italic=True)
dated('National Senior Certificate (Matric) – Bachelor pass, 3 distinctions', '2016')
line('Ridgeview Girls’ High School, Polokwane', italic=True)
t = d.add_table(rows=0, cols=2)
t.style = 'Table Grid'
for subj, mark in [('English Home Language', '82%'), ('Sepedi First Additional Language', '88%'),
                   ('Mathematics', '74%'), ('Physical Sciences', '71%'), ('Life Sciences', '86%'),
                   ('Geography', '79%'), ('Life Orientation', '90%')]:
    c = t.add_row().cells; c[0].text = subj; c[1].text = mark
for row in t.rows:
    row.cells[0].width = Cm(8); row.cells[1].width = Cm(2)

heading('Registrations & certificates')
bullet('HPCSA – Biokineticist, BK 0031874 (independent practice, 2022)')
bullet('BLS Provider – Resuscitation Council of Southern Africa, 2024 (valid until 2026)')
bullet('ISAK Level 1 Anthropometrist, 2019')
bullet('Member, Biokinetics Association of South Africa (BASA)')

heading('Skills')
line('Exercise prescription, isokinetic testing (Biodex), functional movement screening, '
     'body-composition assessment, group exercise, patient education, Excel and GoodX practice software.')

heading('Languages')
line('English (fluent), Sepedi (home language), Afrikaans (basic)')

heading('References')
line('Ms Anri Venter – Director, Mokoena & Venter Biokinetics – 012 555 0148')
line('Dr Kabelo Sithole – Sports Physician, Highveld Sports Medicine Centre – 012 555 0173')

d.save(out)
