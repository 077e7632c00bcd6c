#!/usr/bin/python3
"""Functional (skills-based) Word résumé: skill groups first, jobs listed briefly at the end."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

out = sys.argv[1]
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Cm(21.59), Cm(27.94)   # Letter
s.left_margin = s.right_margin = Cm(2.3); s.top_margin = s.bottom_margin = Cm(1.9)
n = d.styles['Normal']; n.font.name = 'Georgia'; n.font.size = Pt(10.5)
n.paragraph_format.space_after = Pt(1)

def para(text='', bold=False, size=None, align=None, italic=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def head(text):
    p = para(text, bold=True, size=11.5, after=3)
    p.paragraph_format.space_before = Pt(11)

def sub(text):
    p = para(text, bold=True, italic=True, after=1); p.paragraph_format.space_before = Pt(5)

def bullet(text):
    d.add_paragraph(text, style='List Bullet')

def history(left, right):
    p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(left); p.add_run('\t' + right)

para('GORDON BREKKE', bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para('Regina, Saskatchewan S4T 2A1  ·  306-555-0171  ·  gord.brekke@example.ca', align=WD_ALIGN_PARAGRAPH.CENTER, after=6)

head('OBJECTIVE')
para('Building Operator position with a school division or health authority, where my power engineering '
     'ticket and fifteen years of hands-on building maintenance can keep facilities safe and running.')

head('SUMMARY OF QUALIFICATIONS')
bullet('4th Class Power Engineer, certified in Saskatchewan since 2022.')
bullet('Fifteen years running my own building maintenance business for apartment and small commercial owners.')
bullet('Comfortable working alone on nights and weekends; reliable on call.')

head('SKILLS AND ACCOMPLISHMENTS')
sub('Boilers and mechanical systems')
bullet('Operate and log low-pressure steam and hot-water heating plants; daily, weekly and monthly boiler checks.')
bullet('Maintain pumps, air handlers, make-up air units and domestic hot water systems; change belts, filters and bearings.')
sub('Building automation')
bullet('Monitor and adjust schedules and set points on Delta Controls and Johnson Controls Metasys front ends.')
bullet('Cut natural gas use at a 48-suite client building by about 18% by resetting boiler outdoor-reset curves.')
sub('Safety and compliance')
bullet('Lockout/tagout, confined-space awareness, fire-alarm and sprinkler inspections with contractors.')
bullet('Kept maintenance records that passed every insurance and fire-marshal inspection for my clients.')
sub('Tenant and client relations')
bullet('Handled up to 40 service calls a week for eleven property owners; kept tenants informed and on side.')

head('WORK HISTORY')
history('Building Operator (casual) – Prairie Lily School Division, Regina', '2023 – present')
history('Owner/Operator – Brekke Property Services, Regina', '2008 – 2022')
history('Maintenance Helper – Wascana Mechanical Ltd., Regina', '2005 – 2008')
history('Elevator Hand – Prairie Pool Grain, Balgonie', 'Summers 2002 – 2004')

head('EDUCATION AND CERTIFICATION')
bullet('Power Engineering Technician (4th Class) certificate – Queen City Technical College, Regina, 2022')
bullet('4th Class Power Engineer Certificate of Competency – TSASK, 2022')
bullet('WHMIS 2015, 2023')
bullet('Standard First Aid with CPR/AED Level C, 2023')
bullet('Grade 12 – Qu’Appelle Valley Collegiate, 2002')

para('')
para('References available upon request.', italic=True)
d.save(out)
