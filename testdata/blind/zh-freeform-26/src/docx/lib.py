# Small helpers shared by the python-docx scripts of zh-freeform-26.
# Written for python-docx 0.8.x (Debian bookworm's python3-docx).
import copy
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_document(east_asia="宋体", latin="Times New Roman", size=10.5,
                 margins=(2.0, 2.0, 2.0, 2.0), a4=True):
    doc = Document()
    sec = doc.sections[0]
    if a4:
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    return doc


def set_run_font(run, east_asia=None, latin=None, size=None, bold=None,
                 color=None, italic=None):
    if latin:
        run.font.name = latin
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if east_asia:
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), east_asia)
    return run


def para(container, text="", size=None, bold=None, align=None, east_asia=None,
         latin=None, color=None, before=0, after=0, line=None, indent=None,
         first=None, italic=None, keep=False):
    p = container.add_paragraph()
    if text:
        set_run_font(p.add_run(text), east_asia, latin, size, bold, color, italic)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def add_run(p, text, **kw):
    return set_run_font(p.add_run(text), kw.get("east_asia"), kw.get("latin"),
                        kw.get("size"), kw.get("bold"), kw.get("color"),
                        kw.get("italic"))


def add_tab_stop(p, pos_cm, align="left", leader=None):
    ppr = p._p.get_or_add_pPr()
    tabs = ppr.find(qn("w:tabs"))
    if tabs is None:
        tabs = OxmlElement("w:tabs")
        ppr.append(tabs)
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), align)
    tab.set(qn("w:pos"), str(int(pos_cm * 567)))
    if leader:
        tab.set(qn("w:leader"), leader)
    tabs.append(tab)


def shade(cell_or_par, fill):
    """Background shading of a table cell or a paragraph."""
    if hasattr(cell_or_par, "_tc"):
        pr = cell_or_par._tc.get_or_add_tcPr()
    else:
        pr = cell_or_par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para_border(p, side="bottom", size=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def table_borders(table, size=4, color="000000", val="single", inside=True):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(size))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def no_borders(table):
    table_borders(table, val="nil", inside=True)
    for e in table._tbl.tblPr.find(qn("w:tblBorders")):
        e.set(qn("w:val"), "nil")


def fixed_widths(table, widths_cm):
    """Fixed layout, a tblGrid and a width on every cell."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(tw)
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def cell_text(cell, text, size=None, bold=None, align=None, east_asia=None,
              color=None, latin=None):
    """Replace the cell's first paragraph with text; '\n' gives new paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            set_run_font(p.add_run(line), east_asia, latin, size, bold, color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def cell_lines_br(cell, lines, size=None, east_asia=None, bold_first=False):
    """One paragraph, lines separated by <w:br/> (soft line breaks, Shift+Enter)."""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run()
        if i:
            r.add_break()
        r.add_text(line)
        set_run_font(r, east_asia, None, size, None, None)
    return p


def valign(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    tcpr.append(v)


def cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblpr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for side, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:w"), str(val))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblpr.append(m)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def row_height(row, cm, rule="atLeast"):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), rule)
    trpr.append(h)


def set_core(doc, title="", author="", created=None):
    cp = doc.core_properties
    cp.title = title
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.author = author
    cp.last_modified_by = author
    if created is not None:
        cp.created = created
        cp.modified = created
        cp.revision = 3


# ---------------------------------------------------------------- text boxes
from xml.sax.saxutils import escape as _esc
from docx.oxml import parse_xml

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word" '
       'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"')


def tb_par(text="", size=10.5, bold=False, color="000000", align="left",
           east_asia="微软雅黑", before=0, after=0, line=None, border_bottom=None,
           shade_fill=None):
    """XML of one paragraph for a text box."""
    ppr = ""
    if border_bottom:
        ppr += ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/></w:pBdr>'
                % border_bottom)
    if shade_fill:
        ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade_fill
    sp = '<w:spacing w:before="%d" w:after="%d"%s/>' % (
        before * 20, after * 20,
        (' w:line="%d" w:lineRule="auto"' % int(line * 240)) if line else "")
    ppr += sp
    if align != "left":
        ppr += '<w:jc w:val="%s"/>' % align
    rpr = ('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="%s"/>%s'
           '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
           % (east_asia, "<w:b/>" if bold else "", color, int(size * 2), int(size * 2)))
    run = ('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
           % (rpr, _esc(text))) if text else ""
    return '<w:p><w:pPr>%s<w:rPr>%s</w:rPr></w:pPr>%s</w:p>' % (ppr, rpr, run)


def add_textbox(paragraph, x_cm, y_cm, w_cm, h_cm, pars_xml, fill="FFFFFF",
                line=None, behind=True, shape_id=1, name="文本框 1",
                inset_cm=(0.35, 0.3, 0.35, 0.3), with_fallback=True):
    """Anchor a DrawingML text box (wps:wsp) to `paragraph`, positioned on the page,
    with a VML fallback (as Word and WPS write it)."""
    E = lambda cm: int(cm * 360000)
    li, ti, ri, bi = [E(v) for v in inset_cm]
    content = "".join(pars_xml)
    ln = ('<a:ln w="6350"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line
          if line else '<a:ln><a:noFill/></a:ln>')
    choice = f'''<mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + shape_id}" behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{E(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{E(y_cm)}</wp:posOffset></wp:positionV>
<wp:extent cx="{E(w_cm)}" cy="{E(h_cm)}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapNone/>
<wp:docPr id="{shape_id}" name="{name}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{E(w_cm)}" cy="{E(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{li}" tIns="{ti}" rIns="{ri}" bIns="{bi}" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>'''
    fallback = ""
    if with_fallback:
        pt = lambda cm: "%.1fpt" % (cm * 28.3465)
        fallback = (f'<mc:Fallback><w:pict><v:rect id="_x0000_s{1024 + shape_id}" '
                    f'style="position:absolute;margin-left:{pt(x_cm)};margin-top:{pt(y_cm)};'
                    f'width:{pt(w_cm)};height:{pt(h_cm)};z-index:{-251658240 + shape_id if behind else shape_id};'
                    f'mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
                    f'fillcolor="#{fill}" stroked="{"t" if line else "f"}">'
                    f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
                    f'<w10:wrap anchorx="page" anchory="page"/></v:rect></w:pict></mc:Fallback>')
    xml = f'<w:r {_NS}><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>'
    paragraph._p.append(parse_xml(xml))
