"""Small helpers shared by the python-docx scripts in src/docx/."""
import sys
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="Calibri", size=10.5, margins_cm=2.0, east_asia=None):
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
    if east_asia:
        rfonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(margins_cm)
        sec.top_margin = sec.bottom_margin = Cm(margins_cm * 0.8)
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None,
         style=None, color=None, space_after=None, space_before=None):
    """Add a paragraph. `text` may be a list of (text, dict(bold=..,italic=..)) runs."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    runs = text if isinstance(text, list) else [(text, {})]
    for t, fmt in runs:
        r = p.add_run(t)
        r.bold = fmt.get("bold", bold) or None
        r.italic = fmt.get("italic", italic) or None
        sz = fmt.get("size", size)
        if sz:
            r.font.size = Pt(sz)
        col = fmt.get("color", color)
        if col:
            r.font.color.rgb = RGBColor.from_string(col)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def first_para(cell, text="", **kw):
    """Write into the (empty) first paragraph of a table cell."""
    p = cell.paragraphs[0]
    runs = text if isinstance(text, list) else [(text, {})]
    for t, fmt in runs:
        r = p.add_run(t)
        r.bold = fmt.get("bold", kw.get("bold", False)) or None
        r.italic = fmt.get("italic", kw.get("italic", False)) or None
        sz = fmt.get("size", kw.get("size"))
        if sz:
            r.font.size = Pt(sz)
        col = fmt.get("color", kw.get("color"))
        if col:
            r.font.color.rgb = RGBColor.from_string(col)
    if kw.get("align") == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kw.get("align") == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def bullet(doc_or_cell, text, style="List Bullet"):
    try:
        return doc_or_cell.add_paragraph(text, style=style)
    except KeyError:
        return doc_or_cell.add_paragraph("• " + text)


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def borders(table, val="single", sz=4, color="999999"):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblpr.append(b)


def no_borders(table):
    borders(table, val="nil")


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(run, instr):
    """Insert a simple field such as PAGE into a run."""
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "2"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def out_path(name):
    return sys.argv[1] + "/" + name
