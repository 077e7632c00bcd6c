"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="Carlito", size=10.5, margins_cm=2.0, east_asia=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(k), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
    return d


def para(cell_or_doc, text="", bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, style=None, small_caps=False):
    p = cell_or_doc.add_paragraph(style=style) if style else cell_or_doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, small_caps=small_caps)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, small_caps=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if small_caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
    return r


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_widths(table, widths_cm):
    """Column widths both in tblGrid (LibreOffice reads it) and on every cell."""
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
    table.autofit = False


def bottom_rule(p, size=6, color="808080"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def left_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT)


def bullet(cell_or_doc, text, glyph="\u2022", indent_cm=0.5, bold_lead=None):
    p = cell_or_doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    left_tab(p, indent_cm)
    run(p, glyph + "\t")
    if bold_lead:
        run(p, bold_lead, bold=True)
    run(p, text)
    return p


def first_para(cell):
    """The empty paragraph a new cell starts with."""
    return cell.paragraphs[0]
