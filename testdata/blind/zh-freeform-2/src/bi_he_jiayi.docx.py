"""何佳怡 | Jessica He: experienced bilingual marketing manager. Word: name with an English nickname after a
bar, English-first section headings (`EXPERIENCE 工作经历`), each job with a Chinese header line and a
right-tab date, every bullet written in Chinese with its English version on the next line in grey italics,
languages and tools as a borderless label grid."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10)
p = para(d, after=2)
run(p, "何佳怡", bold=True, size=20)
run(p, "  |  Jessica He", size=14, color="7F7F7F")
para(d, "市场经理 Marketing Manager  ·  上海 Shanghai", after=2)
para(d, "T: +86 186 0000 5172    E: jessica.he@example.com    LinkedIn: linkedin.com/in/jessica-he-mkt", after=6)

def head(en, zh):
    p = para(d, before=10, after=3)
    run(p, en + " ", bold=True, size=11, color="8B0000")
    run(p, zh, bold=True, size=11)
    bottom_rule(p, color="8B0000", sz=6)

def pair(zh, en):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.5)
    run(p, "– " + zh)
    q = d.add_paragraph()
    q.paragraph_format.left_indent = Cm(0.85)
    r = run(q, en, color="808080", size=9); r.italic = True

def job(left, right, sub):
    p = para(d, before=6); right_tab(p, 17.0)
    run(p, left, bold=True); run(p, "\t" + right)
    r = run(para(d, after=2), sub, color="595959"); r.italic = True

head("PROFILE", "个人简介")
para(d, "9 年快消与美妆行业品牌营销经验，负责过年销售额 5 亿元的品牌的整合营销。擅长内容营销与电商大促，能用中英文与总部沟通。")
para(d, "Nine years in FMCG and beauty brand marketing; led integrated campaigns for a RMB 500M brand. Comfortable working with global HQ in English and Chinese.")

head("EXPERIENCE", "工作经历")
job("上海黎光化妆品有限公司　市场经理", "2020.04 – Present", "Lumière Cosmetics (Shanghai) · Marketing Manager")
pair("负责护肤品牌在中国的整合营销，管理 5 人团队和年度预算 6000 万元。",
     "Own integrated marketing for the skincare brand in China; team of 5, annual budget RMB 60M.")
pair("策划 2022 年“双十一”天猫大促，品牌 GMV 同比增长 68%，进入类目前十。",
     "Planned the 2022 Double 11 campaign on Tmall: GMV +68% YoY, top-10 in category.")
pair("搭建小红书 KOC 投放体系，内容互动成本下降 30%。",
     "Built a KOC seeding program on Xiaohongshu; cost per engagement down 30%.")
job("上海优合日化有限公司　品牌主管", "2015.07 – 2020.03", "Youhe Home Care Co., Ltd. · Brand Supervisor")
pair("负责洗衣液子品牌的新品上市与渠道推广，新品首年销售额 1.2 亿元。",
     "Launched a laundry sub-brand; first-year sales RMB 120M.")

head("EDUCATION", "教育背景")
p = para(d, before=4); right_tab(p, 17.0)
run(p, "申江外国语大学　市场营销（英语授课）　本科", bold=True); run(p, "\t2011.09 – 2015.06")
r = run(para(d), "Shenjiang International Studies University · B.A. Marketing (taught in English)", color="808080"); r.italic = True

head("SKILLS & LANGUAGES", "技能与语言")
t = d.add_table(rows=3, cols=2)
borders(t, val="nil")
for i, (a, b) in enumerate([("营销工具 Tools", "生意参谋、巨量引擎、Google Analytics、Excel、Canva"),
                            ("语言 Languages", "英语 English（IELTS 7.5）；普通话 Mandarin（母语 Native）"),
                            ("证书 Certificates", "Google Analytics Individual Qualification（2021）")]):
    cell_text(t.cell(i, 0), a, bold=True); cell_text(t.cell(i, 1), b)
widths(t, [4.0, 13.0])
d.save(sys.argv[1])
