# 甘露 — 高校专职辅导员; 第一部分 … 第七部分 headings; contacts in a table in the page header.
from lib import *

d = new_doc("宋体", 10.5)
sec = d.sections[0]
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
no_borders(ht)
cell_text(ht.cell(0, 0), "个人简历 · 甘露", bold=True, size=9, color="7F7F7F")
c = ht.cell(0, 1)
cell_text(c, "电话：152 0000 4690　邮箱：ganlu_fdy@example.com", size=9, color="7F7F7F")
c.paragraphs[0].alignment = 2

para(d, "甘　露", bold=True, size=22, align="center", after=0)
para(d, "应聘：专职辅导员（思想政治教育方向）", size=11, align="center", color="595959", after=8)


def heading(text):
    p = para(d, text, bold=True, size=12.5, before=10, after=3, color="8B0000")
    bottom_border(p, "single", 6, "8B0000")


heading("第一部分　基本情况")
para(d, "出生年月：1995年8月　　民族：汉　　政治面貌：中共党员　　籍贯：四川南充")
para(d, "通讯地址：四川省成都市锦江区（可在成都市内任意校区工作）")

heading("第二部分　教育经历")
p = para(d, "")
run(p, "2018年9月—2021年6月　西蜀师范大学马克思主义学院　思想政治教育　硕士研究生（法学硕士）", bold=True)
para(d, "导师：罗建平 教授　　学位论文：《新时代高校“00后”大学生网络思想政治教育路径研究》", indent=0.75)
p = para(d, "", before=3)
run(p, "2014年9月—2018年6月　川北文理学院　汉语言文学　本科（文学学士）　GPA 3.61/4.0", bold=True)

heading("第三部分　工作经历")
p = para(d, "")
run(p, "2021年7月—至今　锦江理工学院 机械工程学院　专职辅导员", bold=True)
for it in ["负责2021级、2023级本科生共412人的思想政治教育与日常管理；",
           "兼任学院团委副书记（2022年9月起），指导学生会、青年志愿者协会工作；",
           "所带年级英语四级通过率从52%提升到71%，2023届毕业去向落实率96.8%；",
           "处理学生心理危机事件9起，均妥善化解。"]:
    para(d, "· " + it, indent=0.75)
p = para(d, "", before=3)
run(p, "2019年9月—2020年6月　西蜀师范大学研究生院　兼职辅导员（助管）", bold=True)

heading("第四部分　科研与论文")
para(d, "1. 甘露. 短视频平台对大学生价值观的影响及引导对策[J]. 思想政治教育研究前沿, 2023(4): 77-81.")
para(d, "2. 主持锦江理工学院2023年度思政专项课题“朋辈互助在新生适应教育中的作用研究”（在研）")

heading("第五部分　获奖情况")
para(d, "2023年　锦江理工学院“优秀辅导员”")
para(d, "2022年　四川省高校辅导员素质能力大赛 三等奖")
para(d, "2020年　研究生国家奖学金")

heading("第六部分　证书与技能")
para(d, "证书：高等学校教师资格证（2021）、全球职业规划师 GCDF（2022）、普通话二级甲等、英语 CET-6")
para(d, "办公：Word、Excel、PPT、秀米、135编辑器")

heading("第七部分　自我评价")
para(d, "本硕均为文科背景，硕士阶段研究网络思想政治教育，工作后一直在一线带学生。做事有条理，善于和学生谈心，也能写材料、做活动策划。")

save(d)
