"""Small python-docx helpers shared by src/docx/*.docx.py."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font='宋体', size=10.5, margins=2.0):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins); s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d

def run(p, text, bold=False, size=None, color=None, font=None):
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font; r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    return r

def para(d, text='', bold=False, size=None, align=None, color=None, space_before=0, space_after=0):
    p = d.add_paragraph()
    if text: run(p, text, bold, size, color)
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(space_before); p.paragraph_format.space_after = Pt(space_after)
    return p

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)

def cell_text(cell, text, bold=False, size=None, align=None, color=None):
    """Put text (lines split on \\n into paragraphs) into a cell, replacing what is there."""
    cell.text = ''
    lines = text.split('\n') if isinstance(text, str) else text
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run(p, line, bold, size, color)
        if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def widths(table, cms):
    for row in table.rows:
        for c, w in zip(row.cells, cms): c.width = Cm(w)

def no_borders(table):
    tblPr = table._tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def bottom_rule(p, color='444444', sz='8'):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement('w:pBdr'); x = OxmlElement('w:bottom')
    x.set(qn('w:val'), 'single'); x.set(qn('w:sz'), sz); x.set(qn('w:space'), '1'); x.set(qn('w:color'), color)
    b.append(x); pPr.append(b)
