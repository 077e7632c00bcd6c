"""Small helpers shared by the python-docx scripts of en-freeform-22."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor, Emu


def new_doc(font='Arial', size=10.5, margins=(2.0, 2.0, 2.0, 2.0), letter=False, east_asia=None):
    d = Document()
    s = d.sections[0]
    if letter:
        s.page_width, s.page_height = Emu(7772400), Emu(10058400)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
        rf.set(qn(a), font)
    if east_asia:
        rf.set(qn('w:eastAsia'), east_asia)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    return d


def text_width(d):
    s = d.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def para(d_or_cell, parts=(), style=None, after=None, before=None, align=None, tab_right=None, size=None):
    """parts: list of (text, dict(b=, i=, color=, size=, caps=)) or plain strings."""
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            part = (part, {})
        t, f = part
        r = p.add_run(t)
        r.bold = f.get('b'); r.italic = f.get('i')
        if f.get('caps'):
            r.font.small_caps = True
        if f.get('allcaps'):
            r.font.all_caps = True
        if f.get('color'):
            r.font.color.rgb = RGBColor.from_string(f['color'])
        if f.get('size') or size:
            r.font.size = Pt(f.get('size') or size)
        if f.get('font'):
            r.font.name = f['font']
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    if tab_right is not None:
        pf.tab_stops.add_tab_stop(tab_right, WD_TAB_ALIGNMENT.RIGHT)
    return p


def bottom_border(p, color='444444', sz=6):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr')
    e = OxmlElement('w:bottom')
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), '1'); e.set(qn('w:color'), color)
    b.append(e); ppr.append(b)


def shade(p_or_cell, fill):
    el = p_or_cell._tc.get_or_add_tcPr() if hasattr(p_or_cell, '_tc') else p_or_cell._p.get_or_add_pPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    el.append(s)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + edge); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def first_par(cell, parts=(), **kw):
    """Write into the cell's existing empty first paragraph."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            part = (part, {})
        t, f = part
        r = p.add_run(t); r.bold = f.get('b'); r.italic = f.get('i')
        if f.get('color'):
            r.font.color.rgb = RGBColor.from_string(f['color'])
        if f.get('size'):
            r.font.size = Pt(f['size'])
    if kw.get('after') is not None:
        p.paragraph_format.space_after = Pt(kw['after'])
    return p


def bullet(d_or_cell, text, size=None, after=1):
    p = d_or_cell.add_paragraph(style='List Bullet')
    if isinstance(text, str):
        text = [text]
    for part in text:
        if isinstance(part, str):
            part = (part, {})
        r = p.add_run(part[0]); r.bold = part[1].get('b'); r.italic = part[1].get('i')
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def save(d):
    d.save(sys.argv[1])
