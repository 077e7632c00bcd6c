"""Small helpers over python-docx for the en-freeform-28 Word CVs."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn


def new_doc(font="Carlito", size=10.5, a4=True, margins=2.0, east_asia=None):
    d = Document()
    sec = d.sections[0]
    if a4:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
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


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, after=None, before=None):
    p = d.add_paragraph()
    if text:
        run(p, text, bold, italic, size, color)
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
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def heading(d, text, color="1F4E79", size=12, rule=True):
    p = para(d, text, bold=True, size=size, color=color, before=8, after=3)
    if rule:
        ppr = p._p.get_or_add_pPr()
        bdr = ppr.makeelement(qn("w:pBdr"), {})
        b = bdr.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): color})
        bdr.append(b)
        ppr.append(bdr)
    return p


def bullet(d, text):
    p = d.add_paragraph(style="List Bullet")
    run(p, text)
    p.paragraph_format.space_after = Pt(1)
    return p


def tabbed(d, left, right, bold_left=True, tab_cm=17.0, italic_right=False):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), WD_TAB_ALIGNMENT.RIGHT)
    run(p, left, bold=bold_left)
    run(p, "\t" + right, italic=italic_right)
    p.paragraph_format.space_after = Pt(1)
    return p


def footer_text(d, lines, size=8.5):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
