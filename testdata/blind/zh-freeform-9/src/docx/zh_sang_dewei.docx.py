# A résumé typed as ONE big Word table: every section is a merged full-width row, entries sit in cells.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('仿宋', 10.5, 1.8)
para(d, '个人简历', bold=True, size=18, align='center', space_after=8)
t = d.add_table(rows=0, cols=6); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
def row(*cells, bold_idx=(), head=False):
    r = t.add_row().cells
    if head:
        m = r[0].merge(r[5]); cell_text(m, cells[0], bold=True, size=11); shade(m, 'D9D9D9'); return
    spans = cells
    i = 0
    for text, span in spans:
        c = r[i] if span == 1 else r[i].merge(r[i + span - 1])
        cell_text(c, text, bold=(i in bold_idx)); i += span
row(('姓　　名', 1), ('桑德威', 1), ('性　　别', 1), ('男', 1), ('照片', 2), bold_idx=(0, 2))
row(('年　　龄', 1), ('38岁', 1), ('籍　　贯', 1), ('山东潍坊', 1), ('', 2), bold_idx=(0, 2))
row(('政治面貌', 1), ('中共党员', 1), ('婚育状况', 1), ('已婚已育', 1), ('', 2), bold_idx=(0, 2))
for i in (0, 1): pass
# merge the photo cell over the first three rows
t.cell(0, 4).merge(t.cell(2, 5))
row(('联系电话', 1), ('(+86)139-0000-5821', 2), ('电子邮箱', 1), ('sangdewei@example.com', 2), bold_idx=(0, 3))
row(('现居住地', 1), ('山东省济南市历下区', 2), ('求职意向', 1), ('国有企业综合管理/党建岗', 2), bold_idx=(0, 3))
row(('教育经历',), head=True)
row(('时间', 2), ('院校', 2), ('专业', 1), ('学历', 1), bold_idx=(0, 2, 4, 5))
row(('2005.09—2009.07', 2), ('齐鲁师范学院', 2), ('汉语言文学', 1), ('本科/学士', 1))
row(('2013.09—2016.06', 2), ('山东政法管理学院（在职）', 2), ('公共管理', 1), ('硕士（MPA）', 1))
row(('工作经历',), head=True)
row(('2009.08—2015.12', 2), ('济南市南湖区城市管理局', 2), ('办公室科员→副主任科员', 2))
row(('负责局机关公文起草、会议组织、信息报送；年均起草各类材料约15万字，所撰信息被市级以上刊物采用23篇。\n2014年借调区委办公室参与全区城市精细化管理三年行动方案起草。', 6))
row(('2016.01—2019.06', 2), ('济南市南湖区政务服务中心（事业单位）', 2), ('综合科科长', 2))
row(('主持中心综合科工作，管理科员5人；推动"一窗受理"改革，进驻事项由312项增至486项，群众满意度98.7%。\n负责中心党支部日常党务、年度考核与人事档案管理。', 6))
row(('2019年7月—', 2), ('济南市南湖区大数据发展中心', 2), ('副主任（八级管理岗）', 2))
row(('分管综合与数据资源两个科室，牵头全区政务数据共享平台建设，归集数据目录1,200余项。\n组织编制《南湖区公共数据开放管理办法》，2022年获市级数字政府优秀案例。', 6))
row(('职称与资格',), head=True)
row(('2015年', 2), ('经济师（中级，人力资源管理）', 4))
row(('2010年', 2), ('高级中学教师资格证', 4))
row(('获奖情况',), head=True)
row(('2017年', 2), ('南湖区优秀共产党员', 4))
row(('2020年', 2), ('济南市政务服务工作先进个人', 4))
row(('专业技能',), head=True)
row(('公文写作（精通）、组织协调（熟练）、Office办公软件（熟练）、Python数据处理（了解）', 6))
row(('自我评价',), head=True)
row(('十五年机关及事业单位工作经历，熟悉政务流程和党建工作，文字功底扎实，执行力强。', 6))
d.save(sys.argv[1])
