"""Small python-docx helpers shared by the DOCX generators of zh-freeform-28."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(1.8, 1.8, 1.8, 1.8)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
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
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def para(container, text="", bold=False, size=None, color=None, align=None, before=0, after=0, font=None, indent=None):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, font=font)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def bottom_rule(p, color="1F6F78", size=8):
    pPr = p._element.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(size))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)
    pPr.append(b)


def no_borders(table):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def all_borders(table, color="808080"):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    tbl = table._element
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def right_tab(p, pos_cm):
    pPr = p._element.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    t = OxmlElement("w:tab")
    t.set(qn("w:val"), "right")
    t.set(qn("w:pos"), str(int(pos_cm * 567)))
    tabs.append(t)
    pPr.append(tabs)


def clear_first(cell):
    """A new cell holds one empty paragraph; return it for reuse."""
    return cell.paragraphs[0]
