"""Small helpers shared by the python-docx scripts of en-freeform-26."""
import sys
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor, Mm


def new_doc(font="Calibri", size=10.5, letter=True, margins=0.8, east_asia=None):
    d = Document()
    s = d.sections[0]
    if letter:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:ascii"), font)
    rf.set(qn("w:hAnsi"), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    return d


def text_width(d):
    s = d.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def para(d, parts, size=None, align=None, after=None, before=None, style=None, right_tab=False):
    """parts: list of (text, flags) with flags a string of b/i/u or a colour 'c:RRGGBB'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, "")]
    for text, flags in parts:
        r = p.add_run(text)
        r.bold = "b" in flags
        r.italic = "i" in flags
        r.underline = "u" in flags
        if "C" in flags:
            r.font.all_caps = True
        if "c:" in flags:
            r.font.color.rgb = RGBColor.from_string(flags.split("c:")[1][:6])
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if right_tab:
        p.paragraph_format.tab_stops.add_tab_stop(text_width(d), WD_TAB_ALIGNMENT.RIGHT)
    return p


def bullet(d, text, size=None):
    p = d.add_paragraph(style="List Bullet")
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    return p


def bottom_rule(p, color="444444"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.makeelement(qn("w:pBdr"), {})
    b = bdr.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): color})
    bdr.append(b)
    ppr.append(bdr)


def save(d, out):
    d.core_properties.author = ""
    d.save(out)
    print("wrote", out)


def out_path(default):
    return sys.argv[1] if len(sys.argv) > 1 else default
