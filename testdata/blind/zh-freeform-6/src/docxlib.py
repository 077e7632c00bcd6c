"""Small helpers for the python-docx scripts of zh-freeform-6.

Only layout helpers live here; every word of every résumé is typed in its own NAME.docx.py.
"""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor, Emu

__all__ = [
    "new_doc", "set_font", "para", "run", "shade_cell", "cell_text", "set_cell_dir",
    "set_col_widths", "table_borders", "cell_borders", "no_borders", "para_border_bottom",
    "add_tabs", "WD_ALIGN_PARAGRAPH", "WD_TAB_ALIGNMENT", "WD_TAB_LEADER", "Pt", "Cm",
    "RGBColor", "qn", "parse_xml", "nsdecls", "OxmlElement", "WD_TABLE_ALIGNMENT",
    "WD_CELL_VERTICAL_ALIGNMENT", "set_spacing", "distribute", "frame", "shade_para",
    "chinese_numbering", "numbered", "textbox", "two_columns", "Emu", "copy",
]


def new_doc(east="宋体", west="Times New Roman", size=10.5, margins=(2.0, 2.0, 1.8, 1.8)):
    """A4 document with the given default fonts (what a Chinese Word user has)."""
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    st = d.styles["Normal"]
    st.font.name = west
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return d


def set_font(r, east=None, west=None, size=None, bold=None, color=None, italic=None):
    if size is not None:
        r.font.size = Pt(size)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if color is not None:
        r.font.color.rgb = RGBColor.from_string(color)
    if east or west:
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        if east:
            rf.set(qn("w:eastAsia"), east)
        if west:
            rf.set(qn("w:ascii"), west)
            rf.set(qn("w:hAnsi"), west)
    return r


def run(p, text, **kw):
    r = p.add_run(text)
    return set_font(r, **kw)


def para(container, text="", align=None, size=None, bold=None, east=None, west=None,
         color=None, before=None, after=None, indent=None, first=None, line=None, italic=None):
    p = container.add_paragraph()
    if text:
        run(p, text, size=size, bold=bold, east=east, west=west, color=color, italic=italic)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "distribute":
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_spacing(p, before, after, line)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    return p


def set_spacing(p, before=None, after=None, line=None):
    pf = p.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line


def distribute(p):
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE


def add_tabs(p, *stops):
    """stops: (cm, 'left'|'right'|'center', leader or None)"""
    for pos, kind, *rest in stops:
        al = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
              "center": WD_TAB_ALIGNMENT.CENTER}[kind]
        leader = rest[0] if rest else None
        ld = {None: WD_TAB_LEADER.SPACES, "dots": WD_TAB_LEADER.DOTS,
              "middle": WD_TAB_LEADER.MIDDLE_DOT, "line": WD_TAB_LEADER.HEAVY}[leader]
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), al, ld)
    return p


def shade_cell(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_cell_dir(cell, direction="tbRlV"):
    """Vertical text in a cell: tbRlV (top-to-bottom, CJK upright) or btLr."""
    tcPr = cell._element.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), direction)
    tcPr.append(td)


def cell_text(cell, text, bold=None, size=None, align=None, east=None, fill=None, valign="center",
              color=None):
    """Replace the cell's text; '\n' in text starts a new paragraph."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    ps = [first]
    for _ in lines[1:]:
        ps.append(cell.add_paragraph())
    for p, ln in zip(ps, lines):
        if ln:
            run(p, ln, bold=bold, size=size, east=east, color=color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "distribute":
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if fill:
        shade_cell(cell, fill)
    if valign == "center":
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    elif valign == "top":
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return ps


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def _borders_xml(tag, sz=4, color="000000", val="single", sides=("top", "left", "bottom", "right", "insideH", "insideV")):
    inner = "".join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (s, val, sz, color) for s in sides)
    return parse_xml('<w:%s %s>%s</w:%s>' % (tag, nsdecls("w"), inner, tag))


def table_borders(table, sz=4, color="000000", val="single"):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(_borders_xml("tblBorders", sz, color, val))


def no_borders(table):
    table_borders(table, sz=0, color="auto", val="nil")


def cell_borders(cell, **sides):
    """cell_borders(c, bottom=(8,'2F5496'), top=None ...); value None -> nil."""
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, spec in sides.items():
        e = OxmlElement("w:" + side)
        if spec is None:
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(spec[0]))
            e.set(qn("w:color"), spec[1])
            e.set(qn("w:space"), "0")
        b.append(e)
    tcPr.append(b)


def para_border_bottom(p, sz=8, color="000000", space=1):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, space, color)))


def frame(p, w_cm, x_cm, y_cm, h_cm=None, anchor_h="margin", anchor_v="paragraph", wrap="around"):
    """Turn a paragraph into a Word frame (w:framePr), the old 'insert frame' of Word/WPS."""
    pPr = p._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    fp.set(qn("w:w"), str(int(w_cm * 567)))
    if h_cm:
        fp.set(qn("w:h"), str(int(h_cm * 567)))
    fp.set(qn("w:hSpace"), "180")
    fp.set(qn("w:wrap"), wrap)
    fp.set(qn("w:vAnchor"), anchor_v)
    fp.set(qn("w:hAnchor"), anchor_h)
    fp.set(qn("w:x"), str(int(x_cm * 567)))
    fp.set(qn("w:y"), str(int(y_cm * 567)))
    # framePr must come early in pPr (after pStyle / keepNext...)
    first = pPr.find(qn("w:pStyle"))
    if first is not None:
        first.addnext(fp)
    else:
        pPr.insert(0, fp)
    return p


def chinese_numbering(doc, fmt="chineseCounting", text="%1、", bold=True):
    """Add a one-level numbering definition whose numbers are 一、二、三、 (not typed: Word makes them).
    Returns the numId to use with numbered()."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/><w:lvlText w:val="%s"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:hint="eastAsia"/>%s</w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, fmt, text, "<w:b/>" if bold else ""))
    absn = parse_xml(xml)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid))
    numbering.append(num)
    return nid


