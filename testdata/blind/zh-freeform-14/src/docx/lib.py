"""Small python-docx helpers shared by the résumé scripts (run with /usr/bin/python3)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font='宋体', size=10.5, margins=2.0):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.top_margin = s.bottom_margin = Cm(margins)
        s.left_margin = s.right_margin = Cm(margins)
    return d


def run(p, text, bold=False, size=None, color=None, font=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    return r


def para(d_or_cell, text='', bold=False, size=None, align=None, color=None, space_before=0, space_after=0, font=None, indent=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, font=font)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill)
    tcPr.append(sh)


def cell_text(cell, text, bold=False, size=None, align=None, color=None):
    """Put text (lines split on \n, one paragraph each) into a cell."""
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            run(p, line, bold=bold, size=size, color=color)
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def widths(table, cms):
    """Column widths in the grid and in every cell (a merged cell gets the sum of its span)."""
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e)
        x.set(qn('w:val'), 'nil')
        b.append(x)
    tblPr.append(b)


def right_tab(p, pos_cm):
    pPr = p._p.get_or_add_pPr()
    tabs = OxmlElement('w:tabs')
    t = OxmlElement('w:tab')
    t.set(qn('w:val'), 'right')
    t.set(qn('w:pos'), str(int(pos_cm * 567)))
    tabs.append(t)
    pPr.append(tabs)
