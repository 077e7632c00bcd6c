"""Small python-docx helpers shared by the Word CVs of en-freeform-31."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import datetime


def new_doc(font="Liberation Sans", size=10.5, cjk=None, margins=2.0, letter=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(k), font)
    if cjk:
        rf.set(qn("w:eastAsia"), cjk)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.6)
        if letter:
            s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    d.core_properties.created = datetime.datetime(2025, 3, 1)
    d.core_properties.modified = datetime.datetime(2025, 3, 1)
    d.core_properties.author = ""
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, after=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        add(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def add(p, text, bold=False, italic=False, size=None, color=None, caps=False, small_caps=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if small_caps:
        r.font.small_caps = True
    return r


def heading(d, text, color="1F3A5F", size=12, rule=True, small_caps=False):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    add(p, text, bold=True, size=size, color=color, small_caps=small_caps)
    if rule:
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
        bdr.append(b); ppr.append(bdr)
    return p


def tabbed(d, left, right, bold_left=True, pos_cm=17.0, italic_right=False):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    add(p, left, bold=bold_left)
    add(p, "\t" + right, italic=italic_right)
    p.paragraph_format.space_before = Pt(4)
    return p


def bullet(d, text, style="List Bullet"):
    p = d.add_paragraph(style=style)
    add(p, text)
    p.paragraph_format.space_after = Pt(1)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)
