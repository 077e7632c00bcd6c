"""Small python-docx helpers used by src/docx/*.py (typed like a person using Word)."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new(font="Calibri", size=10.5, east_asia=None, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(k), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margins)
    return d


def para(d, *runs, align=None, space_before=0, tab=None, size=None, indent=None, style=None):
    """runs: str or (text, 'b'/'i'/'bi'/'' , optional size)."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if tab is not None:
        pf.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.RIGHT)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in runs:
        if isinstance(r, str):
            r = (r, "")
        run = p.add_run(r[0])
        run.bold = "b" in r[1]
        run.italic = "i" in r[1]
        if len(r) > 2:
            run.font.size = Pt(r[2])
        elif size:
            run.font.size = Pt(size)
    return p


def bullet(d, text, indent=0.6):
    p = para(d, "•\t" + text, indent=indent)
    p.paragraph_format.first_line_indent = Cm(-0.45)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    return p


def bottom_border(p):
    ppr = p._p.get_or_add_pPr()
    b = ppr.makeelement(qn("w:pBdr"), {})
    e = b.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): "444444"})
    b.append(e)
    ppr.append(b)
