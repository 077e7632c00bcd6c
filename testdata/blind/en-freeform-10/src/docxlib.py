"""Small helpers shared by the python-docx scripts in src/docx/ (run with /usr/bin/python3)."""
import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for scripts)
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor  # noqa: F401


def new_doc(font="Calibri", size=10.5, margins_cm=2.0, page="A4", east_asian=None):
    d = Document()
    s = d.sections[0]
    if page == "A4":
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    else:  # US Letter
        s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    s.left_margin = s.right_margin = Cm(margins_cm)
    s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
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
    if east_asian:
        rf.set(qn("w:eastAsia"), east_asian)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    return d


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None, smallcaps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, after=None, before=None,
         color=None, style=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def border(p, side="bottom", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def shade(p_or_cell, fill):
    el = p_or_cell._p if hasattr(p_or_cell, "_p") else p_or_cell._tc
    pr = el.get_or_add_pPr() if hasattr(p_or_cell, "_p") else el.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def tab_right(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def tab_left(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT)


def indent(p, left_cm=0.0, hanging_cm=0.0):
    p.paragraph_format.left_indent = Cm(left_cm)
    if hanging_cm:
        p.paragraph_format.first_line_indent = Cm(-hanging_cm)


def bullet(d_or_cell, text, char="\u2022", left_cm=0.6, size=None):
    p = d_or_cell.add_paragraph()
    indent(p, left_cm, 0.4)
    tab_left(p, left_cm)
    run(p, f"{char}\t{text}", size=size)
    p.paragraph_format.space_after = Pt(1)
    return p


def table_borders(t, val="single", sz=4, color="000000"):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def no_borders(t):
    table_borders(t, val="nil")


def col_widths(t, widths_cm):
    """Set the widths in the grid and in every cell (LibreOffice reads tblGrid)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, default_name):
    out = sys.argv[1] if len(sys.argv) > 1 else default_name
    d.save(out)
