#!/usr/bin/python3
"""Restyle pandoc's default reference.docx in place (python-docx): the
template a user makes once and passes to pandoc with --reference-doc.

  usage: /usr/bin/python3 make_reference.py reference.docx
Title: large navy sans; Heading 1: small caps, teal, rule below; body: 10pt
serif, CJK text in Noto Serif CJK SC; definition terms bold.
"""
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def fonts(style, latin, cjk):
    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), latin)
    rf.set(qn("w:eastAsia"), cjk)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def bottom_rule(style, color="1B6B73"):
    ppr = style.element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def main():
    path = sys.argv[1]
    d = Document(path)
    st = {s.name: s for s in d.styles}
    for name in ("Normal", "Body Text", "First Paragraph", "Compact", "Definition", "Definition Term"):
        s = st.get(name)
        if s is None:
            continue
        fonts(s, "Liberation Serif", "Noto Serif CJK SC")
        s.font.size = Pt(10)
        s.paragraph_format.space_after = Pt(3)
        s.paragraph_format.space_before = Pt(0)
    try:
        st["Definition Term"].font.bold = True
        st["Definition Term"].paragraph_format.space_before = Pt(6)
    except KeyError:
        pass
    t = st["Title"]
    fonts(t, "Liberation Sans", "Noto Sans CJK SC")
    t.font.size = Pt(24)
    t.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    t.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        h = st[name]
        fonts(h, "Liberation Sans", "Noto Sans CJK SC")
        h.font.size = Pt(size)
        h.font.small_caps = name == "Heading 1"
        h.font.color.rgb = RGBColor(0x1B, 0x6B, 0x73)
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(3)
        if name == "Heading 1":
            bottom_rule(h)
    for sec in d.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    d.save(path)


if __name__ == "__main__":
    main()
