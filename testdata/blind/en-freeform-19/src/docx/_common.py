"""Small python-docx helpers shared by the DOCX scripts of en-freeform-19."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="Calibri", size=10.5, margins=(1.8, 1.8, 1.6, 1.6), letter=False):
    doc = Document()
    sec = doc.sections[0]
    if letter:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Cm(m) for m in margins]
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    return doc


def text_width(doc):
    s = doc.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None,
         after=None, before=None):
    p = doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, underline=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def right_tab(p, pos):
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def bottom_border(p, color="444444", sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def bullet(doc_or_cell, text, style="List Bullet", after=1):
    p = doc_or_cell.add_paragraph(style=style)
    if isinstance(text, (list, tuple)):
        for t, b in text:
            run(p, t, bold=b)
    else:
        run(p, text)
    p.paragraph_format.space_after = Pt(after)
    return p


def table(doc, rows, cols, widths=None, borders=False):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    if borders:
        t.style = doc.styles["Table Grid"]
    else:
        no_borders(t)
    if widths:
        for i, w in enumerate(widths):
            t.columns[i].width = int(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = int(w)
    return t


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_borders(cell, color="7A8F5C", sz=12):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(
        '<w:tcBorders %s><w:top w:val="single" w:sz="%d" w:color="%s"/><w:left w:val="single" w:sz="%d" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="%d" w:color="%s"/><w:right w:val="single" w:sz="%d" w:color="%s"/></w:tcBorders>'
        % (nsdecls("w"), sz, color, sz, color, sz, color, sz, color)))


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Write into the cell's first (empty) paragraph."""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def core_props(doc, title, author):
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.core_properties.comments = ""
