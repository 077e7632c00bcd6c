"""逯秋逸 — 工业设计师: 双栏 Word résumé built from two text boxes (DrawingML wps:txbx)."""
import sys
from xml.sax.saxutils import escape
from docx.oxml import parse_xml
from lib import *

out = sys.argv[1]
doc = new_doc("微软雅黑", 9.5, margins=(1.0, 1.0, 1.0, 1.0))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' + W)
EMU = 360000  # per cm


def p(text, size=9.5, bold=False, color="333333", after=2, before=0, border=None, shade=None):
    ppr = f'<w:spacing w:before="{int(before*20)}" w:after="{int(after*20)}" w:line="276" w:lineRule="auto"/>'
    if border:
        ppr = f'<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="{border}"/></w:pBdr>' + ppr
    if shade:
        ppr = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' + ppr
    rpr = (f'<w:rFonts w:ascii="微软雅黑" w:hAnsi="微软雅黑" w:eastAsia="微软雅黑"/>'
           f'{"<w:b/>" if bold else ""}<w:color w:val="{color}"/><w:sz w:val="{int(size*2)}"/>')
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def textbox(idn, name, x, y, w, h, paras, fill=None):
    fillxml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else '<a:noFill/>'
    return f'''<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{idn}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{int(x*EMU)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y*EMU)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w*EMU)}" cy="{int(h*EMU)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{idn}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w*EMU)}" cy="{int(h*EMU)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fillxml}<a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="180000" tIns="180000" rIns="144000" bIns="144000" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''


BLUE = "2F5D8A"
left = [
    p("逯秋逸", 22, True, BLUE, after=2),
    p("工业设计师", 11, False, "555555", after=14),
    p("基本信息", 11, True, BLUE, border=BLUE, after=4),
    p("女 ｜ 1995年生"),
    p("现居：广东深圳"),
    p("本科 ｜ 6年经验", after=10),
    p("联系方式", 11, True, BLUE, border=BLUE, after=4),
    p("☎ 138 0013 8762"),
    p("✉ luqiuyi@example.com", after=10),
    p("作品集", 11, True, BLUE, border=BLUE, after=4),
    p("Behance：behance.net/luqiuyi-example"),
    p("站酷：zcool.com.cn/u/luqiuyi-example"),
    p("PDF 作品集：luqiuyi.example.com/portfolio", after=10),
    p("软件技能", 11, True, BLUE, border=BLUE, after=4),
    p("Rhino / KeyShot / SolidWorks"),
    p("Photoshop / Illustrator / C4D", after=4),
    p("手绘草图、CMF 设计、结构可行性沟通", after=10),
    p("语言", 11, True, BLUE, border=BLUE, after=4),
    p("英语 CET-6，可阅读英文设计资料"),
    p("粤语 日常交流", after=10),
    p("兴趣", 11, True, BLUE, border=BLUE, after=4),
    p("陶艺、骑行、逛家居展"),
]
right = [
    p("求职意向：工业设计师（小家电 / 个护电器）　期望城市：深圳", 10.5, True, "222222", after=10, shade="E8EEF4"),
    p("自我评价", 12, True, BLUE, border=BLUE, after=4),
    p("6年消费电子与小家电外观设计经验，做过吹风机、电动牙刷、桌面风扇等 20 余款量产产品。重视用户研究和 CMF，能把设计从草图一路跟到开模、试产，和结构、供应链同事配合默契。", after=10),
    p("工作经历", 12, True, BLUE, border=BLUE, after=4),
    p("2021.07 - 至今　　深圳栖木家电科技有限公司　　ID 设计师", 10, True, "222222", after=2),
    p("• 负责吹风机、电动牙刷、冲牙器等个护产品的外观与 CMF 设计，累计 9 款产品量产上市"),
    p("• 主导 H3 高速吹风机外观方案，首发 3 个月线上销量 12 万台"),
    p("• 建立部门 CMF 色板库与设计规范，带 1 名助理设计师", after=8),
    p("2019.07 - 2021.06　　东莞拾光工业设计有限公司　　助理工业设计师", 10, True, "222222", after=2),
    p("• 参与桌面风扇、加湿器、蓝牙音箱等外包项目的草图、建模与渲染"),
    p("• 跟进手板制作和表面处理打样，对接客户评审", after=10),
    p("项目经历", 12, True, BLUE, border=BLUE, after=4),
    p("H3 高速吹风机外观设计（2023.03 - 2023.12）", 10, True, "222222", after=2),
    p("角色：主设计师。针对 18-30 岁女性用户，完成 3 轮用户访谈、5 套草图方案，最终方案采用一体式风筒与磁吸风嘴，获 2024 年 iF 设计奖。"),
    p("儿童电动牙刷 K1（2022.05 - 2022.11）", 10, True, "222222", after=2, before=4),
    p("角色：外观与 CMF 设计。圆润握柄与防滑硅胶包胶，配色 4 款，上市后复购率位列品类前三。", after=10),
    p("教育背景", 12, True, BLUE, border=BLUE, after=4),
    p("2015.09 - 2019.06　　湘南工程学院　　工业设计　　本科", after=10),
    p("获奖情况", 12, True, BLUE, border=BLUE, after=4),
    p("2024　iF 设计奖（H3 高速吹风机，团队）"),
    p("2018　湖南省大学生工业设计大赛　二等奖"),
]

body_p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
body_p._p.append(parse_xml(textbox(1, "左栏", 0.0, 0.0, 6.4, 29.7, left, fill="E8EEF4")))
body_p._p.append(parse_xml(textbox(2, "右栏", 6.7, 0.6, 13.9, 28.6, right)))
doc.save(out)
