# python-docx: South African CV, label/value lines via a tab stop, headings as shaded caps bars
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_height, s.page_width = Cm(29.7), Cm(21.0)
s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(1.6)
n = d.styles['Normal']; n.font.name = 'Calibri'; n.font.size = Pt(10.5)
n.paragraph_format.space_after = Pt(2)

def shade_par(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    pPr.append(shd)

def head(t):
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(4)
    r = p.add_run(t); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade_par(p, '1F4E79')

def lv(label, value, bold=False):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
    p.paragraph_format.left_indent = Cm(4.5); p.paragraph_format.first_line_indent = Cm(-4.5)
    p.add_run(label + '\t')
    r = p.add_run(value); r.bold = bold

def bullets(items):
    for it in items:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(5.0); p.paragraph_format.first_line_indent = Cm(-0.5)
        p.add_run('•\t' + it)

p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('CURRICULUM VITAE'); r.bold = True; r.font.size = Pt(16)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('of'); r.italic = True
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('WILHELMINA K. MOGALE'); r.bold = True; r.font.size = Pt(14)

head('PERSONAL DETAILS')
lv('Surname:', 'Mogale')
lv('First names:', 'Wilhelmina Keabetswe')
lv('ID number:', '920415 0456 08 3')
lv('Date of birth:', '15 April 1992')
lv('Nationality:', 'South African')
lv("Driver's licence:", 'Code B (08), own transport')
lv('Home language:', 'Setswana')
lv('Other languages:', 'English, isiZulu, Afrikaans')
lv('Health:', 'Excellent')
lv('Criminal record:', 'None')
lv('Address:', '22 Guineafowl Crescent, Meerensee, Richards Bay, 3901')
lv('Cell:', '071 555 0194')
lv('E-mail:', 'wk.mogale@example.co.za')

head('CAREER OBJECTIVE')
d.add_paragraph('Senior Instrumentation Technician or Instrument Foreman in a process plant on the KZN North Coast, '
                'where I can take on planning and the training of apprentices.')

head('QUALIFICATIONS')
lv('2014', 'Trade Test: Instrument Mechanician – passed, INDLELA, Olifantsfontein')
lv('2011', 'National N Diploma: Electrical Engineering (Instrumentation & Control), N4–N6 – Zululand Coast TVET College')
lv('2009', 'National Senior Certificate (Matric) – Birdswood Secondary School, Richards Bay (Maths, Physical Science, EGD)')

head('CAREER HISTORY')
lv('Period:', 'Feb 2019 – Current')
lv('Company:', 'Nseleni Smelting (Pty) Ltd, Richards Bay', bold=True)
lv('Position:', 'Instrumentation Technician (Potlines)')
lv('Reason for leaving:', 'N/A – currently employed')
lv('Duties:', 'Maintenance of field instrumentation and control loops on two potlines and the fume treatment plant.')
bullets(['Calibrate and repair pressure, flow, level and temperature transmitters (Rosemount, Endress+Hauser) and Fisher control valves.',
         'Fault-finding on Siemens S7 and Allen-Bradley PLC I/O; SAP PM work orders and shutdown planning.',
         'Permit-to-work issuer for instrumentation; LOTO and isolations.',
         'Mentor to three instrumentation apprentices (2022 – present).'])
d.add_paragraph()
lv('Period:', 'Jan 2015 – Jan 2019')
lv('Company:', 'Tugela Process Controls CC, Empangeni', bold=True)
lv('Position:', 'Instrument Mechanician')
lv('Reason for leaving:', 'Career growth')
lv('Duties:', 'Contract instrumentation for sugar mills and paper plants: installation, loop checks, commissioning.')
bullets(['Loop checks and commissioning on a 40-loop boiler upgrade at a sugar mill (2017).',
         'Shutdown work at pulp and paper plants on the North Coast.'])
d.add_paragraph()
lv('Period:', 'Jan 2012 – Dec 2014')
lv('Company:', 'Tugela Process Controls CC, Empangeni', bold=True)
lv('Position:', 'Apprentice Instrument Mechanician')
lv('Reason for leaving:', 'Qualified as artisan, appointed by same company')

head('COURSES & CERTIFICATES')
bullets(['CompEx Ex01–Ex04 (hazardous areas) – 2021',
         'Working at Heights – 2024',
         'First Aid Level 2 – 2023',
         'Siemens S7-1500 Maintenance course – 2020'])

head('COMPUTER LITERACY')
d.add_paragraph('MS Office, SAP PM, Siemens TIA Portal, AMS Device Manager, FieldCare')

head('REFERENCES')
d.add_paragraph('Mr S. Naidoo – Maintenance Superintendent, Nseleni Smelting – (035) 555 0142')
d.add_paragraph('Mr J. Pretorius – Owner, Tugela Process Controls CC – (035) 555 0177')
d.save(out)
