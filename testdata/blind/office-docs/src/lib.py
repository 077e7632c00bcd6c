"""Helpers shared by the person scripts: python-docx building blocks, raw OOXML
pieces (text boxes, section columns, borders, shading), a raw-zip DOCX writer and
the truth writer.  Run everything with /usr/bin/python3."""
import json, os, re, struct, zlib, zipfile, io
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml, OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TRUTH = os.path.join(HERE, 'truth')

# ---------------------------------------------------------------- dates
MON = {m: i for i, m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split(), 1)}
OPEN = {'至今', '现在', '今', 'present', 'now', 'current', 'today'}


def iso(s):
    """'2019.07' / '2019年7月' / 'Jul 2019' / '07/2019' / '2019' -> ISO prefix; open end -> None."""
    s = s.strip()
    if s.lower() in OPEN:
        return None
    m = re.match(r'^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]?\s*(\d{1,2})?日?$', s)
    if m:
        r = '%s-%02d' % (m.group(1), int(m.group(2)))
        return r + ('-%02d' % int(m.group(3)) if m.group(3) else '')
    m = re.match(r'^(\d{1,2})/(\d{4})$', s)
    if m:
        return '%s-%02d' % (m.group(2), int(m.group(1)))
    m = re.match(r'^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$', s)
    if m:
        return '%s-%02d' % (m.group(2), MON[m.group(1).lower()])
    m = re.match(r'^(\d{4})年?$', s)
    if m:
        return m.group(1)
    raise ValueError('date? ' + s)


def dates(d, o):
    """put startDate/endDate from printed strings into dict o"""
    a, b = d
    if a and iso(a):
        o['startDate'] = iso(a)
    if b and iso(b):
        o['endDate'] = iso(b)
    return o


def write_truth(name, resume, lenient=()):
    clean = prune(resume)
    with open(os.path.join(TRUTH, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'resume': clean, 'lenient': list(lenient)}, f, ensure_ascii=False, indent=2)
        f.write('\n')


def prune(o):
    if isinstance(o, dict):
        return {k: prune(v) for k, v in o.items() if v not in (None, '', [], {})}
    if isinstance(o, list):
        return [prune(v) for v in o]
    return o

# ---------------------------------------------------------------- python-docx


def new_doc(latin='Calibri', east='宋体', size=10.5, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), east)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in ('Heading 1', 'Heading 2', 'Heading 3', 'Title'):
        try:
            hs = d.styles[s]
            rpr = hs.element.get_or_add_rPr()
            rf = rpr.find(qn('w:rFonts'))
            if rf is None:
                rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
            rf.set(qn('w:eastAsia'), east)
        except KeyError:
            pass
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d


def run(p, text, b=False, i=False, size=None, color=None, font=None, u=False):
    r = p.add_run(text)
    r.bold = b or None
    r.italic = i or None
    r.underline = u or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    return r


def para(box, *runs, style=None, align=None, after=None, before=None, tabs=(), indent=None,
         first=None, line=None, **kw):
    """box: Document or cell.  runs: str or (str, dict)"""
    p = box.add_paragraph(style=style) if style else box.add_paragraph()
    for r in runs:
        if isinstance(r, tuple):
            run(p, r[0], **r[1])
        elif r == '\t':
            p.add_run().add_tab()
        elif r == '\n':
            p.add_run().add_break()
        else:
            run(p, r, **kw)
    pf = p.paragraph_format
    if align:
        pf.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
                        'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if line is not None:
        pf.line_spacing = line
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), {'r': WD_TAB_ALIGNMENT.RIGHT, 'l': WD_TAB_ALIGNMENT.LEFT,
                                             'c': WD_TAB_ALIGNMENT.CENTER}[kind])
    return p


def tabline(box, parts, tabs, **kw):
    """parts separated by real tab characters; parts may be (str, fmt)"""
    runs = []
    for k, x in enumerate(parts):
        if k:
            runs.append('\t')
        runs.append(x)
    return para(box, *runs, tabs=tabs, **kw)


