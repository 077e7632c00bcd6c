"""邓丽: secondary-school English teacher; a WPS template-like résumé: the header block is a borderless
table (name + label lines left, contacts right), and the body is a two-column table whose narrow left
column holds each section name written vertically, one character per line, with the content on the right."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK SC", size=10)
h = d.add_table(rows=1, cols=2)
borders(h, val="nil")
cell_text(h.cell(0, 0), "邓丽\n应聘岗位：高中英语教师", bold=False)
for r in h.cell(0, 0).paragraphs[0].runs:
    r.font.size = Pt(22)
    r.bold = True
cell_text(h.cell(0, 1), "电话：182 0000 6427\n邮箱：dengli_teacher@163.com\n地址：湖南长沙岳麓区")
widths(h, [9.0, 8.0])
para(d, after=6)

t = d.add_table(rows=0, cols=2)
borders(t, sz=4, color="A6A6A6")
def sect(name, lines):
    r = t.add_row()
    c = r.cells[0]
    cell_text(c, "\n".join(name), bold=True, align="center")
    shade(c, "DEEAF6")
    body = r.cells[1]
    body.text = ""
    first = True
    for ln in lines:
        p = body.paragraphs[0] if first else body.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            left, right = ln
            p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.RIGHT)
            run(p, left, bold=True); run(p, "\t" + right)
        else:
            run(p, ln)

sect("教育背景", [("湖湘师范大学　英语（师范）　本科", "2012.09 - 2016.06"),
                 "辅修：教育心理学；毕业论文获校级优秀论文"])
sect("工作经历", [("长沙湘江外国语实验学校　高中英语教师", "2016.08 - 至今"),
                 "担任高二年级英语备课组长（2020 年起）、班主任 4 年。",
                 "● 所带班级 2023 届高考英语平均分 128.6，高出市平均 14 分。",
                 "● 主持校本课程《英文报刊阅读》，编写讲义 12 万字，开设 3 个学期。",
                 "● 指导学生参加全国中学生英语能力竞赛，获省级一等奖 5 人次。"])
sect("教学成果", ["2021 年　长沙市高中英语优质课比赛一等奖",
                 "2022 年　岳麓区优秀班主任",
                 "2023 年　市级课题《基于读后续写的高中英语写作教学研究》结题（主持）"])
sect("证书资格", ["高级中学教师资格证（英语）", "英语专业八级（TEM-8）", "普通话二级甲等"])
sect("个人评价", ["热爱教育工作，课堂节奏紧凑，注重学生的阅读习惯培养；善于与家长沟通，有带毕业班经验。"])
widths(t, [1.4, 15.6])
d.save(sys.argv[1])
