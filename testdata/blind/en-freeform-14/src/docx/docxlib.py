"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="Calibri", size=10.5, margins_cm=2.0, letter=False, east_asia=None):
    d = Document()
    sec = d.sections[0]
    if letter:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(k), font)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None,
         space_before=None, space_after=None, indent_cm=None, first_line_cm=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        pf.first_line_indent = Cm(first_line_cm)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, small_caps=False, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if small_caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def right_tab(p, pos_cm, leader=None):
    ts = p.paragraph_format.tab_stops
    from docx.enum.text import WD_TAB_LEADER
    if leader == "dots":
        ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    else:
        ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def bullet(d_or_cell, text, glyph="\u2022", indent_cm=0.6, hang_cm=0.45, size=None, italic_prefix=None):
    """A hand-made bullet: glyph + TAB with a hanging indent (no Word numbering)."""
    p = d_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-hang_cm)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    run(p, glyph + "\t", size=size)
    run(p, text, size=size)
    return p


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text_direction(cell, val="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    tcPr.append(td)


def cell_valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    tcPr.append(v)


def table_borders(table, val="none", sz=4, color="000000", inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in edges:
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def bottom_border(p, sz=6, color="808080"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def first_cell_para(cell):
    """The empty paragraph python-docx puts in a new cell."""
    return cell.paragraphs[0]


def fixed_core(d, title="", author=""):
    import datetime
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
