"""皮慧敏 — self-typed Word résumé of a 新生儿科 副主任医师 (headings with a bottom rule, 职称 / 资格证 block,
科研项目 with 经费, 论文 with 期刊). Usage: python3 zh_huimin_pi.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

d = new_doc(latin='Times New Roman', east='宋体', size=10.5, margins=(2.0, 2.0, 2.2, 2.2))

def heading(text):
    p = para(d, text, bold=True, size=12, color='1F4E79', before=10, after=4)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr xmlns:w="%s"><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F4E79"/></w:pBdr>' % W_NS))
    return p

para(d, '皮慧敏', bold=True, size=20, align='center', after=2)
para(d, '新生儿科　副主任医师', size=11, align='center', color='444444', after=4)
para(d, '女　|　1985年11月　|　湖北襄阳　|　电话 139 0013 8735　|　邮箱 pihuimin@example.cn', size=9.5, align='center', after=2)
para(d, '应聘岗位：新生儿科副主任医师（NICU 方向）', size=10.5, align='center', after=6)

heading('执业与职称')
for s in ['职　　称：副主任医师（副高，2021年12月取得）；主治医师（中级，2015年12月取得）',
          '医师资格证书编号：2008420****0317　　执业证书编号：1104206****2091',
          '执业类别 / 范围：临床　儿科专业']:
    para(d, s, after=1)

heading('教育经历')
para(d, '2008.09—2011.06　汉水医学院　儿科学　硕士研究生', bold=True, after=1)
para(d, '导师：尹秋华 教授　　研究方向：早产儿呼吸支持', indent=0.5, after=3)
para(d, '2003.09—2008.07　汉水医学院　临床医学（五年制）　本科', bold=True, after=1)

heading('工作经历')
para(d, '鄂西北汉江医院（新生儿科）　　　　　　　　　　2011.07—至今', bold=True, after=2)
para(d, '2022.01—至今　副主任医师　NICU 医疗组长', bold=True, indent=0.5, after=1)
for s in ['带领医疗组管理床位22张，年收治危重新生儿约600例，其中极低出生体重儿80余例；',
          '牵头建立科室“早产儿出院后随访门诊”，3年随访建档1100余人；',
          '负责住院医师规范化培训儿科轮转学员带教，兼任科室质控秘书。']:
    para(d, '· ' + s, indent=1.0, after=1)
para(d, '2016.01—2021.12　主治医师', bold=True, indent=0.5, before=3, after=1)
for s in ['独立完成新生儿气管插管、PICC 置管、脐静脉置管，开展床旁肺部超声；',
          '参与本院新生儿转运体系建设，参加转运300余次。']:
    para(d, '· ' + s, indent=1.0, after=1)
para(d, '2011.07—2015.12　住院医师', bold=True, indent=0.5, before=3, after=1)
para(d, '完成儿科住院医师培训，轮转儿内科、儿童重症监护室和新生儿科。', indent=1.0, after=1)
para(d, '进修：沪东儿童医学中心 新生儿重症监护室（2017.03—2017.08，进修）', indent=0.5, before=4, after=1)
para(d, '重点学习无创高频振荡通气和早产儿营养管理，回院后开展新技术2项。', indent=1.0, after=1)

heading('科研项目')
for s in ['1. 襄阳市科技计划项目《早产儿无创高频振荡通气撤机时机研究》，主持，经费8万元，2020.01—2022.12，已结题；',
          '2. 湖北省卫生健康委员会科研项目《极低出生体重儿出院后生长追踪与干预》，主持，经费15万元，2023.01—2025.12，在研；',
          '3. 院级新技术项目《床旁肺部超声在新生儿呼吸窘迫中的应用》，第二完成人，经费2万元，2019年，已验收。']:
    para(d, s, after=2)

heading('发表论文')
for s in ['[1] 皮慧敏，尹秋华．无创高频振荡通气在早产儿撤机后的应用观察[J]．临床儿科实践，2021，19（6）：421-425．',
          '[2] 皮慧敏，陈晓芸，杜明．极低出生体重儿出院后6个月生长状况分析[J]．围产医学进展，2023，11（2）：96-100．',
          '[3] 邱萍，皮慧敏．肺部超声评分预测新生儿呼吸窘迫综合征严重程度[J]．汉江医学，2019，37（4）：288-291．']:
    para(d, s, after=2)

heading('荣誉奖励')
for s in ['2023年　襄阳市“优秀青年医师”', '2019年度　鄂西北汉江医院先进工作者', '2014年　全院青年医师临床技能竞赛 一等奖']:
    para(d, s, after=1)

heading('证书与培训')
for s in ['中国新生儿复苏项目（NRP）省级师资　2018年', '儿童高级生命支持（PALS）证书　2020年', '全国医用设备使用人员业务能力考评（超声）　2019年']:
    para(d, s, after=1)

heading('学术任职')
for s in ['襄阳市医学会围产医学分会　委员（2020年至今）', '《围产医学进展》　审稿专家（2022年至今）']:
    para(d, s, after=1)

heading('专业技能')
para(d, '操作：新生儿气管插管、PICC 置管、脐静脉置管、床旁肺部超声、亚低温治疗', after=1)
para(d, '语言：英语 CET-6，能阅读英文文献并参加国际会议交流', after=1)

heading('自我评价')
para(d, '从事新生儿临床工作十三年，熟悉危重新生儿救治流程，擅长早产儿呼吸管理。做事细致，重视与家属沟通，愿意带教年轻医生。', after=1)
d.save(sys.argv[1])
