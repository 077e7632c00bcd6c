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


# --- added for en-freeform ---------------------------------------------------

def header_lines(section, lines, align="center", size=9, first=False):
    """Writes lines into the section's header part (or the first-page header when first=True)."""
    h = section.first_page_header if first else section.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = h.add_paragraph()
        if isinstance(line, tuple):
            text, bold = line
        else:
            text, bold = line, False
        run(p, text, bold=bold, size=size)
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(align, WD_ALIGN_PARAGRAPH.LEFT)
    return h


def footer_lines(section, lines, align="center", size=8, first=False, page_field=False):
    f = section.first_page_footer if first else section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = f.add_paragraph()
        run(p, line, size=size)
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(align, WD_ALIGN_PARAGRAPH.LEFT)
    if page_field:
        page_number(p, size)
    return f


def page_number(p, size=8):
    """Appends a PAGE field to paragraph p."""
    r = run(p, "", size=size)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            r._r.append(e)
        elif text.strip() == "PAGE":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
            r._r.append(e)
        else:
            e = OxmlElement("w:t")
            e.text = text
            r._r.append(e)


def small_caps_heading(d, text, size=11.5, before=8, after=2, rule=True, color="000000"):
    p = d.add_paragraph()
    r = run(p, text, bold=True, size=size, color=color)
    r.font.small_caps = True
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if rule:
        bottom_rule(p, color="404040", sz=6)
    return p


def tab_line(d, parts, stops, bold_first=False, italic=None, size=None, before=0):
    """One paragraph of TAB-separated parts; stops = [(cm, 'left'|'right'|'center')]."""
    p = d.add_paragraph()
    for cm, kind in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), {"right": WD_TAB_ALIGNMENT.RIGHT, "center": WD_TAB_ALIGNMENT.CENTER}.get(kind, WD_TAB_ALIGNMENT.LEFT))
    for i, t in enumerate(parts):
        if i:
            run(p, "\t")
        r = run(p, t, bold=(bold_first and i == 0), size=size)
        if italic and i in italic:
            r.italic = True
    p.paragraph_format.space_before = Pt(before)
    return p


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    borders(table, val="nil")
