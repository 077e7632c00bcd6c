"""Minimal flat-ODT writer used for the Writer-made résumés (frames, columns)."""
from lib import esc
import os

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="system"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="%(size)spt" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="%(size)spt" fo:language="%(lang)s" fo:country="%(country)s"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/></style:style>
%(styles)s
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="%(mt)scm" fo:margin-bottom="1.6cm" fo:margin-left="%(ml)scm" fo:margin-right="%(mr)scm"/></style:page-layout>
%(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'


def pstyle(name, size=None, bold=False, color=None, border_bottom=None, before=None, after=None, align=None,
           bg=None, indent=None, tabs=None, italic=False, parent='Standard', family='paragraph'):
    pp, tp = [], []
    if before is not None: pp.append('fo:margin-top="%scm"' % before)
    if after is not None: pp.append('fo:margin-bottom="%scm"' % after)
    if border_bottom: pp.append('fo:border-bottom="%s" fo:padding-bottom="0.05cm"' % border_bottom)
    if align: pp.append('fo:text-align="%s"' % align)
    if bg: pp.append('fo:background-color="#%s"' % bg)
    if indent is not None: pp.append('fo:margin-left="%scm"' % indent)
    if size: tp.append('fo:font-size="%spt" style:font-size-asian="%spt"' % (size, size))
    if bold: tp.append('fo:font-weight="bold" style:font-weight-asian="bold"')
    if italic: tp.append('fo:font-style="italic" style:font-style-asian="italic"')
    if color: tp.append('fo:color="#%s"' % color)
    tabx = ''
    if tabs:
        tabx = '<style:tab-stops>%s</style:tab-stops>' % ''.join(
            '<style:tab-stop style:position="%scm" style:type="%s"/>' % (p, t) for p, t in tabs)
    return ('<style:style style:name="%s" style:family="%s" style:parent-style-name="%s">'
            '<style:paragraph-properties %s>%s</style:paragraph-properties><style:text-properties %s/></style:style>'
            % (name, family, parent, ' '.join(pp), tabx, ' '.join(tp)))


def span(text, style=None):
    t = esc(text).replace('\t', '<text:tab/>')
    return '<text:span text:style-name="%s">%s</text:span>' % (style, t) if style else t


def p(style, *parts):
    out = ''.join(x if x.startswith('<') else esc(x).replace('\t', '<text:tab/>') for x in parts)
    return '<text:p text:style-name="%s">%s</text:p>' % (style, out)


def write(path, body, styles='', auto='', size=10, lang='zh', country='CN', ml=2, mr=2, mt=1.6):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEAD % dict(styles=styles, auto=auto, size=size, lang=lang, country=country, ml=ml, mr=mr, mt=mt))
        f.write(body)
        f.write(TAIL)
