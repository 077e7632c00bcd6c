"""Small helpers for the python-docx résumés of en-freeform-27."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="Carlito", size=10.5, margins=2.0, east_asian=None, letter=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font)
    if east_asian:
        rf.set(qn("w:eastAsia"), east_asian)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        if letter:
            s.page_width, s.page_height = Cm(21.59), Cm(27.94)
        else:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margins)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, after=None, before=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
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


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return r


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def bottom_border(p, color="444444"):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", color)):
        bt.set(qn("w:" + k), v)
    b.append(bt); pPr.append(b)


def bullet(d, text, italic=False):
    p = d.add_paragraph(style="List Bullet")
    run(p, text, italic=italic)
    p.paragraph_format.space_after = Pt(1)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)
