"""zh_qinghe_li: 图书策划编辑, Word, ◆ headings, 责编图书, 荣誉 with dates at the end."""
import sys
from lib import *
from docx.shared import Cm, Pt

d = new_doc(font="宋体", latin="Times New Roman", size=10.5, margins=(1.8, 1.8, 2.2, 2.2))
RED = "8B1A1A"
p = para(d, "", after=2)
run(p, "郦清和", bold=True, size=22, font="黑体")
p = para(d, "", after=2)
run(p, "策划编辑 ｜ 人文社科方向 ｜ 8 年出版经验", size=11, color="444444")
p = para(d, "", after=4)
run(p, "手机 138 0013 8631 ｜ 邮箱 qinghe.li@example.cn ｜ 北京朝阳区", size=10, color="444444")
para_border_bottom(p, color=RED, sz=12)


def head(text):
    p = para(d, "", before=10, after=4)
    run(p, "◆ ", color=RED, size=12)
    run(p, text, bold=True, size=12, font="黑体", color=RED)


def body(text, indent=0.0, first=None, bold=False):
    p = para(d, text, bold=bold, indent=indent, first=first)
    return p


head("求职意向")
body("人文社科图书策划编辑 / 编辑室主任　｜　北京　｜　期望月薪 20K")

head("工作经历")
p = para(d, "", before=2)
run(p, "2020年至今　　燕京文史出版社　人文编辑室　策划编辑", bold=True)
body("负责历史、地方文化类选题的策划与组稿，每年策划并责编新书 6–8 种，兼做版权引进书的审读与译稿统筹。", first=0.74)
for s in ["策划“运河文丛”书系，已出 5 种，累计发行 4.2 万册，其中《运河边的城》加印 3 次；",
          "引进英文历史读物 3 种，负责选译者、审译稿和样稿对照；",
          "与营销编辑配合做新书直播和书店分享会 20 余场；",
          "2023 年起带 1 名新编辑，负责其书稿的复审。"]:
    body("· " + s, indent=0.5)
p = para(d, "", before=6)
run(p, "2017年7月—2020年6月　　北方教育图书有限公司　教辅编辑部　文字编辑", bold=True)
body("负责初中语文教辅的编校，年均编校 300 万字以上，参与两套同步练习册的改版。", first=0.74)
for s in ["连续两年抽检编校差错率低于万分之零点五；",
          "整理部门《常见编校问题手册》，供新人培训使用。"]:
    body("· " + s, indent=0.5)

head("代表责编图书")
for s in ["《运河边的城：一座北方码头的四百年》（顾临川 著），2023 年 4 月，首印 8000 册，加印 3 次",
          "《瓷与帆：海上贸易五百年》（［英］M. 霍尔特 著，汪静 译），2021 年 10 月",
          "《乡音记》（沈默 著），2020 年 12 月，入选《书业观察》年度人文好书"]:
    body("· " + s, indent=0.5)

head("教育背景")
p = para(d, "")
run(p, "2019.9—2022.6　　京华传媒大学　　出版　　硕士（非全日制）")
p = para(d, "")
run(p, "2013.9—2017.6　　华中人文大学　　汉语言文学　　本科（文学学士）")

head("职业资格")
body("出版专业技术人员职业资格（中级）　　2019年")

head("专业技能")
body("· 编校：熟悉《出版物上数字用法》《标点符号用法》等国家标准，年均编校字数 300 万字以上", indent=0.5)
body("· 软件：方正书版、InDesign、Excel、Word 审读批注", indent=0.5)
body("· 外语：英语 CET-6，能审读英文版权资料、对照译稿", indent=0.5)

head("荣誉")
for a, y in [("燕京文史出版社年度优秀编辑", "2024"), ("第七届江淮优秀出版物奖（图书奖）提名", "2023"),
             ("北方教育图书“金牌书稿”奖", "2019")]:
    p = body("· " + a + "\t" + y, indent=0.5)
    tab_right(p, 16.5)

head("发表文章")
body("· 《人文社科图书的选题从哪里来》，《书业观察》2022 年第 6 期", indent=0.5)
body("· 《编辑如何与译者沟通》，《出版人札记》2020 年第 3 期", indent=0.5)

head("自我评价")
body("喜欢和作者打交道，愿意为一本书跑印厂、跑书店。做选题看重“有人要读”，也守得住编校质量的底线。", first=0.74)

d.save(sys.argv[1])
