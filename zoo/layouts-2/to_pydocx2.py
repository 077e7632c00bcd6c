#!/usr/bin/python3
"""JSON Resume -> .docx with python-docx: a sidebar résumé.

  usage: /usr/bin/python3 to_pydocx2.py RESUME.json OUT.docx   (Debian's python3-docx)
The body is one borderless two-column table: a shaded narrow left cell with
contact, skills, languages, certificates and interests, and a wide right cell
with summary, experience, projects, education and the rest. The page header
repeats the name and headline, the footer carries a PAGE field; an entry's
description lines are level-1 bullets ("List Bullet") and its highlights
level-2 bullets ("List Bullet 2") under them.
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402

LATIN = "Carlito"
CJK_FONT = "Noto Sans CJK SC"
INK = "2E4053"
SIDE_KEYS = ("skills", "languages", "certificates", "interests")


def set_fonts(style, size=None, color=None, bold=None):
    style.font.name = LATIN
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(a)) is not None:
            del fonts.attrib[qn(a)]
    if size:
        style.font.size = Pt(size)
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        style.font.bold = bold


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def field(par, instr):
    r = par.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % instr
            r._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._r.append(t)


def link_run(par, url, text):
    """A real hyperlink (w:hyperlink with a relationship)."""
    part = par.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                         is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "1F5F8B")
    rpr.append(c)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    par._p.append(h)


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = J.lang(r)
    ds = "month" if lg == "en" else "zh"
    b = r.get("basics", {})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.5)
    sec.header_distance = sec.footer_distance = Cm(0.8)
    st = doc.styles
    set_fonts(st["Normal"], 9.5)
    st["Normal"].paragraph_format.space_after = Pt(2)
    set_fonts(st["Title"], 26, INK)
    set_fonts(st["Subtitle"], 12, "7A6A53")
    st["Subtitle"].font.italic = False
    for h, size in (("Heading 1", 12.5), ("Heading 2", 10.5), ("Heading 3", 10)):
        set_fonts(st[h], size, INK, True)
        st[h].paragraph_format.space_before = Pt(8 if h == "Heading 1" else 4)
        st[h].paragraph_format.space_after = Pt(2)
    for s in ("List Bullet", "List Bullet 2"):
        set_fonts(st[s], 9.5)
        st[s].paragraph_format.space_after = Pt(1)

    name, alt = J.names(r)
    full = name + ((" " + alt) if alt else "")
    # header and footer
    hp = sec.header.paragraphs[0]
    hp.text = full + ("  ·  " + b["label"] if b.get("label") else "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in hp.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor.from_string("808080")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    field(fp, "PAGE")
    fp.add_run(" —")

    doc.add_paragraph(full, style="Title")
    if b.get("label"):
        doc.add_paragraph(b["label"], style="Subtitle")

    blocks = J.blocks(r, lg, ds, sep=" – ", alt=2)
    side = [s for s in blocks if s["key"] in SIDE_KEYS]
    main_ = [s for s in blocks if s["key"] not in SIDE_KEYS]

    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    left, right = t.rows[0].cells
    left.width, right.width = Cm(5.4), Cm(12.6)
    for col, wd in zip(t.columns, (Cm(5.4), Cm(12.6))):
        col.width = wd
    shade(left, "EEF1F5")

    def add(cell, text="", style=None):
        # a new cell has one empty paragraph: use it first
        ps = cell.paragraphs
        if len(ps) == 1 and not ps[0].text and not getattr(cell, "_used", False):
            p = ps[0]
            if style:
                p.style = style
            if text:
                p.add_run(text)
        else:
            p = cell.add_paragraph(text, style=style)
        cell._used = True
        return p

    c = J.colon(lg)
    # sidebar
    add(left, J.heading("contact", lg), "Heading 2")
    for kind, txt, url in J.contacts(r, lg):
        lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
        p = add(left)
        p.add_run(lab + c).bold = True
        if url and kind not in ("phone",):
            link_run(p, url, txt)
        else:
            p.add_run(txt)
    for s in side:
        add(left, s["title"], "Heading 2")
        if s["kind"] == "pairs":
            for a, v in s["items"]:
                if a:
                    add(left).add_run(a).bold = True
                add(left, v)
        else:
            for v in s["items"]:
                add(left, v, "List Bullet")
    # main column
    for s in main_:
        add(right, s["title"], "Heading 1")
        if s["kind"] == "text":
            for v in s["items"]:
                add(right, v)
        elif s["kind"] == "entries":
            for e in s["items"]:
                p = add(right, style="Heading 3")
                p.add_run(e["org"])
                if e["role"]:
                    p.add_run(" — " + e["role"]).bold = False
                meta = [x for x in (e["date"], e["loc"]) if x]
                if meta:
                    mp = add(right)
                    mr = mp.add_run(" | ".join(meta))
                    mr.italic = True
                    mr.font.color.rgb = RGBColor.from_string("6B6B6B")
                if e["url"]:
                    link_run(add(right), e["url"], J.strip_scheme(e["url"]))
                for lab, v in e["paras"]:
                    p = add(right, style="List Bullet")
                    if lab:
                        p.add_run(lab + c).bold = True
                    p.add_run(v)
                for h in e["bullets"]:
                    add(right, h, "List Bullet 2" if e["paras"] else "List Bullet")
        elif s["kind"] == "pairs":
            for a, v in s["items"]:
                p = add(right)
                if a:
                    p.add_run(a + c).bold = True
                p.add_run(v)
        else:
            for v in s["items"]:
                add(right, v, "List Bullet")
    doc.core_properties.title = full
    doc.core_properties.author = name
    doc.save(dst)


if __name__ == "__main__":
    main()
