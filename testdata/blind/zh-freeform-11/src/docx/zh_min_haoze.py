"""zh_min_haoze.docx — two-page Word résumé of a fab process-integration engineer.

Page header (name | role | phone) and footer (第 N 页 / 共 M 页, PAGE / NUMPAGES
fields) repeat on both pages; body uses ▍ headings, company + right-tab dates,
department + title line, · bullets, 【项目】 blocks with 项目背景 / 我的工作 / 结果.
"""
import sys
from docxlib import *

out = sys.argv[1]
doc = new_document(font="宋体", latin="Arial", size=10.5, margins=(2.4, 2.2, 2.0, 2.0))
sec = doc.sections[0]
sec.header_distance = Cm(1.0)
sec.footer_distance = Cm(1.0)

# ---- page header and footer (page furniture)
hp = sec.header.paragraphs[0]
add_runs(hp, ["闵浩泽", "  ｜  ", "工艺整合（PIE）", "  ｜  ", "138 0000 4726"], size=8, color="7F7F7F", east="微软雅黑")
hp.alignment = RIGHT
bottom_border(hp, color="BFBFBF", sz=4)
fp = sec.footer.paragraphs[0]
fp.alignment = CENTER
add_runs(fp, ["第 "], size=8, color="7F7F7F")
field(fp, "PAGE", "1", size=8, color="7F7F7F")
add_runs(fp, [" 页 / 共 "], size=8, color="7F7F7F")
field(fp, "NUMPAGES", "2", size=8, color="7F7F7F")
add_runs(fp, [" 页"], size=8, color="7F7F7F")

H = dict(east="微软雅黑", latin="Arial")


def heading(text):
    p = para(doc, [("▍", dict(color="1F4E79")), text], before=10, after=4, size=12, bold=True, **H)
    bottom_border(p, color="1F4E79", sz=6)
    return p


def bullet(text, indent=0.4):
    return para(doc, ["· ", text], indent=indent, first=-0.3, after=1)


def job(company, dates, role):
    p = para(doc, [(company, dict(bold=True, size=11, **H)), "\t", (dates, dict(bold=True))], before=6, after=1)
    tab_stops(p, [(17.0, "right", None)])
    para(doc, role, after=2, color="404040", italic=False)


# ---- body
para(doc, "闵浩泽", size=22, bold=True, after=2, **H)
para(doc, "资深工艺整合工程师 · 12 英寸逻辑 / 特色工艺 · 9 年", size=11, color="595959", after=4, **H)
para(doc, ["电话：", "138 0000 ", "4726", "　　邮箱：", "minhaoze@example.com", "　　现居：江苏无锡（新吴区）"], after=1)
para(doc, ["求职意向：", ("PIE 主任工程师 / 工艺整合经理", dict(bold=True)), "　　期望城市：无锡、上海　　到岗：一个月"], after=2)

heading("职业概要")
bullet("9 年 12 英寸晶圆厂工艺整合经验，熟悉 55nm–28nm 逻辑及 BCD、CIS 特色工艺；")
bullet("主导 3 个新产品导入（NPI），良率爬坡周期平均缩短 30%；")
bullet("熟练运用 DOE、SPC、8D 解决量产问题，有跨部门（PE / EE / QA / 客户）协调经验。")

heading("工作经历")
job("锡岚集成电路制造有限公司", "2019.03 — 今", "工艺整合部　主任工程师（PIE Section Leader）")
bullet("负责 40nm BCD 平台量产良率及工艺窗口维护，带领 4 名工程师；")
bullet("建立 WAT 参数与 CP 良率的关联模型，月度良率由 92.1% 提升至 96.4%；")
bullet("牵头 Fab 内 Excursion 处理流程改版，平均处理时间由 5 天降至 2 天；")
bullet("每季度主持客户 Quality Review，对接欧洲、日本车规客户的 8D 与 PCN 要求。")
para(doc, [("【项目】", dict(bold=True, color="1F4E79")), ("40nm BCD 平台车规级认证", dict(bold=True)), "（2021.06 — 2022.12）"], before=4, after=1, indent=0.4)
para(doc, [("项目背景：", dict(bold=True)), "客户要求平台通过 AEC-Q100 Grade 1 认证，原平台 HTOL 与 ESD 余量不足。"], indent=0.4, after=1)
para(doc, [("我的工作：", dict(bold=True)), "负责整合方案与可靠性测试计划，协调 6 个模组完成工艺冻结。"], indent=0.4, after=1)
para(doc, [("结果：", dict(bold=True)), "一次通过认证，平台月产能爬升至 1.5 万片。"], indent=0.4, after=1)
para(doc, [("【项目】", dict(bold=True, color="1F4E79")), ("BCD 平台 Cu 互连空洞（Void）良率问题攻关", dict(bold=True)), "（2020.04 — 2020.09）"], before=4, after=1, indent=0.4)
para(doc, [("项目背景：", dict(bold=True)), "某电源管理芯片客户 CP 良率连续两月低于 88%，失效集中在晶圆边缘。"], indent=0.4, after=1)
para(doc, [("我的工作：", dict(bold=True)), "组织 FA、Thin Film、CMP 三个部门排查，设计 2 轮 DOE 锁定电镀前清洗时间窗口。"], indent=0.4, after=1)
para(doc, [("结果：", dict(bold=True)), "边缘良率损失由 6.5% 降至 0.8%，相关改善列入公司年度最佳实践。"], indent=0.4, after=1)

job("澄芯微电子（上海）有限公司", "2016.07 — 2019.02", "工艺整合工程师")
bullet("负责 55nm CIS 产品 NPI，从试产到量产全流程跟进，共导入 5 颗新产品；")
bullet("主导暗电流改善 DOE，暗电流降低 40%，获公司季度质量奖；")
bullet("编写 WAT / Inline 规格与 OCAP 文件 30 余份，培训新进工程师 8 人。")
para(doc, [("【项目】", dict(bold=True, color="1F4E79")), ("55nm 背照式 CIS 白点（White Pixel）改善", dict(bold=True)), "（2017.09 — 2018.06）"], before=4, after=1, indent=0.4)
para(doc, [("项目背景：", dict(bold=True)), "量产初期白点缺陷超出客户规格，影响 1300 万像素产品出货。"], indent=0.4, after=1)
para(doc, [("我的工作：", dict(bold=True)), "分析离子注入与退火条件，推动 STI 侧壁钝化工艺优化。"], indent=0.4, after=1)
para(doc, [("结果：", dict(bold=True)), "白点数量下降 65%，产品按期通过客户认证。"], indent=0.4, after=1)

heading("教育背景")
para(doc, ["硕士　微电子学与固体电子学　东吴理工大学（2013—2016）"], after=1)
para(doc, ["本科　电子科学与技术　东吴理工大学（2009—2013）"], after=1)

heading("专业技能")
para(doc, [("工艺：", dict(bold=True)), "光刻、刻蚀、薄膜、CMP 全流程整合，熟悉 BCD、CIS 工艺"], after=1)
para(doc, [("数据分析：", dict(bold=True)), "JMP、SPC、DOE、Spotfire"], after=1)
para(doc, [("质量工具：", dict(bold=True)), "8D、FMEA、Control Plan"], after=1)

heading("证书与培训")
para(doc, ["六西格玛黑带（2021.05）　　ISO 9001 内审员（2018）"], after=1)

heading("其他")
para(doc, ["语言：英语 CET-6，日常英文邮件及客户会议无障碍"], after=1)
para(doc, ["兴趣：长跑、围棋"], after=1)

doc.save(out)
