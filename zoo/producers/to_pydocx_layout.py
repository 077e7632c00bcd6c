#!/usr/bin/python3
"""JSON Resume -> .docx laid out in two columns, written with python-docx the
way Word users build such resumes:

  boxes  a name banner and one text box per section, placed on the page
         (wp:anchor offsets from the page), a sidebar column on the left and
         the main column on the right; all boxes are anchored in the first
         paragraph of their page and stored in the order they were "drawn"
         (main column first, then the banner, then the sidebar), not in
         reading order
  cols   a one-column header section, then a continuous section with two
         columns (w:cols): the sidebar, a column break, the main column
  table  a borderless two-cell table: the sidebar cell and the main cell

  usage: /usr/bin/python3 to_pydocx_layout.py STYLE RESUME.json OUT.docx
"""
import datetime
import os
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402

LATIN = "Calibri"
CJK_FONT = "Noto Sans CJK SC"
SIDEBAR = ("skills", "languages", "certificates", "awards", "interests")
PAGE_W, PAGE_H = Cm(21), Cm(29.7)
EMU_PER_CM = 360000


def set_fonts(style, size=None, color=None):
    style.font.name = LATIN
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
    if size:
        style.font.size = Pt(size)
    if color:
        style.font.color.rgb = RGBColor.from_string(color)


class Writer:
    """Writes sections into a container with add_paragraph (the document or
    a table cell); c is the label colon, width the column width for the
    right tab stop of dates."""

    def __init__(self, lg, width):
        self.lg, self.width, self.c = lg, width, J.colon(lg)

    def para(self, box, text="", style=None, bold=False, italic=False, size=None):
        p = box.add_paragraph(style=style)
        p.paragraph_format.space_after = Pt(1)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        return p

    def tabbed(self, box, left, right, bold=False, italic=False):
        p = self.para(box)
        p.paragraph_format.tab_stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        if right:
            r2 = p.add_run("\t" + right)
            r2.italic = italic
        return p

    def header(self, box, r):
        name, alt = J.names(r)
        self.para(box, name + ((" " + alt) if alt else ""), bold=True, size=22)
        b = r.get("basics", {})
        if b.get("label"):
            self.para(box, b["label"], bold=True, size=12)
        cs = [txt for _, txt, _ in J.contacts(r, self.lg)]
        if cs:
            self.para(box, "  |  ".join(cs))

    def section(self, box, s, narrow=False):
        self.para(box, s["title"], bold=True, size=13)
        if s["kind"] == "text":
            for t in s["items"]:
                self.para(box, t)
        elif s["kind"] == "entries":
            for e in s["items"]:
                if narrow:
                    self.para(box, e["org"], bold=True)
                    if e["date"]:
                        self.para(box, e["date"], italic=True)
                    if e["role"]:
                        self.para(box, e["role"])
                else:
                    self.tabbed(box, e["org"], e["date"], bold=True)
                    if e["role"] or e["loc"]:
                        self.tabbed(box, e["role"], e["loc"], italic=True)
                for lab, t in e["paras"]:
                    p = self.para(box)
                    if lab:
                        p.add_run(lab + self.c).bold = True
                    p.add_run(t)
                for hl in e["bullets"]:
                    self.para(box, hl, style="List Bullet")
        elif s["kind"] == "pairs":
            for lab, t in s["items"]:
                p = self.para(box)
                if lab:
                    p.add_run(lab + self.c).bold = True
                p.add_run(t)
        else:
            for t in s["items"]:
                self.para(box, t, style="List Bullet")


def new_doc(lg):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = PAGE_W, PAGE_H
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    set_fonts(doc.styles["Normal"], 9.5)
    set_fonts(doc.styles["List Bullet"], 9.5)
    return doc


def split_sections(blocks):
    side = [s for s in blocks if s["key"] in SIDEBAR]
    main = [s for s in blocks if s["key"] not in SIDEBAR]
    return side, main


# ------------------------------------------------------------------ text boxes

