"""Small helpers for the hand-written python-docx résumés."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="宋体", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2); st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins); s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d

def run(p, text, bold=False, size=None, color=None, italic=False, font=None):
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font; r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r

def para(d_or_cell, text="", bold=False, size=None, align=None, color=None, tabs=(), before=None, after=None, indent=None):
    p = d_or_cell.add_paragraph()
    if text: run(p, text, bold=bold, size=size, color=color)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for pos, kind in tabs:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT, "center": WD_TAB_ALIGNMENT.CENTER}[kind])
    if before is not None: p.paragraph_format.space_before = Pt(before)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    return p

def shade(cell_or_par, fill):
    el = cell_or_par._tc.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else cell_or_par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    el.append(shd)

def bottom_border(p, sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr(); b = OxmlElement("w:pBdr"); e = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(sz)), ("space", "1"), ("color", color)): e.set(qn("w:" + k), v)
    b.append(e); pPr.append(b)

def table_borders(t, val="single", sz=4):
    tblPr = t._tbl.tblPr; b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), "000000"); b.append(e)
    tblPr.append(b)

def cell_text(cell, text, bold=False, align=None, size=None):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        run(p, line, bold=bold, size=size)
        if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def widths(t, cms):
    for row in t.rows:
        for c, w in zip(row.cells, cms): c.width = Cm(w)
