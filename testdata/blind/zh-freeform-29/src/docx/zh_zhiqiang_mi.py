"""宓志强 — 事业单位公开招聘报名表 (Word form grid, merged label cells, rows of 起止年月 | 单位 | 职务)."""
import sys
from docx.shared import Pt, Cm
from docx.enum.table import WD_TABLE_ALIGNMENT
from lib import new_doc, para, cell_text, shade

d = new_doc(font="宋体", size=10.5, margins=1.8)
para(d, "嘉兴市禾城水务服务中心2025年公开招聘工作人员报名表", bold=True, size=16, align="center", space_after=6)
para(d, "报考岗位：污水处理技术岗（专技十级）　　岗位代码：SW-03　　　　　填表日期：2025年3月8日", size=10, space_after=4)

ROWS = 31
t = d.add_table(rows=ROWS, cols=6)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [2.4, 2.9, 2.6, 3.0, 2.9, 3.2]
for row in t.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = Cm(w)


def put(r, c, text, bold=False, label=False, span=None, center=False):
    cell = t.cell(r, c)
    if span:
        cell = cell.merge(t.cell(*span))
    cell_text(cell, text, bold=bold or label, align="center" if (label or center) else None, size=10)
    if label:
        shade(cell, "EDEDED")
    return cell

r = 0
for (a, b, c_, d_, e, f) in [
    ("姓　　名", "宓志强", "性　　别", "男", "出生年月", "1990.04"),
    ("民　　族", "汉族", "政治面貌", "中共党员", "籍　　贯", "浙江海宁"),
    ("学　　历", "硕士研究生", "学　　位", "工学硕士", "职　　称", "工程师（中级）"),
    ("联系电话", "139 0013 8675", "电子邮箱", "mizq@example.cn", "参加工作时间", "2015.07"),
]:
    put(r, 0, a, label=True); put(r, 1, b); put(r, 2, c_, label=True); put(r, 3, d_); put(r, 4, e, label=True); put(r, 5, f)
    r += 1
put(r, 0, "现工作单位", label=True); put(r, 1, "秀洲清源水务运营有限公司（城西污水处理厂）", span=(r, 3)); put(r, 4, "现居住地", label=True); put(r, 5, "嘉兴市秀洲区"); r += 1

# 学习经历: label merged over 4 rows, header + 3 rows
start = r
put(r, 1, "起止年月", label=True); put(r, 2, "学校", label=True, span=(r, 3)); put(r, 4, "专业", label=True); put(r, 5, "学历/学位", label=True); r += 1
for a, b, c_, e in [("2012.09—2015.06", "东吴理工大学", "市政工程", "硕士研究生/工学硕士"),
                     ("2008.09—2012.06", "浙东农林大学", "环境工程", "本科/工学学士"),
                     ("2005.09—2008.06", "海宁市第二高级中学", "—", "高中")]:
    put(r, 1, a, center=True); put(r, 2, b, span=(r, 3)); put(r, 4, c_, center=True); put(r, 5, e, center=True); r += 1
put(start, 0, "学习经历\n（从高中起）", label=True, span=(r - 1, 0))

start = r
put(r, 1, "起止年月", label=True); put(r, 2, "工作单位", label=True, span=(r, 3)); put(r, 4, "职务", label=True); put(r, 5, "证明人", label=True); r += 1
for a, b, c_, e in [("2019.03—至今", "秀洲清源水务运营有限公司（城西污水处理厂）", "工艺主管", "沈建明"),
                     ("2016.07—2019.02", "秀洲清源水务运营有限公司（城西污水处理厂）", "工艺技术员", "沈建明"),
                     ("2015.07—2016.06", "海盐绿港环保设备有限公司", "调试工程师", "钱立")]:
    put(r, 1, a, center=True); put(r, 2, b, span=(r, 3)); put(r, 4, c_, center=True); put(r, 5, e, center=True); r += 1
put(start, 0, "工作经历", label=True, span=(r - 1, 0))

put(r, 0, "主要工作业绩", label=True)
put(r, 1, "1. 负责日处理8万吨污水厂（AAO+深床滤池）工艺运行，出水稳定达到一级A标准，2023年吨水电耗下降6.5%；\n"
          "2. 主持生物除磷与化学除磷协同优化，年节约PAC药剂费用约42万元；\n"
          "3. 参与2021年提标改造工程调试，编写调试方案与运行规程；\n"
          "4. 建立进水水质异常预警台账，牵头处置工业废水冲击事件3次。", span=(r, 5)); r += 1
put(r, 0, "资格证书", label=True)
put(r, 1, "注册公用设备工程师（给水排水）执业资格（2020年）；污水处理工（二级/技师）（2018年）；C1驾驶证", span=(r, 5)); r += 1
put(r, 0, "奖惩情况", label=True)
put(r, 1, "2021年 嘉兴市“五水共治”先进个人；2018年、2022年 公司年度优秀员工。无任何处分。", span=(r, 5)); r += 1

start = r
put(r, 1, "称谓", label=True); put(r, 2, "姓名", label=True); put(r, 3, "出生年月", label=True); put(r, 4, "政治面貌", label=True); put(r, 5, "工作单位及职务", label=True); r += 1
for row in [("妻子", "韦晓", "1991.08", "群众", "嘉兴市某小学 教师"), ("父亲", "宓国良", "1963.02", "群众", "退休"), ("母亲", "陆秀英", "1965.11", "群众", "退休")]:
    for i, v in enumerate(row):
        put(r, i + 1, v, center=True)
    r += 1
put(start, 0, "家庭主要成员", label=True, span=(r - 1, 0))

put(r, 0, "本人承诺", label=True)
put(r, 1, "本人承诺以上所填信息真实、准确，如有不实，愿承担取消聘用资格的责任。\n\n本人签名：　　　　　　　　　2025年　月　日", span=(r, 5)); r += 1
put(r, 0, "资格审查意见", label=True)
put(r, 1, "\n\n审查人：　　　　　　　　　年　月　日", span=(r, 5)); r += 1
# drop unused rows
for row in list(t.rows)[r:]:
    row._tr.getparent().remove(row._tr)
d.save(sys.argv[1])
