import sys
from docxlib import *
d = new_doc(east='仿宋', latin='Times New Roman', size=10.5)
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '柳思涵', bold=True, size=24, east='黑体'); run(p, '\t建筑学硕士 · 2025届', size=11, color='555555')
p = para(d, ''); run(p, '手机 139-0000-1582 ｜ 邮箱 liusihan@example.edu ｜ 上海', size=10)
para(d, '作品集：https://liusihan.example.org/works', size=10, color='2E75B6')
p = para(d, ''); run(p, '求职意向：建筑设计师（方案方向）｜ 期望城市：上海、杭州', bold=True, size=10.5)

def sec(t):
    tb = d.add_table(rows=1, cols=1); c = tb.cell(0, 0); shade(c, '404040')
    r = run(c.paragraphs[0], t, bold=True, size=11.5, color='FFFFFF', east='黑体')
    para(d, '').paragraph_format.space_after = Pt(0)

sec('教育背景 EDUCATION')
for school, rest, dates in [('沪东建筑科技大学', '建筑与城市规划学院　建筑学　硕士', '2022.09—2025.06'),
                            ('西川理工大学', '土木建筑学院　建筑学　本科（五年制）', '2017.09—2022.06')]:
    p = para(d, '', tabs=[(17.4, 'r')]); run(p, school + '　' + rest, bold=True); run(p, '\t' + dates)
para(d, '导师：周文澜 教授　　研究方向：既有建筑适应性改造', indent=0.4)
para(d, '硕士论文：《上海里弄住宅的垂直加建策略研究》', indent=0.4)

sec('实习经历 INTERNSHIP')
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '华东原点建筑设计研究院有限公司　方案创作一所　建筑设计实习生', bold=True); run(p, '\t2024.03—2024.08')
for s in ['参与嘉兴某中学新校区方案设计（9.6 万㎡），完成体块推敲、总图与效果图出图',
          '负责 2 轮投标文本排版与分析图绘制，项目最终中标']:
    para(d, '· ' + s, indent=0.4)
p = para(d, '', tabs=[(17.4, 'r')]); run(p, '成都几何体建筑工作室　助理设计师（实习）', bold=True); run(p, '\t2021.07—2021.09')
para(d, '· 参与民宿改造项目测绘与施工图深化', indent=0.4)

sec('设计作品 WORKS')
for name, dates, desc in [('「织补」——上海虹口里弄社区更新', '2023.09—2024.01', '课程设计，个人作品；以公共客厅串联 3 条弄堂，获评优秀作业。'),
                          ('「山间书院」乡村图书馆', '2021.03—2021.06', '本科毕业设计，组长（3 人），负责概念与结构选型。')]:
    p = para(d, '', tabs=[(17.4, 'r')]); run(p, name, bold=True); run(p, '\t' + dates)
    para(d, desc, indent=0.4)

sec('获奖情况 AWARDS')
for s in ['2024　霍普杯国际大学生建筑设计竞赛　优秀奖（国际级）',
          '2023　上海市大学生建筑设计竞赛　二等奖（省级）',
          '2020　西川理工大学优秀学生干部（校级）']:
    para(d, s)

sec('软件技能 SKILLS')
t = d.add_table(rows=2, cols=4); borders(t)
for j, v in enumerate(['Rhino + Grasshopper　熟练', 'SketchUp / Enscape　熟练', 'AutoCAD　熟练', 'Revit　良好']):
    cell_text(t.cell(0, j), v, size=9.5)
for j, v in enumerate(['Photoshop / Illustrator　熟练', 'InDesign　良好', 'Lumion　良好', '英语 IELTS 7.0']):
    cell_text(t.cell(1, j), v, size=9.5)
d.save(sys.argv[1])
