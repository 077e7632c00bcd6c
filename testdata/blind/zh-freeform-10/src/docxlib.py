"""Small helpers for the python-docx scripts of zh-freeform-10."""
import sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="宋体", size=10.5, margins=1.8):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.5)
    return d


def run(p, text, bold=False, size=None, color=None, italic=False, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def para(container, text="", bold=False, size=None, color=None, align=None, space_after=2, tab=None, italic=False):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, italic=italic)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if tab:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.RIGHT)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def set_width(cell, cm):
    cell.width = Cm(cm)


def bar(d, text, fill="1F5C99", color="FFFFFF"):
    """A shaded one-cell section bar."""
    t = d.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].text = ""
    run(c.paragraphs[0], text, bold=True, color=color)
    return t


def first_para(cell, text="", **kw):
    p = cell.paragraphs[0]
    if text:
        run(p, text, **kw)
    return p


def save(d):
    d.save(sys.argv[1])


def widths(table, cms):
    """Fix column widths (LibreOffice honours the grid, Word the cells)."""
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
        for c in table.columns[i].cells:
            c.width = Cm(w)
