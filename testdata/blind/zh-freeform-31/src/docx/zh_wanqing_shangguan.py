"""上官婉清 — Word résumé of a 书画装裱师: `〖…〗` headings, `职位 @ 单位（部门）　dates` heads, a 学徒 line with 师从.
Usage: python3 zh_wanqing_shangguan.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

d = new_doc(latin='Georgia', east='楷体', size=10.5, margins=(2.0, 2.0, 2.4, 2.4))
para(d, '上官婉清', bold=True, size=22, after=0)
para(d, '书画装裱师 · 古旧书画修复', size=11.5, color='7A5C3E', after=3)
para(d, '苏州　|　139 0013 8659　|　shangguan.wq@example.com', size=9.5, color='555555', after=3)
para(d, '求职意向：书画修复师（博物馆 / 文保机构）', size=10.5, after=6)

def heading(t):
    para(d, '〖' + t + '〗', bold=True, size=12, color='7A5C3E', before=8, after=3)

def bullets(items, indent=0.6):
    for s in items:
        para(d, '—  ' + s, indent=indent, after=1)

heading('个人简介')
para(d, '从事书画装裱与古旧字画修复十一年，师从苏裱老艺人顾永年先生，熟悉传统“苏裱”全套工序。近五年以修复为主，能独立完成揭裱、补洞、全色、接笔，修复前后都做完整档案。', after=2)

heading('从业经历')
p = para(d, '', after=1)
run(p, '修复主管 @ 苏州云岫斋书画装裱工作室', bold=True); run(p, '\t2019.03 – 至今', color='555555')
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), alignment=2)
bullets(['主持古旧书画修复，年均修复立轴、手卷、册页约40件；',
         '建立“一件一档”修复档案，记录病害、材料和每道工序的照片；',
         '带两名学徒，负责工作室的浆糊、绫绢等材料的采购与试验。'])
p = para(d, '', before=5, after=1)
run(p, '装裱师 @ 姑苏文华艺术品有限公司（装裱部）', bold=True); run(p, '\t2014.07 – 2019.02', color='555555')
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), alignment=2)
bullets(['新画装裱：立轴、镜片、册页，年均600件以上；',
         '负责画廊展览作品的装框与布展，参与展览12场。'])
p = para(d, '', before=5, after=1)
run(p, '学徒 @ 吴门顾氏装裱铺', bold=True); run(p, '\t2013.07 – 2014.06', color='555555')
p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), alignment=2)
para(d, '跟顾永年先生学做浆糊、托心、镶料、覆背，打下了手工基础。', indent=0.6, after=1)

heading('修复项目')
p = para(d, '', after=1)
run(p, '清代山水手卷揭裱修复', bold=True); run(p, '（私人藏家委托）　2021.04 – 2021.09')
bullets(['画心断裂、霉斑严重，先做病害图，再揭旧、洗霉、补洞、全色，重新镶装成卷；',
         '角色：主修复人。'])
p = para(d, '', before=4, after=1)
run(p, '民国书法对联一组（4件）', bold=True); run(p, '　2023')
bullets(['去霉、补洞、全色，改为可拆装的镜片形式，便于藏家轮换展示。'])

heading('教育背景')
para(d, '2016.09 – 2019.01　苏南文化艺术职业学院（成人教育）　文物修复与保护　大专', after=1)
para(d, '2010.09 – 2013.06　苏州吴中工艺美术学校　工艺美术（书画装裱方向）　中专', after=1)

heading('证书与获奖')
para(d, '文物修复师（三级）　2020', after=1)
para(d, '2022　江苏省工艺美术行业职业技能竞赛（书画装裱）　三等奖', after=1)

heading('技能')
para(d, '装裱：立轴、手卷、册页、镜片、屏风', after=1)
para(d, '修复：揭裱、补洞、全色、接笔', after=1)
para(d, '材料：手工浆糊、宣纸、绫绢染色', after=1)

heading('兴趣')
para(d, '昆曲、书法', after=1)
d.save(sys.argv[1])
