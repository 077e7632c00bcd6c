"""Philippine caregiver résumé, Word twin of src/txt/en_jonalyn_macaraeg.txt: the same lines set in Word
(Cambria, bold underlined caps headings, a name/contact table beside a '2x2 ID photo' box, real bullets,
label-tab-colon rows, signature line on the right). Reads the .txt so both files print the same values."""
import os, re
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

lines = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'txt', 'en_jonalyn_macaraeg.txt'), encoding='utf-8').read().split('\n')
d = new_doc(font='Cambria', size=11, margins=(1.5, 1.5, 2.0, 2.0))
W = text_width(d)

# header: four lines beside a photo box
t = d.add_table(rows=1, cols=2)
no_borders(t)
a, b = t.rows[0].cells
first_par(a, [(lines[0], {'b': True, 'size': 18})], after=2)
for l in lines[1:4]:
    para(a, l.strip(), after=0)
first_par(b, [('2x2 ID photo', {'i': True, 'color': '888888', 'size': 9})])
b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
tcPr = b._tc.get_or_add_tcPr()
borders = OxmlElement('w:tcBorders')
for edge in ('top', 'left', 'bottom', 'right'):
    e = OxmlElement('w:' + edge); e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '6'); borders.append(e)
tcPr.append(borders)
col_widths(t, [W - Cm(3.4), Cm(3.4)])
t.rows[0].height = Cm(3.6)

i = 4
label_re = re.compile(r'^\s{3}([A-Za-z /]+?)\s*:\s(.*)$')
while i < len(lines):
    l = lines[i]; s = l.strip(); i += 1
    if not s:
        continue
    if s.isupper() and len(s) > 3 and not l.startswith(' '):
        p = para(d, [(s, {'b': True})], before=10, after=3)
        p.runs[0].underline = True
        continue
    if l.startswith('I hereby'):
        para(d, s + ' ' + lines[i].strip(), before=10, after=16); i += 1
        continue
    if l.startswith('          ') and s in ('JONALYN B. MACARAEG', 'Applicant'):
        para(d, [(s, {'b': s != 'Applicant'})], align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        continue
    m = label_re.match(l)
    if m and not s.startswith('Contact'):
        p = para(d, [m.group(1), '\t: ' + m.group(2)], after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
        p.paragraph_format.left_indent = Cm(0.6)
        continue
    if s.startswith('- '):
        text = s[2:]
        while i < len(lines) and lines[i].startswith('       ') and not lines[i].strip().startswith('- '):
            text += ' ' + lines[i].strip(); i += 1
        bullet(d, text, after=0)
        continue
    # entry lines
    indent = len(l) - len(l.lstrip())
    p = para(d, s, after=0)
    p.paragraph_format.left_indent = Cm(0.6 if indent <= 3 else 3.2)
    if indent == 3 and (i < len(lines)) and lines[i].startswith('   ') and not lines[i - 2].strip():
        p.runs[0].bold = True
save(d)
