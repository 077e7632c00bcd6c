"""Small helpers shared by the python-docx scripts of en-freeform-25."""
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor  # noqa: F401
import docx.opc.constants


def new_doc(font="Carlito", size=10.5, page="A4", margins=(1.8, 1.8, 1.6, 1.6), east_asia=None):
    d = Document()
    s = d.sections[0]
    if page == "A4":
        s.page_width, s.page_height = Mm(210), Mm(297)
    else:
        s.page_width, s.page_height = Mm(215.9), Mm(279.4)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Cm(m) for m in margins]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), font)
    if east_asia:
        rf.set(qn("w:eastAsia"), east_asia)
    pf = st.paragraph_format
    pf.space_before, pf.space_after = Pt(0), Pt(2)
    for name in ("List Bullet", "List Number"):
        d.styles[name].font.name = font
        d.styles[name].font.size = Pt(size)
        d.styles[name].paragraph_format.space_after = Pt(1)
    return d


def para(d_or_cell, text="", bold=False, italic=False, size=None, align=None, color=None,
         space_after=None, space_before=None, style=None, font=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False, smallcaps=False):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    return r


def border(p, side="bottom", sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    b.append(e)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def cell_borders(table, val="single", sz=4, color="999999", inside=True):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def hyperlink(p, url, text, color="1F4E79", underline=True):
    part = p.part
    r_id = part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), color)
    rpr.append(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    p._p.append(h)
    return h


def bullet(d_or_cell, text, bold_lead=None):
    p = d_or_cell.add_paragraph(style="List Bullet")
    if bold_lead:
        run(p, bold_lead, bold=True)
    run(p, text)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, align=None, color=None):
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def core(d, title, author):
    d.core_properties.title = title
    d.core_properties.author = author
    d.core_properties.comments = ""
