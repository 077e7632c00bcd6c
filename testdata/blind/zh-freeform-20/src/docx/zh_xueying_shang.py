"""zh_xueying_shang: WPS-style template, left colour sidebar (one big two-cell table)."""
import sys
from lib import *
from docx.shared import Cm, Pt
from docx.enum.table import WD_ROW_HEIGHT_RULE

d = new_doc(font="微软雅黑", latin="Calibri", size=9.5, margins=(0.8, 0.8, 0.8, 0.8))
NAVY, TEAL = "2E4A62", "2E4A62"
t = d.add_table(rows=1, cols=2)
widths(t, [6.0, 13.4])
row = t.rows[0]
row.height = Cm(27.8)
row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
L, R = row.cells
shade(L, NAVY)
W = "FFFFFF"


def lp(text="", bold=False, size=None, before=0, after=2, center=False):
    p = L.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=W)
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
    p.paragraph_format.left_indent = Cm(0.3)
    if center:
        p.alignment = 1
    return p


L.paragraphs[0].text = ""
lp("", after=30)
lp("尚雪莹", bold=True, size=22, center=True, after=4)
lp("视觉陈列师", size=11, center=True, after=18)
for title, items in [
        ("基本信息", ["年龄：29岁", "电话：138 0013 8517", "邮箱：xueying.shang@example.com", "现居：上海·静安区"]),
        ("求职意向", ["视觉陈列主管 / VM 主管", "上海｜全职", "期望薪资：15-18K"]),
        ("技能", ["Photoshop", "Illustrator", "SketchUp", "Keynote", "陈列手册编写", "橱窗道具设计与落地"]),
        ("证书", ["陈列设计师（三级）2019"]),
        ("兴趣", ["看展、手作、城市徒步"])]:
    p = lp(title, bold=True, size=12, before=12, after=4)
    para_border_bottom(p, color="FFFFFF", sz=6)
    for it in items:
        lp(it, size=9.5)

R.paragraphs[0].text = ""


def rp(text="", bold=False, size=None, color=None, before=0, after=1, indent=0.4):
    p = R.add_paragraph()
    if text:
        run(p, text, bold=bold, size=size, color=color)
    p.paragraph_format.space_before, p.paragraph_format.space_after = Pt(before), Pt(after)
    p.paragraph_format.left_indent = Cm(indent)
    return p


def rhead(text):
    p = rp("", before=14, after=5)
    run(p, "■ ", color=TEAL, size=12)
    run(p, text, bold=True, size=13, color=TEAL)
    para_border_bottom(p, color=TEAL, sz=8)


rp("", after=20)
rhead("个人优势")
rp("7 年服装 / 家居零售视觉陈列经验，带过 6 人区域陈列小组。熟悉从季度陈列指引、橱窗方案到门店落地、巡店复盘的全流程，"
   "能把品牌调性转成门店可执行的标准。对数据敏感，会结合销售和坪效调整陈列。", indent=0.4)

rhead("工作经历")
jobs = [
    ("上海晴野服饰有限公司 | 服装/纺织 | 1000-9999人", "视觉陈列主管（华东区）", "2021.03 - 至今",
     ["负责华东 42 家直营店的陈列标准执行与季度换季，每季出陈列指引手册；",
      "带 6 人区域陈列小组，建立巡店评分表，门店陈列达标率由 71% 提升到 93%；",
      "与商品部按销售数据调整出样和主推位，试点店主推款售罄率提升 12 个百分点；",
      "负责新店和改造店的道具选型、点位图审核，年均开新店 8 家。"]),
    ("杭州木禾家居有限公司 | 家居/零售 | 100-499人", "陈列专员", "2018.07 - 2021.02",
     ["负责杭州、宁波 9 家门店软装陈列和节日主题布置；",
      "用 SketchUp 出场景效果图，配合采购选样；",
      "整理门店陈列照片库，编写《门店陈列操作手册》第一版。"]),
    ("南京彩棠百货 | 零售 | 500-999人", "陈列实习生", "2017.03 - 2017.06",
     ["协助女装楼层换季陈列，制作 POP 和价签。"]),
]
for co, title, dates, hl in jobs:
    rp(co, bold=True, size=10.5, before=6)
    p = rp("", after=2)
    run(p, title, bold=True, color="555555")
    run(p, "　　" + dates, color="555555")
    for h in hl:
        rp("• " + h, indent=0.7)

rhead("项目经历")
rp("2023 秋冬新品上市橱窗", bold=True, size=10.5, before=4)
rp("2023.08 - 2023.09　｜　项目负责人", color="555555", after=2)
for h in ["主导“山野来信”主题橱窗设计，出 3 套尺寸适配方案，全国 86 家门店同步落地；",
          "道具供应商比价打样，单店道具成本控制在 2800 元以内；",
          "上市首两周橱窗款进店转化率比上季提升 9%。"]:
    rp("• " + h, indent=0.7)

rhead("教育背景")
p = rp("", before=4)
run(p, "钱江艺术设计学院", bold=True)
run(p, "　服装与服饰设计　本科　　2014.09 - 2018.06")

d.save(sys.argv[1])
