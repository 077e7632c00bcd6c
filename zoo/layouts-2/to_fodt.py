#!/usr/bin/env python3
"""JSON Resume -> flat ODF text document (.fodt) for LibreOffice Writer.

  usage: to_fodt.py RESUME.json OUT.fodt
The name and headline on the left with a bordered text frame (draw:frame /
draw:text-box) on the right holding the contact lines, as Word users build a
header; sections are headed paragraphs with a rule; entries are two-column
tables whose date cell spans the entry's rows (table:number-rows-spanned);
skills and languages are label | value tables. LibreOffice converts the file
to .docx and that to PDF.
"""
import os
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="9.5pt" fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-size-asian="22pt" style:font-weight-asian="bold" fo:color="#243447"/>
 </style:style>
 <style:style style:name="Headline" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:color="#8A5A00"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:padding-bottom="0.04cm" fo:border-bottom="1.1pt solid #8A5A00" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-asian="12pt" style:font-weight-asian="bold" fo:color="#243447" fo:letter-spacing="0.03cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="CellDate" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:color="#555555" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.5pt" style:font-size-asian="8.5pt"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LBullet"/>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▪">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
 </style:page-layout>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:background-color="#F4EFE6" fo:border="0.75pt solid #8A5A00" fo:padding="0.2cm" fo:margin-left="0.3cm"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17.4cm" table:align="left" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="ColDate" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="ColBody" style:family="table-column"><style:table-column-properties style:column-width="13.8cm"/></style:style>
 <style:style style:name="CDate" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-right="0.5pt solid #C8B89A" fo:background-color="#FAF7F1" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="CBody" style:family="table-cell">
  <style:table-cell-properties fo:padding-left="0.25cm" fo:padding-top="0.03cm" fo:padding-bottom="0.03cm" fo:border="none"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#444444"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
"""


def x(s):
    return escape((s or "").strip())


def link(url, text):
    if not url:
        return x(text)
    return '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (escape(url, {'"': "&quot;"}), x(text))


class Doc:
    def __init__(self, r):
        self.r = r
        self.lg = J.lang(r)
        self.o = []
        self.ntab = 0

    def w(self, s):
        self.o.append(s)

    def p(self, style, inner):
        self.w('<text:p text:style-name="%s">%s</text:p>' % (style, inner))

    def table(self, rows):
        """rows: [(date_cell_xml, [body paragraphs xml])]: the date cell spans
        one row per body paragraph."""
        self.ntab += 1
        self.w('<table:table table:name="T%d" table:style-name="Tbl">' % self.ntab)
        self.w('<table:table-column table:style-name="ColDate"/><table:table-column table:style-name="ColBody"/>')
        for date, body in rows:
            n = max(1, len(body))
            for i in range(n):
                self.w("<table:table-row>")
                if i == 0:
                    span = ' table:number-rows-spanned="%d"' % n if n > 1 else ""
                    self.w('<table:table-cell table:style-name="CDate" office:value-type="string"%s>%s</table:table-cell>'
                           % (span, date))
                else:
                    self.w("<table:covered-table-cell/>")
                self.w('<table:table-cell table:style-name="CBody" office:value-type="string">%s</table:table-cell>'
                       % (body[i] if body else '<text:p text:style-name="Cell"/>'))
                self.w("</table:table-row>")
        self.w("</table:table>")

    def build(self):
        r, lg = self.r, self.lg
        b = r.get("basics", {})
        ds = "mmyyyy" if lg == "en" else "dot"
        name, alt = J.names(r)
        # contact frame anchored to the name paragraph
        lines = []
        for kind, txt, url in J.contacts(r, lg):
            lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
            val = link(url, txt) if kind not in ("phone", "location") else x(txt)
            lines.append('<text:p text:style-name="Frame_20_contents"><text:span text:style-name="Bold">%s</text:span>%s%s</text:p>'
                         % (x(lab), x(J.colon(lg)), val))
        frame = ('<draw:frame draw:style-name="fr1" draw:name="Contact" text:anchor-type="paragraph" svg:width="6.6cm" '
                 'draw:z-index="0"><draw:text-box fo:min-height="1cm">%s</draw:text-box></draw:frame>' % "".join(lines))
        self.p("Name", frame + x(name) + ((" " + x(alt)) if alt else ""))
        self.p("Headline", x(b.get("label")) if b.get("label") else "")
        for _ in range(max(0, len(lines) - 4) // 2):
            self.p("Standard", "")
        for s in J.blocks(r, lg, ds, sep=" – ", alt=1):
            self.p("Heading_20_1", x(s["title"]))
            if s["kind"] == "text":
                for t in s["items"]:
                    self.p("Standard", x(t))
            elif s["kind"] == "entries":
                rows = []
                for e in s["items"]:
                    head = '<text:span text:style-name="Bold">%s</text:span>' % link(e["url"], e["org"])
                    if e["role"]:
                        head += " · " + '<text:span text:style-name="Ital">%s</text:span>' % x(e["role"])
                    date = '<text:p text:style-name="CellDate">%s</text:p>' % x(e["date"])
                    if e["loc"]:
                        date += '<text:p text:style-name="CellDate">%s</text:p>' % x(e["loc"])
                    body = ['<text:p text:style-name="CellHead">%s</text:p>' % head]
                    for lab, t in e["paras"]:
                        body.append('<text:p text:style-name="Cell">%s</text:p>' % (
                            ('<text:span text:style-name="Bold">%s</text:span>%s%s' % (x(lab), x(J.colon(lg)), x(t)))
                            if lab else x(t)))
                    if e["bullets"]:
                        body.append('<text:list text:style-name="LBullet">%s</text:list>' % "".join(
                            '<text:list-item><text:p text:style-name="Bullet">%s</text:p></text:list-item>' % x(h)
                            for h in e["bullets"]))
                    rows.append((date, body))
                self.table(rows)
            elif s["kind"] == "pairs":
                rows = [('<text:p text:style-name="CellHead">%s</text:p>' % x(a),
                         ['<text:p text:style-name="Cell">%s</text:p>' % x(t)]) for a, t in s["items"]]
                self.table(rows)
            else:
                self.w('<text:list text:style-name="LBullet">%s</text:list>' % "".join(
                    '<text:list-item><text:p text:style-name="Bullet">%s</text:p></text:list-item>' % x(t)
                    for t in s["items"]))
        body = "\n".join(self.o)
        meta = "<office:meta><dc:title>%s</dc:title></office:meta>" % x(name)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text">%s%s'
                "<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n"
                % (NS, meta, STYLES, body))


def main():
    src, dst = sys.argv[1:3]
    with open(dst, "w", encoding="utf-8") as f:
        f.write(Doc(J.load(src)).build())


if __name__ == "__main__":
    main()
