"""Small python-docx helpers shared by the src/docx/*.docx.py scripts."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

def new_doc(east='宋体', latin='Calibri', size=10.5, margins=1.8):
    d = Document()
    st = d.styles['Normal']
    st.font.name = latin; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), east)
    st.paragraph_format.space_after = Pt(2); st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins); s.top_margin = s.bottom_margin = Cm(1.5)
    return d

def run(p, text, bold=False, size=None, color=None, italic=False, east=None):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if east: r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), east)
    return r

def para(container, text='', bold=False, size=None, align=None, color=None, italic=False, indent=None, tabs=None):
    p = container.add_paragraph()
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.left_indent = Cm(indent)
    for pos, kind in (tabs or []):
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT if kind == 'r' else WD_TAB_ALIGNMENT.LEFT)
    if text: run(p, text, bold, size, color, italic)
    return p

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)

def bottom_rule(p, color='1F4E79', sz='8'):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', sz), ('w:space', '1'), ('w:color', color)): e.set(qn(k), v)
    b.append(e); pPr.append(b)

def borders(table, val='single'):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + edge); e.set(qn('w:val'), val); e.set(qn('w:sz'), '4'); e.set(qn('w:color'), '808080'); b.append(e)
    tblPr.append(b)

def cell_text(cell, text, bold=False, align=None, size=None):
    p = cell.paragraphs[0]
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, text, bold, size)
    return p

def widths(table, cms):
    for row in table.rows:
        for c, w in zip(row.cells, cms): c.width = Cm(w)
