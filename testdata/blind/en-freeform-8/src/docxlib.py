"""Small helpers shared by the python-docx scripts."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font='Liberation Sans', size=10.5, east_asia=None, margins=1.8):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs'): rf.set(qn(a), font)
    if east_asia: rf.set(qn('w:eastAsia'), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.page_height = Cm(29.7); s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margins)
    return d

def para(d, text='', bold=False, italic=False, size=None, align=None, color=None, space_after=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return r

def bullet(d, text):
    p = d.add_paragraph(style='List Bullet'); p.add_run(text); p.paragraph_format.space_after = Pt(1)
    return p

def heading_bar(d, text, fill='D9D9D9', size=11):
    p = para(d, text, bold=True, size=size)
    ppr = p._p.get_or_add_pPr(); shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill); ppr.append(shd)
    p.paragraph_format.space_before = Pt(8)
    return p

def set_cols(section, n, space_cm=1.0):
    sp = section._sectPr
    cols = sp.find(qn('w:cols'))
    if cols is None:
        cols = OxmlElement('w:cols'); sp.append(cols)
    cols.set(qn('w:num'), str(n)); cols.set(qn('w:space'), str(int(space_cm * 567)))

def continuous_section(d, ncols):
    s = d.add_section(WD_SECTION.CONTINUOUS); set_cols(s, ncols); return s

def tab_right(p, pos_cm=17.4):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)

def cell_text(cell, text, bold=False, italic=False, size=None):
    p = cell.paragraphs[0]; run(p, text, bold, italic, size); return p

def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def out():
    return sys.argv[1]