def pborder(p, side='bottom', sz=8, color='000000', space=1):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn('w:pBdr'))
    if b is None:
        b = OxmlElement('w:pBdr')
        # pBdr must come before shd/tabs/spacing ... insert early
        pPr.insert(1 if pPr.find(qn('w:pStyle')) is not None else 0, b)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), str(space)); e.set(qn('w:color'), color)
    b.append(e)
    _order_ppr(pPr)
    return p


PPR_ORDER = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr',
             'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
             'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd',
             'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc',
             'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr',
             'sectPr', 'pPrChange']


def _order_ppr(pPr):
    kids = list(pPr)
    kids.sort(key=lambda e: PPR_ORDER.index(e.tag.split('}')[1]) if e.tag.split('}')[1] in PPR_ORDER else 99)
    for k in kids:
        pPr.remove(k)
    for k in kids:
        pPr.append(k)


def pshade(p, fill):
    pPr = p._p.get_or_add_pPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    pPr.append(s)
    _order_ppr(pPr)
    return p


def cshade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)


def tborders(table, val='none', sz=4, color='000000'):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val)
        if val != 'none':
            e.set(qn('w:sz'), str(sz)); e.set(qn('w:color'), color)
        e.set(qn('w:space'), '0')
        b.append(e)
    # tblBorders goes after tblW/jc..., append then reorder roughly: before tblLayout/tblCellMar/tblLook
    look = tblPr.find(qn('w:tblLook'))
    if look is not None:
        look.addprevious(b)
    else:
        tblPr.append(b)


def cborder(cell, **sides):
    """cborder(cell, bottom='single', top='nil')"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for side in ('top', 'left', 'bottom', 'right'):
        if side in sides:
            e = OxmlElement('w:' + side); e.set(qn('w:val'), sides[side])
            if sides[side] not in ('nil', 'none'):
                e.set(qn('w:sz'), '6'); e.set(qn('w:color'), '7F7F7F')
            b.append(e)
    tcPr.append(b)


def table(box, rows, cols, widths, style=None, borders='none'):
    t = box.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.autofit = False
    tborders(t, borders)
    for row in t.rows:
        for k, c in enumerate(row.cells):
            c.width = Cm(widths[k])
    grid = t._tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[k] * 567)))
    return t


def cell_text(cell, *runs, **kw):
    """write into the cell's first (empty) paragraph"""
    p = cell.paragraphs[0]
    for r in runs:
        if isinstance(r, tuple):
            run(p, r[0], **r[1])
        elif r == '\t':
            p.add_run().add_tab()
        elif r == '\n':
            p.add_run().add_break()
        else:
            run(p, r, **kw)
    return p


def valign(cell, v='center'):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement('w:vAlign'); e.set(qn('w:val'), v); tcPr.append(e)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def row_height(row, cm, rule='atLeast'):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:trHeight'); h.set(qn('w:val'), str(int(cm * 567))); h.set(qn('w:hRule'), rule)
    trPr.append(h)


def section_cols(doc, num, space_cm=0.8, before_para=None):
    """End the current section at a new empty paragraph (continuous) and return a function
    that ends the column section with `num` columns.  Usage:
        end = section_cols(doc, 2) ; ...paragraphs... ; end()"""
    def sect(cols):
        s = OxmlElement('w:sectPr')
        t = OxmlElement('w:type'); t.set(qn('w:val'), 'continuous'); s.append(t)
        body = doc.sections[0]._sectPr
        for tag in ('w:pgSz', 'w:pgMar'):
            s.append(parse_xml(body.find(qn(tag)).xml))
        c = OxmlElement('w:cols'); c.set(qn('w:num'), str(cols)); c.set(qn('w:space'), str(int(space_cm * 567)))
        s.append(c)
        return s
    p = doc.add_paragraph()
    p._p.get_or_add_pPr().append(sect(1))

    def end():
        q = doc.add_paragraph()
        q._p.get_or_add_pPr().append(sect(num))
        # the body section after this one starts continuously too
        bs = doc.sections[-1]._sectPr
        t = bs.find(qn('w:type'))
        if t is None:
            t = OxmlElement('w:type'); bs.insert(0, t)
        t.set(qn('w:val'), 'continuous')
    return end


