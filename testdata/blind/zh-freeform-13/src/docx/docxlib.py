"""Small python-docx helpers shared by the résumé scripts in this folder.

Everything a script prints is typed in the script itself; this file only
knows how to set fonts, tab stops, borders, shading and table widths the way
Chinese Word / WPS users end up with them.
"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def new_document(east="宋体", latin="Times New Roman", size=10.5, margins=(2.0, 1.8, 2.0, 1.8)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    top, right, bottom, left = margins
    sec.top_margin, sec.right_margin = Cm(top), Cm(right)
    sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
    return doc


def set_run_font(run, east=None, latin=None, size=None, bold=None, color=None, italic=None):
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
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        if east:
            fonts.set(qn("w:eastAsia"), east)
        if latin:
            run.font.name = latin
            fonts.set(qn("w:ascii"), latin)
            fonts.set(qn("w:hAnsi"), latin)
    return run


def para(container, parts=(), align=None, before=0, after=0, indent=None, first=None, line=None, tabs=()):
    """parts: a string, or a list of strings / (text, dict-of-run-options)."""
    p = container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            text, opts = part, {}
        else:
            text, opts = part
        add_text(p, text, **opts)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
                                             "center": WD_TAB_ALIGNMENT.CENTER}[kind])
    return p


def add_text(p, text, **opts):
    """Add text to a paragraph; '\t' becomes a real tab and '\n' a line break."""
    chunks = text.split("\n")
    run = None
    for i, chunk in enumerate(chunks):
        if i:
            br = p.add_run()
            br.add_break()
            set_run_font(br, **opts)
        pieces = chunk.split("\t")
        for j, piece in enumerate(pieces):
            if j:
                t = p.add_run()
                t.add_tab()
                set_run_font(t, **opts)
            if piece:
                run = p.add_run(piece)
                set_run_font(run, **opts)
    return run


def bottom_border(p, size=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def left_border(p, size=24, color="000000", space=4):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:left")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def shade_paragraph(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table(container, rows, cols, widths, borders=True, align_center=False, size=4):
    t = container.add_table(rows=rows, cols=cols)
    t.autofit = False
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            e.set(qn("w:sz"), str(size))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths[i])
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    return t


def cell_text(cell, parts, align=None, size=None, bold=None, east=None, first_para=True):
    """Write into a cell. parts: string (lines split on '\n' into paragraphs) or list."""
    if isinstance(parts, str):
        lines = parts.split("\n")
    else:
        lines = parts
    for k, line in enumerate(lines):
        if k == 0 and first_para:
            p = cell.paragraphs[0]
        else:
            p = cell.add_paragraph()
        if isinstance(line, str):
            line = [(line, {})]
        for text, opts in line:
            o = dict(opts)
            if size is not None:
                o.setdefault("size", size)
            if bold is not None:
                o.setdefault("bold", bold)
            if east is not None:
                o.setdefault("east", east)
            add_text(p, text, **o)
        if align is not None:
            p.alignment = align
    return cell


def cell_margins(t, top=40, bottom=40, left=80, right=80):
    tblpr = t._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    section.page_width, section.page_height = h, w
