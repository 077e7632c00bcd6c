"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(1.8, 1.8, 1.6, 1.6)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = 1.15
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
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
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    return r


def para(d_or_cell, text="", bold=False, size=None, color=None, align=None, before=None, after=None,
         indent=None, font=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def pshade(p, fill):
    pPr = p._element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def pborder(p, side="bottom", color="444444", sz=8):
    pPr = p._element.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)
    pPr.append(b)


def right_tab(p, pos_cm=17.4):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), alignment=2)


def cell_text(cell, text, bold=False, size=None, color=None, align=None):
    """Replace the first paragraph of a cell with text (lines split on \n into paragraphs)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run(p, lines[0], bold=bold, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in lines[1:]:
        q = cell.add_paragraph()
        run(q, ln, bold=bold, size=size, color=color)
        if align == "center":
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, cols, widths=None, style="Table Grid"):
    t = d.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def no_borders(t):
    tblPr = t._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
