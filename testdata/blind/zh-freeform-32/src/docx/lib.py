from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

def new_doc(font="宋体", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d

def para(d, text="", bold=False, size=None, align=None, color=None, space_after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(p, parts):
    for text, bold in parts:
        r = p.add_run(text); r.bold = bold
    return p

def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def set_cell(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold
        if size: r.font.size = Pt(size)
        if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def table(d, rows, widths=None, style="Table Grid", shade_first_col=False, header=False, size=None):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None: continue
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if (header and i == 0) or (shade_first_col and j == 0): shade(c)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells): row.cells[j].width = Cm(w)
    return t
