"""Small helpers shared by the python-docx scripts in docx/."""
import sys
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font='Calibri', size=10.5, margin=1.8, east_asia=None):
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margin)
        s.top_margin = s.bottom_margin = Cm(1.5)
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    rf.set(qn('w:ascii'), font); rf.set(qn('w:hAnsi'), font)
    if east_asia:
        rf.set(qn('w:eastAsia'), east_asia)
    st.paragraph_format.space_after = Pt(2)
    return d


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    pr.append(b)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcpr.append(s)


def bottom_border(par, color='444444', sz='8'):
    ppr = par._p.get_or_add_pPr()
    pb = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
    b.set(qn('w:val'), 'single'); b.set(qn('w:sz'), sz); b.set(qn('w:space'), '1'); b.set(qn('w:color'), color)
    pb.append(b); ppr.append(pb)


def runs(par, *parts):
    """parts: str or (text, 'b'/'i'/'bi'/'s' (small caps)/'c:RRGGBB', size)"""
    for part in parts:
        if isinstance(part, str):
            par.add_run(part); continue
        text, fl = part[0], part[1]
        r = par.add_run(text)
        r.bold = 'b' in fl.split(':')[0]
        r.italic = 'i' in fl.split(':')[0]
        if 's' in fl.split(':')[0]:
            r.font.small_caps = True
        if 'c:' in fl:
            r.font.color.rgb = RGBColor.from_string(fl.split('c:')[1][:6])
        if len(part) > 2:
            r.font.size = Pt(part[2])
    return par


def p(d, *parts, after=2, before=0, tabs=None, align=None):
    par = d.add_paragraph()
    par.paragraph_format.space_after = Pt(after)
    par.paragraph_format.space_before = Pt(before)
    if tabs:
        for pos, kind in tabs:
            par.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT if kind == 'r' else WD_TAB_ALIGNMENT.LEFT)
    if align is not None:
        par.alignment = align
    return runs(par, *parts)


def heading(d, text, color='1F3A5F', size=12, border=True, caps=True):
    par = p(d, (text.upper() if caps else text, 'b:c:' + color, size), before=8, after=3)
    if border:
        bottom_border(par, color)
    return par


def bullet(d, *parts):
    par = d.add_paragraph(style='List Bullet')
    par.paragraph_format.space_after = Pt(1)
    return runs(par, *parts)


def cell_text(cell, *lines):
    """lines: each a tuple of parts; first line replaces the empty first paragraph."""
    first = True
    for ln in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        par.paragraph_format.space_after = Pt(1)
        if isinstance(ln, str):
            ln = (ln,)
        runs(par, *ln)
    return cell


def save(d):
    d.save(sys.argv[1])
