"""Small helpers for the python-docx résumés of en-freeform-29."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="Liberation Serif", size=10.5, a4=True, margins=2.0, east_asia=None):
    d = Document()
    s = d.sections[0]
    if a4:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    else:
        s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    return d


def text_width(d):
    s = d.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def para(d, text="", bold=False, italic=False, size=None, color=None, font=None,
         align=None, after=None, before=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font)
    return r


def right_tab(d, p):
    p.paragraph_format.tab_stops.add_tab_stop(text_width(d), WD_TAB_ALIGNMENT.RIGHT)
    return p


def bullet(d, text, style="List Bullet"):
    p = d.add_paragraph(style=style)
    run(p, text)
    p.paragraph_format.space_after = Pt(0)
    return p


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell_border_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def core(d, author, title):
    d.core_properties.author = author
    d.core_properties.title = title
