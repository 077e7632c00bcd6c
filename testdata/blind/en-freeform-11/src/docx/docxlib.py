"""Small helpers on top of python-docx (0.8.x) for the hand-made Word files of this set.

Every script in src/docx/ imports this module, builds one document and saves it to the
path given as argv[1].  Widths are in centimetres.
"""
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
TABAL = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
         "center": WD_TAB_ALIGNMENT.CENTER}
LEADER = {None: WD_TAB_LEADER.SPACES, "dots": WD_TAB_LEADER.DOTS}


def new_doc(font="Liberation Serif", size=10.5, page="A4", margins=(2.0, 2.0, 2.0, 2.0),
            east_asian=None):
    doc = Document()
    sec = doc.sections[0]
    if page == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:  # US Letter
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    if east_asian:
        rfonts.set(qn("w:eastAsia"), east_asian)
    pf = st.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(2)
    return doc


def text_width(doc):
    s = doc.sections[0]
    return (s.page_width - s.left_margin - s.right_margin) / 360000.0  # cm


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, smallcaps=False,
        font=None, underline=False, spacing=None):
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
    if smallcaps:
        r.font.small_caps = True
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), font)
    if spacing is not None:  # character spacing in points
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        rpr.append(sp)
    return r


def para(container, parts=(), align="left", before=0, after=2, left=None, hanging=None,
         first=None, tabs=(), style=None, keep=False, line=None):
    """parts: a string or a list of strings / (text, {opts}) tuples.  '\t' inside text is a TAB."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            run(p, part[0], **part[1])
        else:
            run(p, part)
    pf = p.paragraph_format
    p.alignment = ALIGN[align]
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if left is not None:
        pf.left_indent = Cm(left)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    for t in tabs:
        pos, al = t[0], t[1] if len(t) > 1 else "left"
        ld = t[2] if len(t) > 2 else None
        pf.tab_stops.add_tab_stop(Cm(pos), TABAL[al], LEADER[ld])
    if keep:
        pf.keep_with_next = True
    return p


def first_para(cell, parts=(), **kw):
    """Write into the empty first paragraph of a fresh table cell."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            run(p, part[0], **part[1])
        else:
            run(p, part)
    pf = p.paragraph_format
    p.alignment = ALIGN[kw.get("align", "left")]
    pf.space_before, pf.space_after = Pt(kw.get("before", 0)), Pt(kw.get("after", 2))
    if kw.get("left") is not None:
        pf.left_indent = Cm(kw["left"])
    if kw.get("hanging") is not None:
        pf.first_line_indent = Cm(-kw["hanging"])
    for t in kw.get("tabs", ()):
        pos, al = t[0], t[1] if len(t) > 1 else "left"
        ld = t[2] if len(t) > 2 else None
        pf.tab_stops.add_tab_stop(Cm(pos), TABAL[al], LEADER[ld])
    return p


def cell_text(cell, lines, **kw):
    """Fill a cell with one paragraph per item of `lines` (each a str or parts list)."""
    for i, ln in enumerate(lines):
        if i == 0:
            first_para(cell, ln, **kw)
        else:
            para(cell, ln, **{k: v for k, v in kw.items() if k in ("align", "before", "after", "left", "hanging", "tabs")})


def bottom_border(p, size=6, color="000000", space=1, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def valign(cell, where="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), where)
    tcpr.append(v)


def table(container, rows, cols, widths, borders=True, border_color="000000", size=4,
          cell_margin=None, indent=None):
    """A fixed-width table; widths in cm (written to tblGrid so LibreOffice keeps them)."""
    try:
        t = container.add_table(rows=rows, cols=cols)
    except TypeError:  # header / footer parts want a width
        t = container.add_table(rows, cols, Cm(sum(widths)))
    t.autofit = False
    tbl = t._tbl
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    if indent is not None:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), str(int(indent * 567)))
        ind.set(qn("w:type"), "dxa")
        tblpr.append(ind)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:color"), border_color)
        b.append(el)
    tblpr.append(b)
    if cell_margin is not None:
        mar = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            el = OxmlElement("w:" + side)
            el.set(qn("w:w"), str(int(cell_margin * 567)))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        tblpr.append(mar)
    grid = tbl.tblGrid
    for gc in list(grid):
        grid.remove(gc)
    for w in widths:
        gc = OxmlElement("w:gridCol")
        gc.set(qn("w:w"), str(int(w * 567)))
        grid.append(gc)
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths[i])
    return t


def cell_borders(cell, **sides):
    """cell_borders(c, top='single', bottom='nil', ...)"""
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcpr.append(b)
    for side, val in sides.items():
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        b.append(el)


def field(p, instr, placeholder="1"):
    """Insert a simple field (PAGE, NUMPAGES) into paragraph p."""
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    p.add_run(placeholder)
    r5 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bullet(container, parts, left=0.6, hang=0.4, sym="\u2022", after=1, **kw):
    if isinstance(parts, str):
        parts = [parts]
    return para(container, [sym + "\t"] + list(parts), left=left, hanging=hang,
                tabs=[(left, "left")], after=after, **kw)


def save(doc, path):
    # python-docx leaves the default empty paragraph of the body first; remove it if unused
    body = doc.element.body
    first = body[0]
    if first.tag == qn("w:p") and not "".join(first.itertext()).strip() and len(body) > 2:
        pass
    doc.save(path)


def grid_borders(t, size=4, color="000000"):
    """Give an existing table (e.g. one nested in a cell) single borders on every edge."""
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:color"), color)
        b.append(el)
    tblpr.append(b)
