"""Small python-docx helpers shared by the résumé scripts."""
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="宋体", size=10.5, margins=18):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(margins)
        s.top_margin = s.bottom_margin = Mm(margins - 2)
    return d

def para(container, text="", bold=False, size=None, color=None, align=None, space_after=2):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(container, parts, space_after=2):
    """parts: list of (text, bold)"""
    p = container.add_paragraph()
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    p.paragraph_format.space_after = Pt(space_after)
    return p

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def clear_cell(cell):
    cell.paragraphs[0].text = ""
    return cell

def cell_lines(cell, lines, bold_first=False):
    """write lines into a cell: first goes into the existing paragraph"""
    first = True
    for ln in lines:
        if isinstance(ln, tuple):
            text, b = ln
        else:
            text, b = ln, False
        if first:
            p = cell.paragraphs[0]; first = False
        else:
            p = cell.add_paragraph()
        r = p.add_run(text); r.bold = b
        p.paragraph_format.space_after = Pt(1)
    return cell

def width(table, mms):
    for row in table.rows:
        for c, w in zip(row.cells, mms):
            c.width = Mm(w)
