# 荀明杰 — 验光师: the whole résumé is a two-column table, headings in the left column
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from docx.shared import Cm

out = sys.argv[1]
d = new_doc(font="宋体", size=10.5, margins=(1.5, 1.5, 2.0, 2.0))
p = para(d, "荀明杰", bold=True, size=20, font="黑体", after=2)
para(d, "验光师 · 视光中心店长", size=11, color="595959", after=8)

t = d.add_table(rows=0, cols=2)
t.style = "Table Grid"
BLUE = "DEEAF6"

def block(head, lines):
    r = t.add_row()
    cell_text(r.cells[0], head, bold=True, shade=BLUE, align="center")
    vcenter(r.cells[0])
    c = r.cells[1]
    first = True
    for ln in lines:
        if isinstance(ln, tuple):
            text, bold = ln
        else:
            text, bold = ln, False
        if first:
            cell_text(c, text, bold=bold)
            first = False
        else:
            p = c.add_paragraph()
            run(p, text, bold=bold)

block("基本信息", [
    "性别：男　　年龄：34岁　　籍贯：江苏丹阳",
    "手机：138 0013 8735　　邮箱：xunmingjie@example.cn",
    "现居：江苏南京（鼓楼区）",
])
block("求职意向", ["验光师 / 视光门店店长（南京）", "期望薪资：9000-12000元/月　　到岗时间：两周内"])
block("工作经历", [
    ("2020.06-今　南京明眸视光眼镜连锁（鼓楼店）　店长兼主验光师", True),
    "· 负责门店验光配镜、团队 6 人排班与业绩，年销售额约 320 万元；",
    "· 完成综合验光、双眼视功能检查，处理视疲劳和配镜不适的复查，复查率控制在 2% 以内；",
    "· 开展青少年近视防控建档（角膜塑形镜、离焦镜片验配）约 900 人次。",
    ("2015.03-2020.05　丹阳亮睛眼镜城　验光师", True),
    "· 负责电脑验光、插片验光和渐进多焦点镜片验配；",
    "· 2018 年起兼做加工间磨边和装配的质量检查。",
    ("2013.07-2015.02　丹阳亮睛眼镜城　配镜员（学徒）", True),
    "· 跟随师傅学习验光、磨片，接待顾客选框。",
])
block("教育背景", [
    "2010.09-2013.06　润州医药职业学院　眼视光技术　大专",
])
block("证书", [
    "眼镜验光员（二级/技师）2019年",
    "眼镜定配工（三级/高级工）2015年",
    "角膜塑形镜验配培训结业 2021年",
])
block("技能", [
    "设备：综合验光仪、裂隙灯、角膜地形图仪、自动磨边机",
    "软件：Excel、门店收银 ERP",
])
block("自我评价", [
    "1. 持证验光十年，熟悉各类镜片和框架，对青少年近视防控有实际经验；",
    "2. 做过店长，懂门店运营和团队管理；",
    "3. 服务意识强，顾客满意度高。",
])
widths(t, [2.6, 15.4])
d.save(out)
