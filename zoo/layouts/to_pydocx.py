#!/usr/bin/python3
"""JSON Resume -> .docx written with python-docx: a Word-like resume with a
borderless header table for the contact grid, heading styles, right-aligned tab
stops for dates ('Company<TAB>2019 – 2021') and bullet lists.

  usage: /usr/bin/python3 to_pydocx.py RESUME.json OUT.docx   (Debian's python3-docx)
"""
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import jrlib as J

LATIN = "Calibri"
CJK_FONT = "Noto Sans CJK SC"


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


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = J.lang(r)
    ds = "mon" if lg == "en" else "dot"
    b = r.get("basics", {})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    width = sec.page_width - sec.left_margin - sec.right_margin
    set_fonts(doc.styles["Normal"], 10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(2)
    set_fonts(doc.styles["Title"], 24, "1F3864")
    set_fonts(doc.styles["Heading 1"], 13, "1F3864")
    set_fonts(doc.styles["List Bullet"], 10)
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(10)
    doc.styles["Heading 1"].paragraph_format.space_after = Pt(3)

    name, alt = J.names(r)
    doc.add_paragraph(name + ((" " + alt) if alt else ""), style="Title")
    if b.get("label"):
        p = doc.add_paragraph()
        run = p.add_run(b["label"])
        run.bold = True
        run.font.size = Pt(12)
    cs = J.contacts(r, lg)
    if cs:
        rows = (len(cs) + 1) // 2
        t = doc.add_table(rows=rows, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, (kind, txt, url) in enumerate(cs):
            lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
            cell = t.cell(i // 2, i % 2)
            para = cell.paragraphs[0]
            rl = para.add_run(lab + J.colon(lg))
            rl.bold = True
            para.add_run(txt)
    c = J.colon(lg)

    def tabbed(left, right, bold=False, italic=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(left)
        run.bold, run.italic = bold, italic
        if right:
            r2 = p.add_run("\t" + right)
            r2.italic = italic
        return p

    for s in J.blocks(r, lg, ds, sep=" – "):
        doc.add_heading(s["title"], level=1)
        if s["kind"] == "text":
            for ptxt in s["items"]:
                doc.add_paragraph(ptxt)
        elif s["kind"] == "entries":
            for e in s["items"]:
                tabbed(e["org"], e["date"], bold=True)
                if e["role"] or e["loc"]:
                    tabbed(e["role"], e["loc"], italic=True)
                for lab, t in e["paras"]:
                    p = doc.add_paragraph()
                    if lab:
                        p.add_run(lab + c).bold = True
                    p.add_run(t)
                if e.get("url"):
                    doc.add_paragraph(e["url"])
                for hl in e["bullets"]:
                    doc.add_paragraph(hl, style="List Bullet")
        elif s["kind"] == "pairs":
            for lab, t in s["items"]:
                p = doc.add_paragraph(style="List Bullet")
                if lab:
                    p.add_run(lab + c).bold = True
                p.add_run(t)
        else:
            for t in s["items"]:
                doc.add_paragraph(t, style="List Bullet")
    import datetime
    doc.core_properties.created = doc.core_properties.modified = datetime.datetime(2024, 1, 1)
    doc.core_properties.last_modified_by = name
    doc.core_properties.author = name
    doc.core_properties.title = "Resume" if lg == "en" else "个人简历"
    doc.save(dst)


if __name__ == "__main__":
    main()
