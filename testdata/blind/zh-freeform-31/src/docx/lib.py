"""Small helpers for the hand-made Word files of zh-freeform-31 (python-docx)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from xml.sax.saxutils import escape

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def new_doc(latin='Calibri', east='宋体', size=10.5, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    st = d.styles['Normal']
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = parse_xml('<w:rFonts xmlns:w="%s"/>' % W_NS)
        rpr.append(rf)
    rf.set(qn('w:eastAsia'), east)
    rf.set(qn('w:ascii'), latin)
    rf.set(qn('w:hAnsi'), latin)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def run(p, text, bold=False, size=None, color=None, italic=False, east=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if east:
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = parse_xml('<w:rFonts xmlns:w="%s"/>' % W_NS)
            rpr.insert(0, rf)
        rf.set(qn('w:eastAsia'), east)
    return r


def para(target, text='', bold=False, size=None, color=None, align=None, before=0, after=0, indent=None, first=None, style=None):
    p = target.add_paragraph(style=style) if style else target.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_para(cell, text='', **kw):
    """First call reuses the empty paragraph python-docx puts in a new cell."""
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not getattr(cell, '_used', False):
        cell._used = True
        p = cell.paragraphs[0]
        if text:
            run(p, text, bold=kw.get('bold', False), size=kw.get('size'), color=kw.get('color'))
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(kw.get('before', 0)), Pt(kw.get('after', 0))
        if kw.get('indent') is not None:
            pf.left_indent = Cm(kw['indent'])
        if kw.get('align') == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p
    return para(cell, text, **kw)


def shade(cell, fill):
    tcpr = cell._element.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, fill)))


def borders(table, color='999999', sz=4, inside=True):
    tblpr = table._element.tblPr
    edges = ['top', 'left', 'bottom', 'right'] + (['insideH', 'insideV'] if inside else [])
    x = '<w:tblBorders xmlns:w="%s">' % W_NS + ''.join(
        '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (e, sz, color) for e in edges) + '</w:tblBorders>'
    tblpr.append(parse_xml(x))


def no_borders(table):
    tblpr = table._element.tblPr
    x = '<w:tblBorders xmlns:w="%s">' % W_NS + ''.join(
        '<w:%s w:val="nil"/>' % e for e in ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) + '</w:tblBorders>'
    tblpr.append(parse_xml(x))


def widths(table, cms):
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def textbox(paragraph, lines, x_cm, y_cm, w_cm, h_cm, fill='EEF3F8', line='5B7FA6', size=9, box_id=10, rel_h='margin'):
    """Anchor a WPS/Word-style floating text box (wps:txbx) to `paragraph`.
    `lines` is a list of strings; each becomes one paragraph inside the box."""
    emu = lambda cm: int(cm * 360000)
    half = int(size * 2)
    ps = ''.join(
        '<w:p><w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (half, half, escape(t)) for t in lines)
    xml = (
        '<w:r xmlns:w="{w}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2516{id:05d}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="{rh}"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="{id}" name="文本框 {id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    ).format(w=W_NS, id=box_id, rh=rel_h, x=emu(x_cm), y=emu(y_cm), cx=emu(w_cm), cy=emu(h_cm), fill=fill, line=line, ps=ps)
    paragraph._p.append(parse_xml(xml))