# ---------------------------------------------------------------- text boxes

def _ptxt(text, b=False, size=None, color=None, align=None, east='宋体'):
    rpr = '<w:rPr><w:rFonts w:eastAsia="%s"/>%s%s%s</w:rPr>' % (
        east, '<w:b/>' if b else '', '<w:color w:val="%s"/>' % color if color else '',
        '<w:sz w:val="%d"/>' % int(size * 2) if size else '')
    ppr = '<w:pPr><w:spacing w:after="40"/>%s</w:pPr>' % ('<w:jc w:val="%s"/>' % align if align else '')
    return '<w:p %s>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
        nsdecls('w'), ppr, rpr, esc(text))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def tb_paras(lines, east='宋体'):
    """lines: str or (str, dict(b=,size=,color=,align=))"""
    out = []
    for l in lines:
        if isinstance(l, tuple):
            out.append(_ptxt(l[0], east=east, **l[1]))
        else:
            out.append(_ptxt(l, east=east))
    return ''.join(out)


def vml_textbox(p, lines, left_cm, top_cm, w_cm, h_cm, fill='FFFFFF', stroke=False, east='宋体', sid=1):
    """legacy VML text box (w:pict/v:shape/v:textbox), absolutely positioned on the page"""
    xml = ('<w:r %s><w:pict><v:shape id="tb%d" type="#_x0000_t202" style="position:absolute;'
           'margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;'
           'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
           'fillcolor="#%s" %s><v:textbox inset="4pt,4pt,4pt,4pt"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>') % (
        nsdecls('w') + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"', sid, left_cm * 28.35, top_cm * 28.35, w_cm * 28.35, h_cm * 28.35, sid,
        fill, 'stroked="t" strokecolor="#808080"' if stroke else 'stroked="f"', tb_paras(lines, east))
    p._p.append(parse_xml(xml))


def dml_textbox(p, lines, left_cm, top_cm, w_cm, h_cm, fill=None, east='宋体', sid=1, rel='page'):
    """DrawingML text box (wp:anchor / wps:wsp / wps:txbx), behind-free, square wrap"""
    E = lambda cm: int(cm * 360000)
    fillx = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    xml = ('<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
           'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
           '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="Text Box %d"/>'
           '<wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s<a:ln><a:noFill/></a:ln></wps:spPr>'
           '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
        nsdecls('w'), 251659264 + sid, rel, E(left_cm), rel, E(top_cm), E(w_cm), E(h_cm), sid, sid,
        E(w_cm), E(h_cm), fillx, tb_paras(lines, east))
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- misc

def placeholder_png(path, w=90, h=120, grey=0xDD):
    """a flat grey box with a darker frame: the '照片' placeholder of template sites"""
    rows = []
    for y in range(h):
        r = bytearray([0])
        for x in range(w):
            v = 0x99 if x < 2 or y < 2 or x >= w - 2 or y >= h - 2 else grey
            r += bytes([v, v, v])
        rows.append(bytes(r))
    raw = b''.join(rows)
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(png)
    return path


def save(doc, name):
    path = os.path.join(OUT, name + '.docx')
    doc.core_properties.author = ''
    doc.core_properties.title = ''
    doc.save(path)
    return path


# ---------------------------------------------------------------- raw OOXML package

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>'''
CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-02T09:12:00Z</dcterms:created></cp:coreProperties>'''
APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application></Properties>'''
SETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def raw_docx(name, body, styles, numbering, app='Microsoft Office Word', author='user'):
    path = os.path.join(OUT, name + '.docx')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>'
           % (W_NS, body))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOCRELS)
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', styles)
        z.writestr('word/numbering.xml', numbering)
        z.writestr('word/settings.xml', SETTINGS)
        z.writestr('docProps/core.xml', CORE % author)
        z.writestr('docProps/app.xml', APP % app)
    return path
