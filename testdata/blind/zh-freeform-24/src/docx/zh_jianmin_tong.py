import sys
from docx.shared import Pt, Cm
from docx.enum.table import WD_TABLE_ALIGNMENT
from lib import *

d = new_doc("仿宋", 11, margins=(2.0, 1.8, 2.2, 2.2))
para(d, "辽沈装备集团有限公司", bold=True, size=14, align="c", font="黑体")
para(d, "中层管理人员竞聘报名登记表", bold=True, size=18, align="c", font="黑体", after=8)

t = d.add_table(rows=14, cols=7)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
W = [2.4, 2.5, 2.0, 2.4, 2.0, 2.5, 3.0]

def put(r, c, text, span=1, label=False, rows=1):
    cell = t.cell(r, c)
    if span > 1 or rows > 1:
        cell = cell.merge(t.cell(r + rows - 1, c + span - 1))
    cell_text(cell, text, bold=False, size=10.5, align="c" if label else None)
    return cell

put(0, 0, "姓　名", label=True); put(0, 1, "佟建民"); put(0, 2, "性　别", label=True); put(0, 3, "男")
put(0, 4, "出生年月\n（岁）", label=True); put(0, 5, "1980.04\n（45岁）")
put(0, 6, "（照片）", rows=4, label=True)
put(1, 0, "民　族", label=True); put(1, 1, "汉族"); put(1, 2, "籍　贯", label=True); put(1, 3, "辽宁铁岭")
put(1, 4, "出 生 地", label=True); put(1, 5, "辽宁铁岭")
put(2, 0, "入党时间", label=True); put(2, 1, "2001.06"); put(2, 2, "参加工作时间", label=True); put(2, 3, "2002.07")
put(2, 4, "健康状况", label=True); put(2, 5, "健康")
put(3, 0, "专业技术职务", label=True); put(3, 1, "高级政工师", span=2)
put(3, 3, "熟悉专业\n有何专长", label=True); put(3, 4, "党建、企业文化、宣传思想工作", span=2)
put(4, 0, "学　历\n学　位", label=True, rows=2)
put(4, 1, "全日制\n教　育", label=True); put(4, 2, "大学本科\n工学学士", span=2)
put(4, 4, "毕业院校\n系及专业", label=True); put(4, 5, "辽河工业大学机械设计制造及其自动化专业", span=2)
put(5, 1, "在　职\n教　育", label=True); put(5, 2, "研究生\n管理学硕士", span=2)
put(5, 4, "毕业院校\n系及专业", label=True); put(5, 5, "东北财经管理学院工商管理专业", span=2)
put(6, 0, "现任职务", label=True); put(6, 1, "辽沈重型机械有限公司党群工作部部长、机关党委副书记", span=6)
put(7, 0, "竞聘岗位", label=True); put(7, 1, "辽沈装备集团有限公司党委工作部部长", span=3)
put(7, 4, "联系电话", label=True); put(7, 5, "138 0013 8705\ntongjianmin@example.cn", span=2)
put(8, 0, "简\n\n\n\n历", label=True)
put(8, 1, "\n".join([
    "1998.09--2002.07  辽河工业大学机械设计制造及其自动化专业学习",
    "2002.07--2005.03  辽沈重型机械有限公司铸锻分厂技术员",
    "2005.03--2009.12  辽沈重型机械有限公司团委干事",
    "                 （其间：2006.09--2009.07在东北财经管理学院工商管理专业在职研究生学习，获管理学硕士学位）",
    "2009.12--2014.06  辽沈重型机械有限公司团委副书记",
    "2014.06--2019.03  辽沈重型机械有限公司党委办公室副主任",
    "2019.03--         辽沈重型机械有限公司党群工作部部长、机关党委副书记",
]), span=6)
put(9, 0, "主要工作\n业　　绩", label=True)
put(9, 1, "\n".join([
    "1. 牵头推进“党建+安全生产”融合工作，公司连续五年无较大及以上安全事故；",
    "2. 组织编写《辽沈重机六十年》厂史，策划建厂65周年系列宣传活动；",
    "3. 规范基层党支部“三会一课”台账，2022年公司党委通过集团党建工作责任制考核（优秀等次）。",
]), span=6)
put(10, 0, "奖惩情况", label=True)
put(10, 1, "2016年被评为辽宁省国资委系统优秀党务工作者；\n2021年获辽沈装备集团“优秀共产党员”称号。\n无处分。", span=6)
put(11, 0, "年度考核\n结　　果", label=True)
put(11, 1, "2021年度优秀，2022年度称职，2023年度优秀", span=6)
put(12, 0, "家庭成员\n及重要社\n会关系", label=True, rows=2)
# nested table inside the merged cell
cell = put(12, 1, "", span=6, rows=2)
nt = cell.add_table(rows=5, cols=5)
nt.style = "Table Grid"
for r, row in enumerate([
    ["称谓", "姓名", "出生年月", "政治面貌", "工作单位及职务"],
    ["妻子", "韩丽萍", "1981.05", "中共党员", "沈阳市铁西区兴华小学教师"],
    ["儿子", "佟一鸣", "2008.11", "共青团员", "沈阳市第一五七中学学生"],
    ["父亲", "佟福全", "1952.02", "群众", "铁岭市农机公司退休职工"],
    ["母亲", "吴秀云", "1954.09", "群众", "退休"],
]):
    for c, v in enumerate(row):
        cell_text(nt.cell(r, c), v, size=10, align="c" if r == 0 else None)
widths(t, W)
para(d, "", before=6)
para(d, "本人承诺以上信息真实准确。　　　　本人签字：　　　　　　　2025年3月10日", size=10.5, before=6)

d.save(sys.argv[1])
