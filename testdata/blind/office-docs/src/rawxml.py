"""Tiny WordprocessingML writer for the hand-zipped DOCX files."""
from lib import esc

STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%(latin)s" w:hAnsi="%(latin)s" w:eastAsia="%(east)s" w:cs="%(latin)s"/><w:sz w:val="%(sz)d"/><w:szCs w:val="%(sz)d"/><w:lang w:val="%(lang)s" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="420"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

NUMBERING_EMPTY = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:numbering>'''

NUMBERING_BULLET = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%(sym)s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr><w:rPr><w:rFonts w:ascii="%(font)s" w:hAnsi="%(font)s" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="[%%1]"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''


def r(text, b=False, i=False, sz=None, color=None, font=None):
    rpr = ''
    if font: rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' % (font, font, font)
    if b: rpr += '<w:b/><w:bCs/>'
    if i: rpr += '<w:i/>'
    if color: rpr += '<w:color w:val="%s"/>' % color
    if sz: rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2)
    parts = text.split('\t')
    x = '<w:tab/>'.join('<w:t xml:space="preserve">%s</w:t>' % esc(p) for p in parts)
    return '<w:r>%s%s</w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', x)


def p(*runs, jc=None, before=None, after=None, border=None, shd=None, tabs=(), ind=None, hanging=None, num=None,
      sect=None, keep=False, rpr_size=None):
    ppr = ''
    if keep: ppr += '<w:keepNext/>'
    if num: ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
    if border: ppr += '<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>' % border
    if shd: ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    if tabs: ppr += '<w:tabs>%s</w:tabs>' % ''.join('<w:tab w:val="%s" w:pos="%d"/>' % (k, int(cm * 567)) for cm, k in tabs)
    if before is not None or after is not None:
        ppr += '<w:spacing%s%s/>' % (' w:before="%d"' % (before * 20) if before is not None else '',
                                     ' w:after="%d"' % (after * 20) if after is not None else '')
    if ind is not None or hanging is not None:
        ppr += '<w:ind w:left="%d"%s/>' % (int((ind or 0) * 567), ' w:hanging="%d"' % int(hanging * 567) if hanging else '')
    if jc: ppr += '<w:jc w:val="%s"/>' % jc
    if sect: ppr += sect
    body = ''.join(x if x.startswith('<') else r(x) for x in runs)
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', body)


def sectpr(cols=1, cont=True, margins=(1.8, 1.8, 2.0, 2.0), space=0.8, sep=False):
    t, b, l, rr = [int(x * 567) for x in margins]
    return ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:num="%d" w:space="%d"%s/></w:sectPr>') % (
        '<w:type w:val="continuous"/>' if cont else '', t, rr, b, l, cols, int(space * 567), ' w:sep="1"' if sep else '')
