# Small helpers for the python-docx scripts of zh-freeform-22.
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(latin="Calibri", east="宋体", size=10.5, margins=(2.0, 2.0, 1.8, 1.8)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(margins[0]), Cm(margins[1])
    sec.top_margin, sec.bottom_margin = Cm(margins[2]), Cm(margins[3])
    return doc


def run(p, text, bold=False, size=None, color=None, east=None, latin=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if east or latin:
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        if east:
            rf.set(qn("w:eastAsia"), east)
        if latin:
            rf.set(qn("w:ascii"), latin)
            rf.set(qn("w:hAnsi"), latin)
    return r


def para(container, text="", bold=False, size=None, color=None, align=None, before=0, after=0,
         east=None, indent=None, first=None, line=None):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, east=east)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if line is not None:
        p.paragraph_format.line_spacing = line
    return p


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def para_shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    pPr.append(sh)


def para_border(p, side="bottom", sz=8, color="000000", space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def table_borders(table, sz=4, color="000000", val="single", inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:" + s)
        if s in sides and val != "none":
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_borders(cell, **sides):
    """cell_borders(c, top=('single', 8, '1F4E79'), bottom=None ...); None = nil."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s, v in sides.items():
        e = OxmlElement("w:" + s)
        if v is None:
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), v[0])
            e.set(qn("w:sz"), str(v[1]))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), v[2])
        b.append(e)
    tcPr.append(b)


def fixed_table(container, rows, cols, widths_cm, align_center=False):
    t = container.add_table(rows=rows, cols=cols)
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for s, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + s)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def cell_text(cell, text, bold=False, size=None, color=None, align=None, east=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, size=size, color=color, east=east)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def row_height(row, cm, exact=False):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "exact" if exact else "atLeast")
    trPr.append(h)


def bullet(container, text, mark="•", indent=0.5, size=None, bold_lead=None):
    p = para(container, indent=indent, first=-0.4)
    run(p, mark + "\u00a0", size=size)
    if bold_lead:
        run(p, bold_lead, bold=True, size=size)
    run(p, text, size=size)
    return p


def set_meta(doc, title="", author=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.comments = ""
