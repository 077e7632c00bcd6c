"""Small helpers for the python-docx scripts of zh-freeform-21 (shading, borders,
widths, fonts, tab stops and a DrawingML text box)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def new_document(east="宋体", ascii_font="Times New Roman", size=10.5,
                 margins=(2.0, 2.0, 2.0, 2.0), lang="zh-CN"):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = ascii_font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    lang_el = parse_xml(r'<w:lang %s w:val="en-US" w:eastAsia="%s"/>' % (nsdecls("w"), lang))
    rpr.append(lang_el)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return doc


def font(run, east=None, ascii_font=None, size=None, bold=None, color=None, italic=None):
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    if east:
        rfonts.set(qn("w:eastAsia"), east)
    if ascii_font:
        rfonts.set(qn("w:ascii"), ascii_font)
        rfonts.set(qn("w:hAnsi"), ascii_font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(container, text="", bold=None, size=None, align=None, east=None, ascii_font=None,
         color=None, before=None, after=None, indent=None, first=None, italic=None, line=None):
    p = container.add_paragraph()
    if text:
        font(p.add_run(text), east=east, ascii_font=ascii_font, size=size, bold=bold,
             color=color, italic=italic)
    fmt(p, align=align, before=before, after=after, indent=indent, first=first, line=line)
    return p


def fmt(p, align=None, before=None, after=None, indent=None, first=None, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    return p


def runs(p, parts):
    """parts: list of (text, dict(font kwargs))."""
    for text, kw in parts:
        font(p.add_run(text), **kw)
    return p


def right_tab(p, pos_cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    return p


def shade_cell(cell, hex_fill):
    tcpr = cell._element.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill)))


def shade_para(p, hex_fill):
    ppr = p._element.get_or_add_pPr()
    ppr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill)))


def bottom_border(p, color="000000", size=8):
    ppr = p._element.get_or_add_pPr()
    ppr.append(parse_xml(
        r'<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), size, color)))


def cell_valign(cell, val="center"):
    tcpr = cell._element.get_or_add_tcPr()
    tcpr.append(parse_xml(r'<w:vAlign %s w:val="%s"/>' % (nsdecls("w"), val)))


def table_borders(table, size=4, color="000000", inside=True, val="single"):
    tblpr = table._element.tblPr
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    xml = "".join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (e, val, size, color) for e in edges)
    if not inside:
        xml += '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    tblpr.append(parse_xml(r"<w:tblBorders %s>%s</w:tblBorders>" % (nsdecls("w"), xml)))


def no_borders(table):
    tblpr = table._element.tblPr
    xml = "".join('<w:%s w:val="nil"/>' % e for e in ["top", "left", "bottom", "right", "insideH", "insideV"])
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    tblpr.append(parse_xml(r"<w:tblBorders %s>%s</w:tblBorders>" % (nsdecls("w"), xml)))


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._element
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblLayout")):
        tblpr.remove(old)
    tblpr.append(parse_xml(r'<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def cell_text(cell, text, bold=None, size=None, align=None, east=None, color=None, ascii_font=None):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            font(p.add_run(line), east=east, size=size, bold=bold, color=color, ascii_font=ascii_font)
        if align is not None:
            p.alignment = align
    return cell


def row_height(row, cm, rule="atLeast"):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(r'<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(cm * 567), rule)))


def cell_margins(table, top=0.05, bottom=0.05, left=0.15, right=0.15):
    tblpr = table._element.tblPr
    xml = ('<w:tblCellMar %s><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/>'
           '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>'
           % (nsdecls("w"), top * 567, left * 567, bottom * 567, right * 567))
    tblpr.append(parse_xml(xml))


_BOX_ID = [100]


def text_box(paragraph, paragraphs, x_cm, y_cm, w_cm, h_cm, fill=None, line=None,
             rel_h="page", rel_v="page", inset_cm=0.15, behind=False, wrap="none"):
    """Anchor a DrawingML text box (wps:wsp) to `paragraph`.

    paragraphs: list of lists of (text, props) where props may hold size, bold, color,
    east, ascii, align ('left'/'center'/'right')."""
    _BOX_ID[0] += 1
    bid = _BOX_ID[0]
    emu = lambda cm: int(cm * 360000)
    ps = []
    for runs_ in paragraphs:
        align = "left"
        rx = []
        for text, props in runs_:
            align = props.get("align", align)
            rpr = ""
            east = props.get("east")
            asc = props.get("ascii")
            if east or asc:
                rpr += '<w:rFonts%s%s/>' % (
                    ' w:ascii="%s" w:hAnsi="%s"' % (asc, asc) if asc else "",
                    ' w:eastAsia="%s"' % east if east else "")
            if props.get("bold"):
                rpr += "<w:b/><w:bCs/>"
            if props.get("color"):
                rpr += '<w:color w:val="%s"/>' % props["color"]
            if props.get("size"):
                rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (props["size"] * 2, props["size"] * 2)
            t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            rx.append('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, t))
        jc = {"left": "left", "center": "center", "right": "right"}[align]
        ps.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="auto"/>'
                  '<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (jc, "".join(rx)))
    fill_xml = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
    line_xml = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else "<a:ln><a:noFill/></a:ln>"
    wrap_xml = {"none": "<wp:wrapNone/>", "topbottom": "<wp:wrapTopAndBottom/>",
                "square": '<wp:wrapSquare wrapText="bothSides"/>'}[wrap]
    ins = emu(inset_cm)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (251659264 + bid, 1 if behind else 0, rel_h, emu(x_cm), rel_v, emu(y_cm),
           emu(w_cm), emu(h_cm), wrap_xml, bid, bid, emu(w_cm), emu(h_cm), fill_xml, line_xml,
           "".join(ps), ins, ins, ins, ins))
    paragraph._p.append(parse_xml(xml))
    return paragraph


def set_core(doc, title="", author=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
