"""房立军: a 国企 内部竞聘报名表 filled in Word (one form grid). Run: python3 zh_lijun_fang.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

d = new_doc(font="宋体", size=10.5, margins=(1.8, 1.8))
para(d, "晋北煤业集团有限公司2025年中层管理岗位竞聘报名表", bold=True, size=15, align="center", font="黑体", after=4)
para(d, "竞聘岗位：安全监察部副部长（通风防突方向）　　　　　　　填表日期：2025年3月10日", size=10.5, after=4)

t = d.add_table(rows=0, cols=6)
borders(t, 6)
def row(*cells, merge=None):
    r = t.add_row()
    for i, v in enumerate(cells):
        cell_text(r.cells[i], v, align="center" if i % 2 == 0 else None)
        if i % 2 == 0:
            shade(r.cells[i], "EDEDED")
    return r

row("姓  名", "房立军", "性  别", "男", "出生年月", "1990.11")
row("民  族", "汉族", "政治面貌", "中共党员", "籍  贯", "山西朔州")
row("参加工作时间", "2012.07", "现单位及职务", "大同塔山沟煤矿 通风区副区长", "职  称", "工程师")
row("学  历", "本科", "毕业院校及专业", "晋阳理工学院 安全工程", "联系电话", "138 0000 6631")
r = row("执业资格", "注册安全工程师（煤矿安全）", "电子邮箱", "fanglijun@example.cn", "", "")
r.cells[3].merge(r.cells[5]); cell_text(r.cells[3], "fanglijun@example.cn")

def big(label, text):
    r = t.add_row()
    cell_text(r.cells[0], label, bold=True, align="center"); shade(r.cells[0], "EDEDED")
    c = r.cells[1].merge(r.cells[5])
    cell_text(c, text)
    return r

big("学习与工作经历\n（从大学填起）",
    "2008.09—2012.06　在晋阳理工学院安全工程专业学习，获工学学士学位\n"
    "2012.07—2015.06　大同塔山沟煤矿通风区 测风工、瓦斯检查工\n"
    "2015.07—2019.12　大同塔山沟煤矿通风区 技术员（2017年起任主管技术员）\n"
    "2020.01—至今　　大同塔山沟煤矿通风区 副区长\n"
    "2016.03—2019.01　在晋北矿业学院（业余）安全工程专业学习，工程硕士（在职）")
big("主要工作业绩",
    "1. 主持编制矿井2021—2023年度通风能力核定报告和通风系统优化方案，8101综放工作面改为“U+L”型通风，上隅角瓦斯浓度由0.7%降到0.35%。\n"
    "2. 负责全矿安全监控系统（KJ90X）升级和瓦斯抽采达标评判，2022年矿井通过国家二级安全生产标准化复审。\n"
    "3. 带领通风区42人，连续五年无一般及以上瓦斯事故。\n"
    "4. 参与集团《综放工作面防灭火技术规范》编写（2023年发布）。")
big("资格证书",
    "注册安全工程师（煤矿安全）2019年\n煤矿特种作业操作证（瓦斯检查作业）2013年\n工程师（采矿工程）2018年")
big("奖惩情况",
    "2023年 集团公司“安全生产先进个人”\n2021年 集团公司科技进步三等奖（“U+L”型通风技术应用，第二完成人）\n2018年 大同塔山沟煤矿“优秀共产党员”\n无违纪处分。")

r = t.add_row()
cell_text(r.cells[0], "家庭主要成员", bold=True, align="center"); shade(r.cells[0], "EDEDED")
c = r.cells[1].merge(r.cells[5])
c.text = ""
inner = c.add_table(rows=1, cols=4)
borders(inner, 4)
for i, k in enumerate(["称谓", "姓名", "出生年月", "工作单位及职务"]):
    cell_text(inner.rows[0].cells[i], k, bold=True)
for fam in [("妻子", "甄晓燕", "1991.05", "大同市第十一中学 教师"), ("儿子", "房一鸣", "2017.08", "学生"), ("父亲", "房保平", "1963.02", "退休")]:
    cc = inner.add_row().cells
    for i, v in enumerate(fam):
        cell_text(cc[i], v)
big("本人承诺", "以上所填内容真实准确，如有不实，本人愿承担相应责任。\n本人签字：房立军")
big("所在单位意见", "（盖章）\n\n年　　月　　日")
widths(t, [2.6, 3.4, 2.3, 3.6, 2.2, 3.2])
d.save(sys.argv[1])