def numbered(p, num_id, level=0):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                         % (nsdecls("w"), level, num_id)))
    return p


_TB_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tb_paras(lines):
    """lines: list of (text, dict(size=, bold=, color=, align=))"""
    out = []
    for text, st in lines:
        rpr = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="微软雅黑"/>'
        if st.get("bold"):
            rpr += "<w:b/>"
        if st.get("color"):
            rpr += '<w:color w:val="%s"/>' % st["color"]
        sz = int(st.get("size", 10) * 2)
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
        jc = '<w:jc w:val="%s"/>' % st["align"] if st.get("align") else ""
        body = "".join('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _esc(t)) if t != "\t"
                       else '<w:r><w:rPr>%s</w:rPr><w:tab/></w:r>' % rpr
                       for t in _split_tabs(text))
        out.append('<w:p><w:pPr><w:spacing w:before="0" w:after="40"/>%s</w:pPr>%s</w:p>' % (jc, body))
    return "".join(out)


def _split_tabs(text):
    parts = text.split("\t")
    res = []
    for i, p in enumerate(parts):
        if i:
            res.append("\t")
        if p:
            res.append(p)
    return res


_tb_counter = [100]


def textbox(p, lines, w_cm, h_cm, x_cm, y_cm, fill="FFFFFF", line="808080", rel_h="margin", rel_v="paragraph",
            behind=False, wrap="square"):
    """Anchor a Word 2010+ text box (wps:wsp) to paragraph p, with the VML fallback Word writes
    beside it (so the text is in document.xml twice, as in real files)."""
    _tb_counter[0] += 1
    i = _tb_counter[0]
    cx, cy = int(w_cm * 360000), int(h_cm * 360000)
    px, py = int(x_cm * 360000), int(y_cm * 360000)
    paras = _tb_paras(lines)
    ln = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else '<a:ln><a:noFill/></a:ln>'
    stroke = ('strokecolor="#%s" strokeweight=".75pt"' % line) if line else 'stroked="f"'
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
        'behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '%s'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>%s</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;'
        'mso-position-horizontal-relative:%s;mso-position-vertical-relative:%s" fillcolor="#%s" %s>'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="%s"/></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
        % (_TB_NS, i, 1 if behind else 0, rel_h, px, rel_v, py, cx, cy,
           '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else '<wp:wrapTopAndBottom/>', i, i, cx, cy, fill, ln, paras,
           i, i, x_cm * 28.35, y_cm * 28.35, w_cm * 28.35, h_cm * 28.35, i, rel_h, rel_v, fill, stroke, paras,
           "square" if wrap == "square" else "topAndBottom"))
    p._p.append(parse_xml(xml))
    return p


def two_columns(doc, space_cm=0.8, sep=True):
    """Start a new continuous section laid out in two newspaper columns; returns it."""
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")
    return sec


def one_column(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "1")
    return sec


__all__.append("one_column")


_sdt_id = [7000]


def content_control(p, alias, tag=None, placeholder=False):
    """Wrap paragraph p in a block-level plain-text content control (w:sdt), as the fields of the
    résumé templates shipped with Word / WPS are."""
    _sdt_id[0] += 1
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text/></w:sdtPr>'
        '<w:sdtContent/></w:sdt>' % (nsdecls("w"), alias, tag or alias, _sdt_id[0],
                                     "<w:showingPlcHdr/>" if placeholder else ""))
    p._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(p._p)
    return sdt


__all__.append("content_control")
