"""Small helpers for the python-docx sources of zh-freeform-24."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="宋体", size=10.5, margins=(2.0, 2.0, 1.8, 1.8)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def run(p, text, bold=False, size=None, font=None, color=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(d, text="", bold=False, size=None, align=None, font=None, color=None, before=0, after=0):
    p = d.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, font=font, color=color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bottom_rule(p, color="000000", sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def cell_text(cell, text, bold=False, size=None, align=None, fill=None, color=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            run(p, line, bold=bold, size=size, color=color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill:
        shade(cell, fill)
    return cell


def widths(table, cms):
    """Set column widths in the grid (what LibreOffice reads) and on every cell."""
    table.autofit = False
    grid_el = table._tbl.tblGrid
    for i, gc in enumerate(grid_el.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grid(d, rows, cms, label_cols=(), fill="E7E6E6", size=None, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(cms))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(r, c), val, bold=(c in label_cols), size=size,
                      fill=(fill if c in label_cols else None))
    widths(t, cms)
    return t
