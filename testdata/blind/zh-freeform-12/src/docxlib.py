"""Small helpers for the python-docx scripts in src/docx/ (run with /usr/bin/python3)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def new_doc(font="宋体", size=10.5, margins=2.0, latin="Times New Roman"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d


def run(p, text, bold=False, size=None, font=None, color=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(container, text="", bold=False, size=None, align=None, font=None, color=None,
         before=0, after=0, indent=None):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, font=font, color=color)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Pt(indent)
    return p


def cell_text(cell, lines, bold=False, size=None, align=None, font=None):
    """Put lines (str or list) in a cell, one paragraph each."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        b = bold
        if isinstance(ln, tuple):
            ln, b = ln
        run(p, ln, bold=b, size=size, font=font)
        if align is not None:
            p.alignment = align
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, val="single", sz=4, color="000000", inside=True):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + e)
        if e in edges:
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        el.set(qn("w:space"), "0")
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    borders(table, val="nil", inside=True)


def cell_border(cell, **kw):
    """cell_border(c, left=('single',12,'1F4E79'), top=None ...)"""
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        v = kw.get(edge)
        if v:
            el.set(qn("w:val"), v[0])
            el.set(qn("w:sz"), str(v[1]))
            el.set(qn("w:color"), v[2])
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tab_stop_right(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), alignment=2)  # RIGHT
