"""佟国强: headings in the left column of a two-column table; 单位 + 时间 on one line, 职位 + 部门 on the next; a job as a sentence."""
import sys
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lib import *
d = new_doc("宋体", 10.5, 18)
para(d, "佟国强 个人简历", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
t = d.add_table(rows=0, cols=2)
t.style = "Table Grid"
def sec(title, lines):
    row = t.add_row().cells
    shade(row[0], "E2EFDA")
    cell_lines(row[0], [(title, True)])
    cell_lines(row[1], lines)
sec("基本信息", ["男，1986年11月生，汉族，中共党员", "黑龙江省伊春市伊美区", "电话：139 0013 8305", "邮箱：tongguoqiang@example.com"])
sec("应聘岗位", ["森林资源管护站 站长 / 营林生产技术员"])
sec("工作经历", [
    ("小兴安岭北坡林场　　2017年4月—至今", True),
    "营林技术员　营林生产股",
    "负责林场3.2万亩施业区的造林、抚育和采伐设计外业调查；每年组织红松果林抚育作业约4000亩。",
    "2020年起兼任林场森林防火办公室内业，整理防火档案和巡护轨迹。",
    "",
    ("伊春市南岔区桦林管护站　　2008年9月—2017年3月", True),
    "护林员　管护一组",
    "负责约1.1万亩林区的日常巡护、防火瞭望、盗伐盗猎制止，9年未发生责任火情。",
    "",
    "2006年至2008年在家乡林场做季节性扑火队员（临时工）。",
])
sec("教育经历", ["2012年9月—2015年7月　东北林业职业大学（函授）　林业技术　大专",
                 "2003年9月—2006年7月　伊春林业技工学校　营林　中专"])
sec("证书", ["林业有害生物防治员（四级）　2016年", "森林消防员（初级）　2010年", "机动车驾驶证（B2）"])
sec("技能", ["GPS/北斗 手持机、奥维互动地图、森林资源“一张图”系统", "油锯、割灌机、风力灭火机的使用和保养"])
sec("荣誉", ["2021年　伊春市森林草原防灭火先进个人", "2014年　林业局“优秀护林员”"])
sec("自我评价", ["在山里干了十几年，身体好，熟悉小兴安岭林区地形，能带队进山。"])
width(t, [28, 146])
d.save(sys.argv[1])
