"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font="Calibri", size=10.5, margins=2.0, letter=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), font)
    rf.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        if letter:
            s.page_width, s.page_height = Cm(21.59), Cm(27.94)
        else:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None,
         space_before=None, space_after=None, smallcaps=False, spacing=None, indent=None,
         first=None, tabs=None, keep=False):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, smallcaps=smallcaps,
            spacing=spacing)
    fmt(p, align=align, space_before=space_before, space_after=space_after, indent=indent,
        first=first, tabs=tabs)
    return p


def fmt(p, align=None, space_before=None, space_after=None, indent=None, first=None, tabs=None):
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    for pos, kind in (tabs or []):
        al = {"right": WD_TAB_ALIGNMENT.RIGHT, "left": WD_TAB_ALIGNMENT.LEFT}[kind]
        pf.tab_stops.add_tab_stop(Cm(pos), al)


def run(p, text, bold=False, italic=False, size=None, color=None, smallcaps=False, spacing=None,
        underline=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if smallcaps:
        r.font.small_caps = True
    if spacing:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return r


def bottom_border(p, color="808080", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(cms[i])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def clear_cell(cell):
    """A new cell holds one empty paragraph; return it for reuse."""
    return cell.paragraphs[0]
