"""Small helpers on top of python-docx for the hand-made Word résumés of this set."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def new_doc(font="Calibri", size=10.5, margins=(2.0, 2.0, 2.0, 2.0), east_asia=None, page="A4"):
    doc = Document()
    sec = doc.sections[0]
    if page == "A4":
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:  # US letter
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = (Cm(m) for m in margins)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), font)
    if east_asia:
        rfonts.set(qn("w:eastAsia"), east_asia)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    pf.line_spacing = 1.08
    return doc


def content_width(doc):
    sec = doc.sections[0]
    return (sec.page_width - sec.left_margin - sec.right_margin) / 360000.0  # cm


def add_runs(p, runs):
    """runs: str, or list of str / (text, fmt) where fmt is a dict with keys
    b, i, u, size, color, caps, smallcaps, font."""
    if isinstance(runs, (str, tuple)):
        runs = [runs]
    for r in runs:
        if isinstance(r, str):
            text, fmt = r, {}
        else:
            text, fmt = r
        parts = text.split("\t")
        for k, part in enumerate(parts):
            if k:
                p.add_run().add_tab()
            if part == "":
                continue
            run = p.add_run(part)
            if fmt.get("b"):
                run.bold = True
            if fmt.get("i"):
                run.italic = True
            if fmt.get("u"):
                run.underline = True
            if fmt.get("size"):
                run.font.size = Pt(fmt["size"])
            if fmt.get("color"):
                run.font.color.rgb = RGBColor.from_string(fmt["color"])
            if fmt.get("caps"):
                run.font.all_caps = True
            if fmt.get("smallcaps"):
                run.font.small_caps = True
            if fmt.get("font"):
                run.font.name = fmt["font"]
                rpr = run._element.get_or_add_rPr()
                rf = rpr.find(qn("w:rFonts"))
                if rf is None:
                    rf = OxmlElement("w:rFonts")
                    rpr.append(rf)
                for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                    rf.set(qn(attr), fmt["font"])
    return p


def para(container, runs="", style=None, align=None, before=None, after=None, tabs=(), indent=None,
         first=None, keep_next=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, runs)
    pf = p.paragraph_format
    if align:
        p.alignment = ALIGN[align]
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep_next:
        pf.keep_with_next = True
    for pos, how, *lead in tabs:
        al = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
              "center": WD_TAB_ALIGNMENT.CENTER}[how]
        leader = {"dots": WD_TAB_LEADER.DOTS, None: WD_TAB_LEADER.SPACES}[lead[0] if lead else None]
        pf.tab_stops.add_tab_stop(Cm(pos), al, leader)
    return p


def bullet(container, runs, style="List Bullet", indent=None, after=0):
    p = para(container, runs, style=style, after=after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def border(p, side="bottom", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_margins(table, top=40, bottom=40, left=100, right=100):
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(val))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def widths(table, cms):
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    grid = table._tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[k] * 567)))
    for row in table.rows:
        for k, cell in enumerate(row.cells):
            cell.width = Cm(cms[k])


def table(container, rows, cols, cms, borders=False):
    t = container.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    if not borders:
        no_borders(t)
    else:
        t.style = "Table Grid"
    widths(t, cms)
    return t


def first_para(cell, runs="", **kw):
    """Write into the empty first paragraph of a fresh cell."""
    p = cell.paragraphs[0]
    add_runs(p, runs)
    pf = p.paragraph_format
    if kw.get("align"):
        p.alignment = ALIGN[kw["align"]]
    if kw.get("after") is not None:
        pf.space_after = Pt(kw["after"])
    if kw.get("before") is not None:
        pf.space_before = Pt(kw["before"])
    return p


def heading_style_font(doc, name, font, size, color=None, bold=True, before=None, after=None, east_asia=None):
    st = doc.styles[name]
    st.font.name = font
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = False
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(attr)) is not None:
            del rf.attrib[qn(attr)]
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    if before is not None:
        st.paragraph_format.space_before = Pt(before)
    if after is not None:
        st.paragraph_format.space_after = Pt(after)


def core(doc, title="", author=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.comments = ""