ANCHOR = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}"'
    ' behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
    '<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
    '<wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
    '<wps:txbx><w:txbxContent/></wps:txbx>'
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:spAutoFit/></wps:bodyPr>'
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def est_height_cm(paras, width_cm):
    """A rough height of paragraphs set in 9.5pt in a box width_cm wide."""
    per_line = width_cm / 2.54 * 72  # points per line of text
    h = 0.0
    for p in paras:
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        size = 9.5
        for sz in p.iter(qn("w:sz")):
            size = max(size, int(sz.get(qn("w:val"))) / 2)
        w = sum(size * 1.05 if J.has_cjk(ch) else size * 0.56 for ch in text)
        lines = max(1, -(-w // per_line))
        lead = 1.6 if J.has_cjk(text) else 1.25  # Noto CJK sets lines wider apart
        h += lines * size * lead + 1.5
    return h / 72 * 2.54 + 0.3


def boxes(doc, r, lg):
    blocks = J.blocks(r, lg, "mon" if lg == "en" else "dot", sep=" – ")
    side, main = split_sections(blocks)
    top, bottom, gap = 1.2, 28.5, 0.35
    cols = {"side": (1.2, 5.6), "main": (7.3, 12.5), "banner": (1.2, 18.6)}
    placed = []  # (column, page, x, y, w, h, paragraphs) in drawing order

    def render(col, fill):
        """Paragraphs written by fill, taken out of the body."""
        body = doc.element.body
        before = len(body.findall(qn("w:p")))
        fill(Writer(lg, Cm(cols[col][1])))
        new = body.findall(qn("w:p"))[before:]
        for e in new:
            body.remove(e)
        return new

    def stack(col, parts, y0):
        x, w = cols[col]
        page, y = 0, y0
        for paras in parts:
            h = est_height_cm(paras, w)
            if y + h > bottom and y > top:
                page, y = page + 1, top
            placed.append((col, page, x, y, w, h, paras))
            y += h + gap

    head = render("banner", lambda wr: wr.header(_Adder(doc), r))
    banner_h = est_height_cm(head, cols["banner"][1])
    stack("main", [render("main", lambda wr, s=s: wr.section(_Adder(doc), s)) for s in main], top + banner_h + 0.5)
    placed.append(("banner", 0, cols["banner"][0], top, cols["banner"][1], banner_h, head))
    stack("side", [render("side", lambda wr, s=s: wr.section(_Adder(doc), s, narrow=True)) for s in side], top + banner_h + 0.5)

    pages = max(p for _, p, *_ in placed) + 1
    anchors = []
    for i in range(pages):
        para = doc.add_paragraph()
        if i + 1 < pages:
            para.add_run().add_break(WD_BREAK.PAGE)
        anchors.append(para)
    for n, (col, page, x, y, w, h, paras) in enumerate(placed, start=1):
        emu = lambda cm: int(cm * EMU_PER_CM)  # noqa: E731
        run = parse_xml(ANCHOR.format(x=emu(x), y=emu(y), w=emu(w), h=emu(h), id=n, z=251659264 + n))
        content = run.find(".//" + qn("w:txbxContent"))
        for p in paras:
            content.append(p)
        p = anchors[page]._p
        if page + 1 < pages:
            p.insert(len(p) - 1, run)  # before the page break
        else:
            p.append(run)


class _Adder:
    """The document body as a container (add_paragraph only)."""

    def __init__(self, doc):
        self.doc = doc

    def add_paragraph(self, style=None):
        return self.doc.add_paragraph(style=style)


# ------------------------------------------------------------------ columns

def columns(doc, r, lg):
    blocks = J.blocks(r, lg, "mon" if lg == "en" else "dot", sep=" – ")
    side, main = split_sections(blocks)
    w = Writer(lg, Cm(11.5))
    w.header(doc, r)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = sec._sectPr.makeelement(qn("w:cols"), {})
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:equalWidth"), "0")
    for cw in (4800, 5700):
        c = cols.makeelement(qn("w:col"), {qn("w:w"): str(cw), qn("w:space"): "567"})
        cols.append(c)
    ws = Writer(lg, Cm(8.4))
    for s in side:
        ws.section(doc, s, narrow=True)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    wm = Writer(lg, Cm(10))
    for s in main:
        wm.section(doc, s)


# ------------------------------------------------------------------ table

def table(doc, r, lg):
    blocks = J.blocks(r, lg, "mon" if lg == "en" else "dot", sep=" – ")
    side, main = split_sections(blocks)
    Writer(lg, Cm(18)).header(doc, r)
    t = doc.add_table(rows=1, cols=2)  # the default table style has no borders
    t.autofit = False
    left, right = t.cell(0, 0), t.cell(0, 1)
    for col, cell, w in ((t.columns[0], left, Cm(5.5)), (t.columns[1], right, Cm(12.5))):
        col.width = cell.width = w  # the grid and the cell
    ws, wm = Writer(lg, Cm(5.0)), Writer(lg, Cm(11.8))  # inside the cell margins
    for s in side:
        ws.section(left, s, narrow=True)
    for s in main:
        wm.section(right, s)
    for c in (left, right):  # the empty first paragraph of each cell
        first = c.paragraphs[0]
        if not first.text:
            first._p.getparent().remove(first._p)


def main():
    style, src, dst = sys.argv[1:4]
    r = J.load(src)
    lg = J.lang(r)
    doc = new_doc(lg)
    {"boxes": boxes, "cols": columns, "table": table}[style](doc, r, lg)
    name = J.names(r)[0]
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2024, 1, 1)
    doc.core_properties.last_modified_by = doc.core_properties.author = name
    doc.core_properties.title = "Resume" if lg == "en" else "个人简历"
    doc.save(dst)


if __name__ == "__main__":
    main()
