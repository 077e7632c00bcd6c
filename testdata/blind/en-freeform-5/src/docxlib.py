"""Small helpers over python-docx for the hand-made Word files of this set."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="Calibri", size=10.5, margins_cm=(1.8, 1.8, 1.8, 1.8), letter=False):
    d = Document()
    s = d.sections[0]
    if letter:
        s.page_width, s.page_height = Cm(21.59), Cm(27.94)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins_cm]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    return d


def set_east_asian(run, font):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)


def hexcolor(h):
    return RGBColor.from_string(h.lstrip("#").upper())


def runs(p, parts):
    """parts: list of str or (str, dict(b=,i=,size=,color=,caps=,font=))"""
    for part in parts:
        if isinstance(part, str):
            t, o = part, {}
        else:
            t, o = part
        r = p.add_run(t)
        if o.get("b"): r.bold = True
        if o.get("i"): r.italic = True
        if o.get("u"): r.underline = True
        if o.get("size"): r.font.size = Pt(o["size"])
        if o.get("color"): r.font.color.rgb = hexcolor(o["color"])
        if o.get("caps"): r.font.all_caps = True
        if o.get("smallcaps"): r.font.small_caps = True
        if o.get("font"):
            r.font.name = o["font"]
            set_east_asian(r, o["font"])
        if o.get("ea"):
            set_east_asian(r, o["ea"])
    return p


def para(container, parts=(), style=None, align=None, before=None, after=None, indent=None, first=None, keep=False, line=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs(p, parts if not isinstance(parts, str) else [parts])
    pf = p.paragraph_format
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if before is not None: pf.space_before = Pt(before)
    if after is not None: pf.space_after = Pt(after)
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    if keep: pf.keep_with_next = True
    if line is not None: pf.line_spacing = line
    return p


def tab_stop(p, pos_cm, align="right", leader=None):
    al = {"right": WD_TAB_ALIGNMENT.RIGHT, "left": WD_TAB_ALIGNMENT.LEFT, "center": WD_TAB_ALIGNMENT.CENTER}[align]
    ld = {None: WD_TAB_LEADER.SPACES, "dots": WD_TAB_LEADER.DOTS}[leader]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), al, ld)
    return p


def bullet(container, parts, indent=0.6, sym="•", after=1):
    p = para(container, [sym + "\t"] + (list(parts) if not isinstance(parts, str) else [parts]), indent=indent, first=-0.4, after=after)
    tab_stop(p, indent, "left")
    return p


def border(p, side="bottom", color="444444", sz=6, space=1):
    ppr = p._p.get_or_add_pPr()
    pb = ppr.find(qn("w:pBdr"))
    if pb is None:
        pb = OxmlElement("w:pBdr"); ppr.append(pb)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), str(space)); e.set(qn("w:color"), color)
    pb.append(e)
    return p


def shade_par(p, fill):
    ppr = p._p.get_or_add_pPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    ppr.append(sh)
    return p


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def cell_margins(cell, top=60, bottom=60, left=100, right=100):
    tcpr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:tcMar")
    for k, v in (("top", top), ("bottom", bottom), ("left", left), ("right", right)):
        e = OxmlElement("w:" + k); e.set(qn("w:w"), str(v)); e.set(qn("w:type"), "dxa"); m.append(e)
    tcpr.append(m)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def grid_borders(table, color="999999", sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color); b.append(e)
    tblPr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


def first_par(cell):
    """The empty paragraph a new cell holds."""
    return cell.paragraphs[0]


def cell_para(cell, parts=(), **kw):
    p = cell.paragraphs[0] if (len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not getattr(cell, "_used", False)) else None
    if p is None:
        p = para(cell, parts, **kw)
    else:
        cell._used = True
        runs(p, parts if not isinstance(parts, str) else [parts])
        pf = p.paragraph_format
        if kw.get("align") == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kw.get("align") == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for k, a in (("before", "space_before"), ("after", "space_after")):
            if kw.get(k) is not None: setattr(pf, a, Pt(kw[k]))
        if kw.get("indent") is not None: pf.left_indent = Cm(kw["indent"])
    return p


def heading_style(d, name, size, color="000000", font=None, bold=True, before=8, after=2):
    st = d.styles[name]
    st.font.size = Pt(size); st.font.bold = bold; st.font.color.rgb = hexcolor(color); st.font.italic = False
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]
    st.paragraph_format.space_before = Pt(before); st.paragraph_format.space_after = Pt(after)
    return st
