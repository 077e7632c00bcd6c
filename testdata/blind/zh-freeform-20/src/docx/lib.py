"""Small helpers shared by the python-docx scripts of zh-freeform-20."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(2.0, 2.0, 2.0, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.15
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def run(p, text, bold=False, size=None, color=None, font=None, italic=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def para(container, text="", bold=False, size=None, color=None, align=None, before=0, after=0,
         font=None, indent=None, first=None):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color, font=font)
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def borders(table, val="single", sz=4, color="999999"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def para_border_bottom(p, color="2F5496", sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)
    pPr.append(bdr)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, size=None, color=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def tab_right(p, pos_cm):
    pPr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    t = OxmlElement("w:tab")
    t.set(qn("w:val"), "right")
    t.set(qn("w:pos"), str(int(pos_cm * 567)))
    tabs.append(t)
    pPr.append(tabs)


def textbox(paragraph, lines, x_cm, y_cm, w_cm, h_cm, size=9, font="微軟正黑體", border="A6A6A6", fill="F2F2F2"):
    """Anchor a Word text box (wps:wsp with w:txbxContent) to paragraph; lines = [(text, bold)]."""
    from docx.oxml import parse_xml
    emu = lambda c: int(c * 360000)
    ps = []
    for text, bold in lines:
        b = "<w:b/>" if bold else ""
        ps.append(
            '<w:p><w:pPr><w:spacing w:after="20"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
            f'w:eastAsia="{font}"/>{b}<w:sz w:val="{int(size*2)}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')
    xml = f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="margin"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>
<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{abs(hash(lines[0][0])) % 10000 + 10}" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="6350"><a:solidFill><a:srgbClr val="{border}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(ps)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    paragraph._p.append(parse_xml(xml))
