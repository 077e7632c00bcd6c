# 项若琳 Irene Xiang — medical-device product marketing, Chinese with English mixed in.
# Filled-in Word template: the header fields are content controls (w:sdt), bullets are real Word
# list items (List Bullet style), headings `PROFILE 个人简介` in small caps colour.
import sys
from docxlib import *

d = new_doc(east="微软雅黑", west="Calibri", size=10.5, margins=(1.6, 1.6, 1.9, 1.9))
ACC = "2E75B6"

p = para(d, "", after=2)
run(p, "项若琳", size=24, bold=True, color=ACC)
run(p, "  Irene Xiang", size=16, color=ACC)
content_control(p, "姓名", "Name")
p = para(d, "Product Marketing Manager | 产品市场经理", size=12, bold=True, after=2)
content_control(p, "职位", "Title")
p = para(d, "✆ 139 0000 6628　|　✉ irene.xiang@example.com　|　in linkedin.com/in/irene-xiang-demo　|　⌂ 上海",
         size=9.5, color="404040", after=6)
content_control(p, "联系方式", "Contact")


def heading(en, zh):
    p = para(d, "", before=10, after=3)
    run(p, en, bold=True, size=12, color=ACC)
    run(p, "  " + zh, bold=True, size=11, color=ACC)
    para_border_bottom(p, sz=12, color=ACC, space=2)


def bullet(t):
    p = d.add_paragraph(t, style="List Bullet")
    p.paragraph_format.space_after = Pt(1)
    return p


def job(company, dates, title):
    p = para(d, "", before=6)
    add_tabs(p, (17.2, "right"))
    run(p, company, bold=True)
    run(p, "\t" + dates, color="595959")
    para(d, title, color=ACC, after=2)


heading("PROFILE", "个人简介")
para(d, "8 年医疗器械 marketing 经验，做过心血管和体外诊断两条产品线，负责过 3 个新品的 go-to-market。"
        "熟悉学术推广、KOL management 和 digital marketing，和 sales、medical、regulatory 团队合作顺畅。",
     line=1.25)

heading("EXPERIENCE", "工作经历")
job("Medtrix Medical (Shanghai) Co., Ltd. 美德瑞医疗（上海）有限公司", "2021年3月 – Present",
    "Product Marketing Manager, Cardiology 心血管产品市场经理")
bullet("负责药物球囊（DCB）产品线 China marketing plan，年度预算 600 万元，产品线销售额 2023 年同比增长 42%；")
bullet("Led the launch of a new-generation DCB in 2022：完成 12 场区域上市会，覆盖 180 家医院，6 个月进院 95 家；")
bullet("搭建 KOL 分级和学术会议管理流程，维护 40 位全国 KOL；")
bullet("与 global marketing 对接产品定位和 claim，本地化 sales aid 和培训材料。")
job("Northbay Diagnostics 北湾诊断", "2017年7月 – 2021年2月",
    "Senior Marketing Specialist 高级市场专员")
bullet("负责化学发光产品的市场活动和经销商培训，每年组织 20 余场 CME 学术会议；")
bullet("策划微信公众号和线上 webinar，关注用户从 3,000 增长到 2.6 万。")

heading("EDUCATION", "教育背景")
for left, right in (("Westbrook University (UK) — MSc Marketing 市场营销硕士", "2015.09 – 2016.11"),
                    ("申江医科大学 — 生物医学工程　本科", "2011.09 – 2015.06")):
    p = para(d, "", before=3)
    add_tabs(p, (17.2, "right"))
    run(p, left, bold=True)
    run(p, "\t" + right, color="595959")

heading("SKILLS", "技能")
p = para(d, "", before=2); run(p, "Marketing：", bold=True); run(p, "产品定位、KOL management、学术推广、CRM（Veeva）")
p = para(d, "", before=2); run(p, "Tools：", bold=True); run(p, "Excel、PowerPoint、Tableau、Canva")
p = para(d, "", before=2); run(p, "语言 Languages：", bold=True); run(p, "中文（母语）；English（fluent，IELTS 7.5）")

heading("CERTIFICATES", "证书")
bullet("NPDP 产品经理国际资格认证（2022）")
bullet("医疗器械经营质量管理规范（GSP）内审员培训证书（2019）")
d.save(sys.argv[1])
