"""Small helpers shared by the src/*.docx.py scripts (python-docx)."""
import copy
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new(font="Noto Serif CJK SC", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    # a fixed creation date keeps rebuilds reproducible
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 3, 1)
    d.core_properties.author = ""
    return d


def run(p, text, bold=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def para(d_or_cell, text="", bold=False, size=None, align=None, before=0, after=0, color=None):
    p = d_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            run(p, line, bold=bold, size=size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def borders(table, val="single", sz=4, color="808080"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def bottom_rule(p, color="2F5496", sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def right_tab(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)


def bullet(d, text, bold_prefix=None, indent=0.6):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    run(p, "• ")
    if bold_prefix:
        run(p, bold_prefix, bold=True)
    run(p, text)
    return p


def textbox(p, paragraphs, width_pt=480, height_pt=60, left_pt=0, top_pt=0, border=True):
    """Anchors a VML text box (as Word 2003-2010 and WPS write them) in paragraph p.
    paragraphs: list of lists of (text, bold) runs."""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    O = "urn:schemas-microsoft-com:office:office"
    body = "".join(
        "<w:p>" + "".join(
            '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (
                "<w:b/>" if b else "", t.replace("&", "&amp;").replace("<", "&lt;"))
            for t, b in runs) + "</w:p>"
        for runs in paragraphs)
    xml = ('<w:r xmlns:w="%s" xmlns:v="%s" xmlns:o="%s"><w:pict>'
           '<v:shape id="tb%d" o:spid="tb%d" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:1;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" %s>'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (
        W, V, O, id(p) % 100000, id(p) % 100000, left_pt, top_pt, width_pt, height_pt,
        'stroked="t" strokecolor="#7f7f7f"' if border else 'stroked="f"', body)
    p._p.append(etree.fromstring(xml))
