# 籍海涛 — 核电厂高级操纵员: self-typed Word résumé, Roman-numeral headings
# (Ⅰ. 基本信息 …), dates in Chinese numerals for school, a 工作经历 table
# 时间 | 单位 | 职务 | 证明人 with the duties written after the table per post.
import sys, datetime
from lib import *

out = sys.argv[1]
doc = new_document(east_asia="宋体", latin="Times New Roman", size=10.5,
                   margins=(2.0, 2.0, 2.2, 2.2))
set_core(doc, title="简历", author="籍海涛",
         created=datetime.datetime(2025, 2, 16, 20, 41))

para(doc, "个 人 简 历", size=18, bold=True, align="center", east_asia="黑体", after=8)

def heading(text):
    p = para(doc, text, size=12, bold=True, east_asia="黑体", before=10, after=4, keep=True)
    para_border(p, "bottom", size=6, color="1F3864")
    return p

# Ⅰ. 基本信息 — borderless label grid
heading("Ⅰ. 基本信息")
info = [
    ("姓　　名：", "籍海涛", "性　　别：", "男"),
    ("出生年月：", "1989年4月", "民　　族：", "汉"),
    ("学历学位：", "本科 / 工学学士", "专　　业：", "核工程与核技术"),
    ("参加工作：", "二〇一一年七月", "政治面貌：", "中共党员"),
    ("联系电话：", "138 0013 8702", "电子邮箱：", "jihaitao@example.com"),
    ("现 居 地：", "福建宁德", "应聘岗位：", "运行值长 / 运行培训教员"),
]
t = doc.add_table(rows=len(info), cols=4)
no_borders(t)
fixed_widths(t, [2.3, 6.0, 2.3, 6.0])
for i, row in enumerate(info):
    for j, s in enumerate(row):
        cell_text(t.cell(i, j), s, bold=(j % 2 == 0), east_asia="黑体" if j % 2 == 0 else None)

# Ⅱ. 教育背景
heading("Ⅱ. 教育背景")
p = para(doc, "二〇〇七年九月至二〇一一年七月　　华东电力大学　　核工程与核技术专业　　本科　　工学学士")
para(doc, "主要课程：核反应堆物理、核反应堆热工水力、核电厂系统与设备、辐射防护、核电厂仪表与控制", after=2)

# Ⅲ. 工作经历 — table with reference column
heading("Ⅲ. 工作经历")
rows = [
    ("时间", "单位", "职务", "证明人"),
    ("2019.10—至今", "闽东滨海核电有限公司 运行部", "高级操纵员（机组长）", "王立群（运行部经理）\n138 0013 8711"),
    ("2014.07—2019.09", "闽东滨海核电有限公司 运行部", "操纵员（一回路）", "王立群（运行部经理）\n138 0013 8711"),
    ("2011.07—2014.06", "闽东滨海核电有限公司 培训中心", "运行值班员（培训学员）", "赵　敏（培训中心主任）\n138 0013 8723"),
]
t = doc.add_table(rows=len(rows), cols=4)
table_borders(t, size=4, color="595959")
cell_margins(t, top=50, bottom=50, left=90, right=90)
fixed_widths(t, [3.2, 5.0, 4.0, 4.4])
for i, r in enumerate(rows):
    for j, s in enumerate(r):
        c = t.cell(i, j)
        cell_text(c, s, bold=(i == 0), align="center" if i == 0 or j == 0 else None,
                  east_asia="黑体" if i == 0 else None, size=10 if i else 10.5)
        valign(c)
        if i == 0:
            shade(c, "D9E2F3")

para(doc, "主要工作内容：", bold=True, east_asia="黑体", before=6, after=2)
blocks = [
    ("2019.10—至今（高级操纵员）", [
        "1. 作为2号机组机组长，在值长领导下负责主控室操作的监督和协调，组织班前会、操作前会和交接班；",
        "2. 主持本值机组启停、功率运行和定期试验，审核隔离申请和工作票约1,500份/年；",
        "3. 兼任运行部模拟机复训教员，累计授课约180学时，参与编写事故处理考核题库。",
    ]),
    ("2014.07—2019.09（操纵员）", [
        "1. 负责一回路及辅助系统（RCV、RRA、REA等）的监视和操作，完成机组首次装料和首次临界阶段的值班工作；",
        "2. 参与修订一回路系统运行规程42份，提出规程改进建议11条并被采纳。",
    ]),
    ("2011.07—2014.06（培训学员）", [
        "完成系统培训、现场见习和全范围模拟机培训，2014年5月通过国家核安全局操纵员执照考试。",
    ]),
]
for head, lines in blocks:
    para(doc, head, bold=True, before=3, keep=True)
    for ln in lines:
        para(doc, ln, indent=0.4, line=1.25)

# Ⅳ. 大修与项目经历
heading("Ⅳ. 大修与项目经历")
projs = [
    ("2号机组第5次换料大修（OT205）", "2022.03—2022.05", "机组长（大修值）",
     "负责大修期间主控室隔离、再鉴定试验和机组启动阶段的操作协调，大修期间本值零人因事件。"),
    ("运行规程数字化改版", "2020.06—2021.04", "编写组成员",
     "参与将纸质运行规程转换为电子规程系统，负责一回路部分约120份规程的校对和验证。"),
]
for name, when, role, desc in projs:
    p = para(doc, "", before=3, keep=True)
    add_run(p, name, bold=True)
    add_run(p, "　　" + when)
    para(doc, "角色：" + role, indent=0.4)
    para(doc, "内容：" + desc, indent=0.4, line=1.25)

# Ⅴ. 执照与证书 — small table
heading("Ⅴ. 执照与证书")
certs = [
    ("证书名称", "颁发机构", "取得时间"),
    ("核电厂高级操纵员执照", "国家核安全局", "2019.09（2023.09 延续）"),
    ("核电厂操纵员执照", "国家核安全局", "2014.06"),
    ("注册核安全工程师", "生态环境部", "2021.11"),
]
t = doc.add_table(rows=len(certs), cols=3)
table_borders(t, size=4, color="595959")
cell_margins(t, top=40, bottom=40, left=90, right=90)
fixed_widths(t, [6.2, 4.6, 5.8])
for i, r in enumerate(certs):
    for j, s in enumerate(r):
        c = t.cell(i, j)
        cell_text(c, s, bold=(i == 0), east_asia="黑体" if i == 0 else None,
                  align="center" if i == 0 else None)
        if i == 0:
            shade(c, "D9E2F3")

# Ⅵ. 获奖情况
heading("Ⅵ. 获奖情况")
for ln in ["2022年　公司年度“安全生产先进个人”",
           "2020年　运行部技能比武（模拟机事故处理）第一名",
           "2017年　集团“青年岗位能手”"]:
    para(doc, ln)

# Ⅶ. 专业技能
heading("Ⅶ. 专业技能")
for ln in ["专业：M310压水堆机组系统、运行技术规范、事故规程（SOP/EOP）",
           "培训：模拟机教学、人因工具（三向交流、STAR自检）",
           "软件：Office、SAP PM工单系统",
           "语言：英语CET-6，能阅读英文技术资料"]:
    para(doc, ln)

# Ⅷ. 自我评价
heading("Ⅷ. 自我评价")
para(doc, "持照运行十一年，经历过机组首次装料、首次临界和多次换料大修，习惯按程序办事，"
          "重视人因工具的使用。担任模拟机教员后，对培训和带新人有兴趣，希望向运行值长或运行培训方向发展。",
     line=1.3)

doc.save(out)
