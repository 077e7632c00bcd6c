"""Small helpers shared by the python-docx scripts of zh-freeform-19."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="宋体", size=10.5, margins=(2.0, 2.0, 1.8, 1.8)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Cm(x) for x in margins]
    return d


def run(p, text, bold=False, size=None, font=None, color=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        fonts.set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def para(d_or_cell, text="", bold=False, size=None, align=None, before=0, after=0, font=None, color=None, indent=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, font=font, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Pt(indent)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, shade=None, font=None):
    """Replace the cell's first paragraph with text (lines split on \\n into paragraphs)."""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            run(p, line, bold=bold, size=size, font=font)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return cell


def shade_cell(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def vcenter(cell):
    tcPr = cell._element.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def widths(table, cms):
    table.autofit = False
    for i, gc in enumerate(table._tbl.tblGrid.gridCol_lst):
        if i < len(cms):
            gc.w = Cm(cms[i])
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def no_borders(table):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def bottom_rule(p, color="000000", sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), sz)
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)
    pPr.append(bdr)


def left_bar(cell, color="2F5597"):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    e = OxmlElement("w:left")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), "18")
    e.set(qn("w:color"), color)
    b.append(e)
    tcPr.append(b)


def placeholder_png(path, w=90, h=120):
    """Write a plain grey 'photo' PNG (a person's silhouette is not needed)."""
    import struct, zlib
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            cx, cy = x - w / 2, y - h * 0.38
            head = cx * cx + cy * cy < (w * 0.2) ** 2
            body = y > h * 0.62 and abs(cx) < w * 0.38 - (h - y) * 0.1
            v = 150 if (head or body) else 215
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
