# 欧亚楠 — 品牌策划. Word with the built-in 标题 2 style for headings, entries as
# `职位 · 公司` with a grey `2019/07~2022/02` line under them, projects as paragraphs, and the
# last part of the page set in two newspaper columns (Layout > Columns > Two).
import sys
from docxlib import *

d = new_doc(east="等线", west="等线", size=10.5, margins=(1.8, 1.6, 2.0, 2.0))
h2 = d.styles["Heading 2"]
h2.font.size = Pt(13)
h2.font.color.rgb = RGBColor.from_string("C55A11")
h2.font.bold = True
rpr = h2.element.get_or_add_rPr()
rf = rpr.find(qn("w:rFonts"))
if rf is None:
    rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
rf.set(qn("w:eastAsia"), "等线")
h2.paragraph_format.space_before = Pt(10)
h2.paragraph_format.space_after = Pt(4)

para(d, "欧亚楠", size=26, bold=True, color="C55A11")
para(d, "求职意向：品牌经理 / 市场策划主管　　意向城市：杭州、上海", size=11, before=2)
para(d, "☏ 139 0000 3851　✉ ouyanan.brand@example.com　作品集：ouyanan.example.com/works", size=10,
     color="595959", before=2)


def h(t):
    return d.add_heading(t, level=2)


def role(title, company, dates):
    p = para(d, "", before=6)
    run(p, title, bold=True)
    run(p, " · ", bold=True)
    run(p, company, bold=True)
    para(d, dates, size=9.5, color="7F7F7F")


def dash(t):
    p = para(d, "— " + t, indent=0.45)
    p.paragraph_format.first_line_indent = Cm(-0.45)


h("个人简介")
para(d, "五年品牌与内容策划经验，做过茶饮和文旅两个行业，擅长把品牌故事落到小红书、抖音等平台的内容和线下活动上，"
        "能独立负责年度传播规划和预算。", line=1.3)

h("工作经历")
role("品牌策划主管", "杭州云栖茶业有限公司", "2022/03~至今")
dash("负责品牌年度传播规划，管理内容组3人和外部代理商2家，年度预算约400万元；")
dash("主导品牌视觉和包装焕新，新包装上市后天猫旗舰店转化率提升18%；")
dash("小红书官方账号从0做到6.2万粉丝，单篇笔记最高互动2.3万。")
role("文案策划", "杭州拾光广告有限公司", "2019/07~2022/02")
dash("服务文旅、餐饮类客户，负责提案、slogan与长图文文案，累计参与提案30余个；")
dash("参与西溪某度假酒店开业整合传播，开业首月入住率达到78%。")

h("项目经历")
p = para(d, "", line=1.3)
run(p, "「西湖春茶季」整合营销（2023/03~2023/04）", bold=True)
run(p, "：担任项目负责人，策划线下快闪茶席、达人探店与直播联动，活动期间线上销售额410万元，同比增长35%，"
       "获公司年度“最佳创意奖”。")
p = para(d, "", line=1.3, before=4)
run(p, "「一城一茶」城市限定礼盒（2022/08~2022/10）", bold=True)
run(p, "：负责产品命名、包装文案和上市传播，与6个城市的本地IP合作，礼盒首批2万套两周售罄。")

h("教育背景")
para(d, "钱江传媒学院　｜　广告学　｜　本科　｜　2015/09~2019/06")

two_columns(d, space_cm=1.0, sep=True)
h("专业技能")
para(d, "精通：品牌定位、整合营销策划、新媒体内容策划")
para(d, "熟练：Photoshop、Illustrator、剪映、秀米")
para(d, "了解：SQL、Python数据分析")
h("证书")
para(d, "CET-6　2017/12")
para(d, "普通话二级甲等　2016/05")
para(d, "机动车驾驶证C1")
h("获奖")
para(d, "2023/12　云栖茶业年度“最佳创意奖”")
para(d, "2018/05　全国大学生广告艺术大赛浙江赛区一等奖")
h("兴趣爱好")
para(d, "茶艺、徒步、胶片摄影")
one_column(d)
d.save(sys.argv[1])
