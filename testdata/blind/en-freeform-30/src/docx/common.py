"""Small helpers over python-docx used by the per-person scripts."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import datetime

FIXED = datetime.datetime(2025, 1, 20, 9, 0, 0)

def new_doc(font="Liberation Sans", size=10.5, a4=True, margins=2.0, east_asia=None):
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
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = ""; cp.author = ""
    return d

def para(d, text="", bold=False, italic=False, size=None, color=None, align=None, after=None, before=None, style=None, font=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p

def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
    if caps: r.font.small_caps = True
    return r

def bullet(d, text, size=None):
    p = d.add_paragraph(style="List Bullet")
    run(p, text, size=size)
    p.paragraph_format.space_after = Pt(1)
    return p

def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)

def bottom_border(p, color="999999", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)

def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p

def cell_para(cell, text="", bold=False, italic=False, size=None, color=None):
    p = cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    p.paragraph_format.space_after = Pt(1)
    return p

def cell_bullet(cell, text, size=None):
    p = cell.add_paragraph(style="List Bullet")
    run(p, text, size=size)
    p.paragraph_format.space_after = Pt(1)
    return p

def footer_text(d, lines, size=8.5):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    for i, l in enumerate(lines):
        if i: p = f.add_paragraph()
        run(p, l, size=size, color="555555")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
