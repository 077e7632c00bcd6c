#!/usr/bin/python3
"""Word twin of the federal résumé: lays out src/txt/en_dana_kettleson.txt (bold labels, ruled caps headings,
real bullets with wrapped lines joined, bold employer lines)."""
import re, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().split('\n')
d = Document()
s = d.sections[0]
s.page_width, s.page_height = Cm(21.59), Cm(27.94)
s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(1.8)
n = d.styles['Normal']; n.font.name = 'Times New Roman'; n.font.size = Pt(11)
n.paragraph_format.space_after = Pt(0)

def rule(p):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', '8'), ('w:space', '1'), ('w:color', '000000')):
        e.set(qn(k), v)
    b.append(e); pPr.append(b)

heading_re = re.compile(r"^[A-Z][A-Z '&-]{3,}$")
label_re = re.compile(r"^([A-Z][A-Za-z' ]{1,40}):\s+(.*)$")
i, first, prev_blank, bullet = 0, True, True, None
while i < len(lines):
    ln = lines[i].rstrip()
    if first and ln:
        p = d.add_paragraph(); r = p.add_run(ln); r.bold = True; r.font.size = Pt(16); first = False
    elif not ln:
        bullet = None
    elif heading_re.match(ln):
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(12); p.paragraph_format.space_after = Pt(4)
        r = p.add_run(ln); r.bold = True; rule(p); bullet = None
    elif ln.startswith('- '):
        bullet = d.add_paragraph(ln[2:], style='List Bullet')
    elif ln.startswith('  ') and bullet is not None:
        bullet.add_run(' ' + ln.strip())
    else:
        m = label_re.match(ln)
        p = d.add_paragraph()
        if m and not prev_blank:
            r = p.add_run(m.group(1) + ': '); r.bold = True; p.add_run(m.group(2))
        elif prev_blank and i > 8:
            p.paragraph_format.space_before = Pt(6); r = p.add_run(ln); r.bold = True
        else:
            p.add_run(ln)
    prev_blank = not ln
    i += 1
d.save(out)
