# python-docx: Indian-style CV, the whole page one bordered table (label | value), merged heading rows
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

out = sys.argv[1]
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.6)
sec.top_margin = sec.bottom_margin = Cm(1.4)
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def put(cell, lines, bold=False, size=None, align=None):
    cell.text = ''
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        if align: p.alignment = align
        r = p.add_run(ln); r.bold = bold
        if size: r.font.size = Pt(size)

t = d.add_table(rows=0, cols=2)
t.style = 'Table Grid'
W = (Cm(5.2), Cm(12.6))

def row(label, value, lb=True):
    r = t.add_row().cells
    r[0].width, r[1].width = W
    put(r[0], [label], bold=lb)
    put(r[1], value if isinstance(value, list) else [value])
    return r

def head(text):
    r = t.add_row().cells
    m = r[0].merge(r[1])
    put(m, [text], bold=True, size=11)
    shade(m, 'D9D9D9')

r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['CURRICULUM VITAE'], bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['PRAKASH KUMAR TRIPATHI'], bold=True, size=13)
m.add_paragraph('14/2, Sector B, Aliganj, Lucknow – 226024 (Uttar Pradesh)')
m.add_paragraph('Mobile: +91 98000 00417     E-mail: prakash.tripathi@example.in')

head('CAREER OBJECTIVE')
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['To work as a Data Entry Operator in a reputed organisation where I can use my typing speed and accuracy and grow along with the organisation.'])

head('ACADEMIC QUALIFICATION')
sub = t.add_row().cells; m = sub[0].merge(sub[1])
q = m.add_table(rows=1, cols=4); q.style = 'Table Grid'
for c, h in zip(q.rows[0].cells, ['Examination', 'Board / University', 'Year', 'Percentage']):
    put(c, [h], bold=True)
for a in [('B.Com', 'Gomti University, Lucknow', '2016', '58.4%'),
          ('Intermediate (12th)', 'U.P. Board', '2013', '64.2%'),
          ('High School (10th)', 'U.P. Board', '2011', '61.5%')]:
    cs = q.add_row().cells
    for c, v in zip(cs, a): put(c, [v])
m.paragraphs[0].text = ''

head('TECHNICAL QUALIFICATION')
row('DCA', 'Diploma in Computer Application (1 year) from Sai Computer Institute, Lucknow – 2014')
row('CCC', 'Course on Computer Concepts – NIELIT, 2016 (Grade B)')

head('TYPING SPEED')
row('English Typing', '45 w.p.m.')
row('Hindi Typing', '30 w.p.m. (Mangal / Kruti Dev)')

head('COMPUTER KNOWLEDGE')
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['MS Word, MS Excel (VLOOKUP, Pivot Table), MS PowerPoint, Tally ERP 9, Internet & E-mail'])

head('WORK EXPERIENCE')
sub = t.add_row().cells; m = sub[0].merge(sub[1])
q = m.add_table(rows=1, cols=4); q.style = 'Table Grid'
for c, h in zip(q.rows[0].cells, ['S.No.', 'Organisation', 'Designation', 'Duration']):
    put(c, [h], bold=True)
for a in [('1.', 'Shivansh Healthcare Billing Pvt. Ltd., Lucknow', 'Data Entry Operator', '01/08/2019 to Till Date'),
          ('2.', 'Awadh Gas Agency, Aliganj, Lucknow', 'Computer Operator', '15/07/2016 to 31/07/2019')]:
    cs = q.add_row().cells
    for c, v in zip(cs, a): put(c, [v])
m.paragraphs[0].text = ''

head('JOB PROFILE (PRESENT)')
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['➢ Entering 900–1,100 patient billing records per shift into the HIS software with 99.6% accuracy.',
        '➢ Checking insurance (TPA) claim forms and scanning documents.',
        '➢ Preparing daily MIS report in MS Excel for the billing manager.'])

head('STRENGTHS')
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['Punctual, Hard working, Quick learner, Good concentration'])

head('PERSONAL DETAILS')
row("Father's Name", 'Shri Ramesh Chandra Tripathi')
row('Date of Birth', '12/03/1995')
row('Gender', 'Male')
row('Marital Status', 'Unmarried')
row('Nationality', 'Indian')
row('Languages Known', 'Hindi, English')

head('DECLARATION')
r = t.add_row().cells; m = r[0].merge(r[1])
put(m, ['I hereby declare that the above information is true to the best of my knowledge and belief.', '',
        'Place: Lucknow', 'Date: ____________', '(PRAKASH KUMAR TRIPATHI)'])
d.save(out)
