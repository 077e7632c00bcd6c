"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt, Cm


def new_doc(font="宋体", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return d


def para(d_or_cell, text="", bold=False, size=None, align=None, font=None, italic=False, space_after=2, indent=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, font=font, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def run(p, text, bold=False, size=None, font=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def bottom_border(p, sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "444444")
    bdr.append(b)
    pPr.append(bdr)


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run(p, line, bold=bold, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)
