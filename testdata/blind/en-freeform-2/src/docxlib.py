"""Small helpers on top of python-docx for the hand-made Word files of en-freeform-2.

Inline markup in text arguments: **bold**, //italic//, __underline__ (nested not supported).
A TAB character in the text becomes a real tab (w:tab).
"""
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TOKEN = re.compile(r"(\*\*.+?\*\*|//.+?//|__.+?__)")


def new_doc(font="Calibri", size=10.5, margins_cm=2.0, east_asia=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    if east_asia:
        rfonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(margins_cm)
        s.left_margin = s.right_margin = Cm(margins_cm)
    return doc


def add_runs(p, text, size=None, color=None, font=None):
    for part in TOKEN.split(text):
        if not part:
            continue
        bold = italic = underline = False
        if part.startswith("**") and part.endswith("**"):
            part, bold = part[2:-2], True
        elif part.startswith("//") and part.endswith("//"):
            part, italic = part[2:-2], True
        elif part.startswith("__") and part.endswith("__"):
            part, underline = part[2:-2], True
        r = p.add_run(part)
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return p


def para(container, text="", size=None, align=None, tabs=(), color=None, before=None, after=None,
         indent_cm=None, hanging_cm=None, style=None, keep_next=False):
    """tabs: list of (position_cm, 'left'|'right'|'center', leader or None)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    for pos, kind, leader in tabs:
        al = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
              "center": WD_TAB_ALIGNMENT.CENTER}[kind]
        ld = {None: WD_TAB_LEADER.SPACES, "dots": WD_TAB_LEADER.DOTS,
              "dash": WD_TAB_LEADER.DASHES}[leader]
        pf.tab_stops.add_tab_stop(Cm(pos), al, ld)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        pf.first_line_indent = Cm(-hanging_cm)
    if keep_next:
        pf.keep_with_next = True
    add_runs(p, text, size=size, color=color)
    return p


def bullet(container, text, glyph="\u2022", indent_cm=0.6, size=None):
    return para(container, glyph + "\t" + text, size=size, indent_cm=indent_cm, hanging_cm=0.4,
                tabs=[(indent_cm, "left", None)])


def bottom_border(p, sz=6, color="444444"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def table(doc, rows, cols, widths_cm, borders=False):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    tblpr = t._tbl.tblPr
    if not borders:
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblpr.append(b)
    else:
        t.style = doc.styles["Table Grid"]
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    return t


def cell_text(cell, text, **kw):
    """Write text into a cell, replacing its empty first paragraph; '\n' starts new paragraphs."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    add_runs(first, lines[0], size=kw.get("size"), color=kw.get("color"))
    if kw.get("align") == "right":
        first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ln in lines[1:]:
        p = para(cell, ln, size=kw.get("size"), color=kw.get("color"), align=kw.get("align"))
    return cell


def shade(cell, fill="EDEDED"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)
