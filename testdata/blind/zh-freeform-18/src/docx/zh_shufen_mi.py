"""zh_shufen_mi: 养老护理主管. The name is printed only in the page header; headings end in '：';
each post is title-first (with its dates) and the employer on the next line."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import new_doc, para, run
from docx.shared import Pt

out = sys.argv[1]
d = new_doc(font="微软雅黑", size=10.5, margins=2.2)

hdr = d.sections[0].header
hp = hdr.paragraphs[0]
run(hp, "糜淑芬　｜　养老护理 · 14年　｜　138 0000 8842　｜　mishufen@example.com", size=9)

para(d, "个人简历", bold=True, size=18, align="center", space_after=10)


def h(t):
    para(d, t + "：", bold=True, size=12, space_after=3)


def bl(t):
    p = para(d, "• " + t, space_after=1)
    p.paragraph_format.left_indent = Pt(14)


h("求职意向")
para(d, "养老机构护理部主任 / 院长助理（杭州）")
h("基本情况")
para(d, "女，1983年9月生，籍贯浙江临安，现居杭州市西湖区。护理中专毕业，后读成人本科。先在乡镇卫生院做护士八年，"
        "2011年转到养老院，从护理员做到护理部主任。")

h("工作经历")
p = para(d, space_after=1)
run(p, "护理部主任", bold=True)
run(p, "　　2019年3月—至今")
para(d, "杭州颐年康养护理院（床位 320 张，医养结合）", space_after=2)
bl("管理护理部 46 人（护士 8 人、护理员 38 人），负责排班、培训、考核和护理质量检查")
bl("建立失能、半失能老人分级照护流程，压疮发生率由 2.1% 降到 0.6%")
bl("牵头通过 2022 年浙江省四星级养老机构评定中“照护服务”部分的检查")
bl("疫情期间负责院内封闭管理期间的老人健康监测和物资调配")

p = para(d, space_after=1)
run(p, "护理组长", bold=True)
run(p, "　　2014年6月—2019年2月")
para(d, "杭州颐年康养护理院", space_after=2)
bl("负责二楼失智照护区 60 位老人的日常照护，带 9 名护理员")
bl("做认知症老人的非药物干预活动（怀旧、音乐、手工），2017 年被评为院级优秀组长")

p = para(d, space_after=1)
run(p, "护理员", bold=True)
run(p, "　　2011年4月—2014年5月")
para(d, "杭州颐年康养护理院", space_after=4)

p = para(d, space_after=1)
run(p, "护士", bold=True)
run(p, "　　2003年7月—2011年3月")
para(d, "临安区青山镇卫生院", space_after=2)
para(d, "门诊、住院部护理，兼做辖区老年人健康体检和慢病随访。")

h("学习经历")
para(d, "2012.03—2015.01　浙西医学院（成人高等教育，业余）　护理学　本科")
para(d, "2000.09—2003.07　临安卫生学校　护理　中专")

h("证书")
para(d, "护士执业证书（2003年）；养老护理员 一级/高级技师（2018年）；老年照护职业技能等级证书（中级，2020年）；"
        "健康管理师 三级（2016年）")

h("自我评价")
para(d, "在养老院干了十几年，最熟的是一线照护，也懂管理和迎检。和老人、家属打交道有耐心，"
        "能带团队、做培训。希望去一家规模更大的医养结合机构继续做护理管理。")

d.save(out)
