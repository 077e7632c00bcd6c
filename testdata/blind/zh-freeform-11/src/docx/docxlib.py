"""Small helpers for the python-docx scripts of zh-freeform-11.

Only formatting helpers live here; every word of every résumé is typed in the
person's own script.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def new_document(font="宋体", latin="Times New Roman", size=10.5, margins=(2.0, 2.0, 1.8, 1.8)):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return doc


def set_run_font(run, east=None, latin=None, size=None, bold=None, italic=None, color=None):
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    if east or latin:
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        if east:
            rf.set(qn("w:eastAsia"), east)
        if latin:
            rf.set(qn("w:ascii"), latin)
            rf.set(qn("w:hAnsi"), latin)
    return run


def add_runs(par, pieces, **fmt):
    """pieces: list of str or (str, dict). Each piece becomes its own run, so
    a value can be split across runs the way Word does after edits."""
    for p in pieces:
        if isinstance(p, tuple):
            text, extra = p
            f = dict(fmt)
            f.update(extra)
        else:
            text, f = p, fmt
        if text == "\n":
            r = par.add_run()
            r.add_break()  # soft line break (Shift+Enter)
            continue
        r = par.add_run(text)
        set_run_font(r, **f)
    return par


def para(container, pieces=(), align=None, before=0, after=0, indent=None, first=None, line=None, **fmt):
    p = container.add_paragraph()
    if isinstance(pieces, str):
        pieces = [pieces]
    add_runs(p, pieces, **fmt)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    return p


def tab_stops(p, stops):
    """stops: list of (cm, 'left'|'right'|'center', leader or None)"""
    for pos, kind, leader in stops:
        al = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
              "center": WD_TAB_ALIGNMENT.CENTER}[kind]
        ts = p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), al)
        if leader:
            from docx.enum.text import WD_TAB_LEADER
            ts.leader = {"dots": WD_TAB_LEADER.DOTS, "line": WD_TAB_LEADER.HEAVY}[leader]
    return p


def bottom_border(p, color="333333", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def shade_paragraph(p, fill="D9D9D9"):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)
    return p


def shade_cell(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_valign(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    tcpr.append(v)


def table(container, rows, cols, widths=None, borders=True, style=None):
    t = container.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if borders:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "808080")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblpr.append(lay)
    return t


def cell_text(cell, pieces, align=None, **fmt):
    """Write into a cell's first paragraph (the one Word always has)."""
    p = cell.paragraphs[0]
    if isinstance(pieces, str):
        pieces = [pieces]
    add_runs(p, pieces, **fmt)
    if align is not None:
        p.alignment = align
    return p


def cell_para(cell, pieces, align=None, **fmt):
    p = cell.add_paragraph()
    if isinstance(pieces, str):
        pieces = [pieces]
    add_runs(p, pieces, **fmt)
    if align is not None:
        p.alignment = align
    return p


def field(par, instr, shown, **fmt):
    """A complex field: fldChar begin / instrText / separate / result / end."""
    def fc(kind):
        r = par.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
        return r
    fc("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    fc("separate")
    r = par.add_run(shown)
    set_run_font(r, **fmt)
    fc("end")
    return par


def vmerge(table_, col, first_row, last_row):
    a = table_.cell(first_row, col)
    b = table_.cell(last_row, col)
    return a.merge(b)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
