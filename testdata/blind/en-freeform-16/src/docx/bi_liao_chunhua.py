"""Garment technical designer in Toronto, trained and first employed in Guangzhou. English-led with
Chinese names in brackets. Headings 'English 中文:' with a trailing colon in a grey shaded paragraph;
employer line bold with the city, roles under it each with dates on a right tab (2019.03 – present style);
a two-column skills table; East-Asian font Noto Sans CJK SC."""
import sys
from docxlib import *
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = new_doc(font="Carlito", size=10, margins=2.0, east_asia="Noto Sans CJK SC")


def shade_para(p, fill="E6E6E6"):
    ppr = p._p.get_or_add_pPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    ppr.append(sh)


def heading(text):
    p = para(d, text, bold=True, size=11, space_before=10, space_after=4)
    shade_para(p)


para(d, "LIAO CHUNHUA (廖春华) — “Spring”", bold=True, size=17, space_after=0)
para(d, "Technical Designer, Outerwear & Knits", size=11, space_after=0)
para(d, "Toronto, ON  ·  416-555-0193  ·  spring.liao@example.ca  ·  Open to hybrid roles in the GTA",
     size=9, space_after=6)

heading("Summary 个人简介:")
para(d, "Technical designer with 12 years from the pattern table to tech packs. Trained as a pattern maker "
        "in Guangzhou, where I graded and fitted outerwear for export brands; in Toronto I own fit and "
        "specs for a technical outerwear label and work daily with factories in China and Vietnam, in "
        "English and Mandarin.")

heading("Experience 工作经历:")
jobs = [
    ("Northbay Outerwear Inc., Toronto", [
        ("Technical Designer", "2019.03 – present",
         ["Own tech packs, POMs and grade rules for 45 styles a season in Centric PLM",
          "Run virtual fit sessions in CLO 3D, cutting physical proto rounds from 3 to 2",
          "Main contact for two Ningbo and one Ho Chi Minh City factories; weekly WIP calls in Mandarin"]),
    ]),
    ("Lakeshore Apparel Group, Mississauga", [
        ("Assistant Technical Designer (contract)", "2018.05 – 2019.02",
         ["Measured samples and wrote fit comments for a private-label knitwear program"]),
    ]),
    ("Guangzhou Jinxiu Apparel Co., Ltd. (广州锦绣服饰有限公司), Guangzhou", [
        ("Senior Pattern Maker 高级制版师", "2015.07 – 2018.03",
         ["Patterns and grading for down jackets and parkas in Gerber AccuMark",
          "Led a team of 4 pattern makers; trained new hires on seam allowances for taped seams"]),
        ("Pattern Maker 制版师", "2012.07 – 2015.06",
         ["Hand and CAD patterns for woven tops and trousers; marker making"]),
    ]),
]
for emp, roles in jobs:
    para(d, emp, bold=True, space_before=6, space_after=1)
    for title, dates, bullets in roles:
        p = para(d, "", space_after=1)
        right_tab(p, 17.0)
        run(p, title, italic=True)
        run(p, "\t" + dates)
        for b in bullets:
            q = para(d, "◦ " + b, space_after=0)
            q.paragraph_format.left_indent = Cm(0.5)

heading("Education 教育背景:")
p = para(d, "", space_after=1)
right_tab(p, 17.0)
run(p, "Lingnan Institute of Textile Technology (岭南纺织工学院)", bold=True)
run(p, "\t2008.09 – 2012.06")
para(d, "B.Eng., Clothing Design and Engineering (服装设计与工程) — GPA 3.5/4.0", space_after=3)
p = para(d, "", space_after=1)
right_tab(p, 17.0)
run(p, "Seneca Heights College, Toronto", bold=True)
run(p, "\t2017 – 2018")
para(d, "Ontario College Graduate Certificate, Fashion Business Management", space_after=1)

heading("Skills 技能:")
t = d.add_table(rows=0, cols=2)
borders(t, sz=2, color="CCCCCC")
for k, v in [("CAD / 3D", "Gerber AccuMark, Optitex, CLO 3D, Adobe Illustrator"),
             ("PLM", "Centric PLM, Excel tech packs"),
             ("Product", "down and synthetic insulation, seam sealing, knit construction, fit and grading"),
             ("Languages 语言", "Mandarin (native), Cantonese (fluent), English (fluent)")]:
    r = t.add_row().cells
    cell_text(r[0], k, bold=True)
    cell_text(r[1], v)
col_widths(t, [3.5, 13.5])
d.save(sys.argv[1])
