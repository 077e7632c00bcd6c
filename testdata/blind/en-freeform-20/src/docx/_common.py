"""Small helpers shared by the python-docx scripts of en-freeform-20."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Inches, Pt, RGBColor


def new_doc(font="Calibri", size=10.5, letter=False, margins_cm=2.0):
    doc = Document()
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
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(2)
    sec = doc.sections[0]
    if letter:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def text_width(doc):
    sec = doc.sections[0]
    return sec.page_width - sec.left_margin - sec.right_margin


def set_east_asian(doc, font):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    rpr.find(qn("w:rFonts")).set(qn("w:eastAsia"), font)


def run(p, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
        r.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None,
         before=0, after=2, color=None, indent_cm=None, first_cm=None):
    p = doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_cm is not None:
        pf.first_line_indent = Cm(first_cm)
    return p


def right_tab(p, pos, leader=False):
    p.paragraph_format.tab_stops.add_tab_stop(
        pos, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)


def left_tab(p, pos):
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.LEFT)


def bottom_border(p, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
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


def table_borders(table, val="single", sz=4, color="808080", inside=True):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement(f"w:{e}")
        if e in edges and val != "none":
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        el.set(qn("w:space"), "0")
        b.append(el)
    tblpr.append(b)


def col_widths(table, widths):
    widths = [Emu(int(w)) for w in widths]
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))


def cell_text(cell, text, bold=False, italic=False, size=None, align=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(1)
    return p


def bullet(doc_or_cell, text, indent_cm=0.6, sym="\u2022", size=None, after=1):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-0.4)
    pf.space_after = Pt(after)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    run(p, sym + "\t" + text, size=size)
    return p


def add_field(p, instr, size=None):
    """A simple field (PAGE, NUMPAGES) with a cached value."""
    r = p.add_run()
    if size:
        r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    return r


def core(doc, title, author):
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.core_properties.comments = ""
