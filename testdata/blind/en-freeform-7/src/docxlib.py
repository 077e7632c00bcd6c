"""Small helpers shared by the python-docx scripts."""
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font='Arial', size=10.5, margins_cm=2.0, east_asia=None):
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
        rf.set(qn(a), font)
    if east_asia:
        rf.set(qn('w:eastAsia'), east_asia)
    st.paragraph_format.space_after = Pt(2)
    return d

def style_font(d, name, font=None, size=None, color=None, bold=None):
    st = d.styles[name]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.append(rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), font)
        for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    if size: st.font.size = Pt(size)
    if color: st.font.color.rgb = RGBColor.from_string(color)
    if bold is not None: st.font.bold = bold
    return st

def para(d, *runs, style=None, align=None, tabs=(), after=None, before=None, indent_cm=None):
    """runs: str or (text, 'b'/'i'/'bi'/'') tuples."""
    p = d.add_paragraph(style=style)
    for r in runs:
        if isinstance(r, str): r = (r, '')
        t, f = r
        run = p.add_run(t)
        run.bold = 'b' in f or None
        run.italic = 'i' in f or None
        if 's' in f: run.font.size = Pt(9)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for pos, kind in tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), {'r': WD_TAB_ALIGNMENT.RIGHT, 'l': WD_TAB_ALIGNMENT.LEFT, 'c': WD_TAB_ALIGNMENT.CENTER}[kind])
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if indent_cm is not None: p.paragraph_format.left_indent = Cm(indent_cm)
    return p

def bullets(d, items, style='List Bullet'):
    for it in items:
        p = d.add_paragraph(style=style)
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True; p.add_run(it[1])
        else:
            p.add_run(it)
        p.paragraph_format.space_after = Pt(0)

def bottom_border(p, color='444444', sz=6):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr'); e = OxmlElement('w:bottom')
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), '1'); e.set(qn('w:color'), color)
    b.append(e); pPr.append(b)

def core_props(d, title, author):
    d.core_properties.title = title; d.core_properties.author = author

def save(d):
    d.save(sys.argv[1])
