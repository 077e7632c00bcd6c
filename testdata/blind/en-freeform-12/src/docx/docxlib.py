"""Small helpers shared by the python-docx scripts of this set."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font="Carlito", size=10.5, margins_cm=(2.0, 2.0, 2.0, 2.0), east_asia=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins_cm]
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(a), font)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)
    pf = st.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, space_after=None,
         space_before=None, color=None, style=None, caps=False, font=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, caps=caps, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, small_caps=False,
        underline=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if small_caps:
        r.font.small_caps = True
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        f = rpr.find(qn("w:rFonts"))
        f.set(qn("w:eastAsia"), font)
    return r


def right_tab(p, pos_cm, leader=None):
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader == "dots" else WD_TAB_LEADER.SPACES)


def left_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT)


def bullet(doc, text, glyph="\u2022", indent_cm=0.6, hang_cm=0.4, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-hang_cm)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm), WD_TAB_ALIGNMENT.LEFT)
    run(p, glyph + "\t" + text, size=size)
    return p


def border_bottom(p, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top(p, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def shade(cell_or_par, fill):
    if hasattr(cell_or_par, "_tc"):
        pr = cell_or_par._tc.get_or_add_tcPr()
    else:
        pr = cell_or_par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def table(doc, rows, cols, widths_cm, borders=True, style=None):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    # tblGrid widths are what LibreOffice reads
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "808080")
        b.append(e)
    tblpr.append(b)
    return t


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_margins(t, left_cm=0.1, right_cm=0.1, top_cm=0.03, bottom_cm=0.03):
    tblpr = t._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for edge, v in (("top", top_cm), ("left", left_cm), ("bottom", bottom_cm), ("right", right_cm)):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), str(int(v * 567)))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def footer_text(doc, text, size=8, align="center", page_field=False):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    run(p, text, size=size)
    if page_field:
        r = p.add_run()
        r.font.size = Pt(size)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(doc):
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p
