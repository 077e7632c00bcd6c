# zh_yunxi_zan: 麻醉科主治医师; Word résumé, each post a two-row table
# (医院 | 时间 over 职位 | 部门), centred heading with rules either side.
import sys
from lib import *

OUT = sys.argv[1]
doc = new_doc(latin="Times New Roman", east="宋体", size=10.5, margins=(1.9, 1.9, 1.6, 1.6))
set_meta(doc, title="个人简历", author="zan")
BLUE = "1F4E79"


def heading(text):
    p = para(doc, "——　" + text + "　——", bold=True, size=12, color=BLUE, align="center", before=9, after=4,
             east="黑体")
    return p


p = para(doc, "昝云溪", bold=True, size=22, align="center", east="黑体")
para(doc, "麻醉科医师　·　住院医师规范化培训结业　·　医学硕士", size=10.5, color="595959", align="center", after=6)

heading("求职意向")
para(doc, "应聘岗位：麻醉科主治医师　｜　期望城市：苏州、上海　｜　到岗时间：1个月内", align="center")

heading("基本信息")
rows = [("姓　　名", "昝云溪", "性　　别", "女"),
        ("出生年月", "1991.04", "政治面貌", "中共党员"),
        ("手　　机", "138 0013 8261", "电子邮箱", "zanyunxi@example.cn"),
        ("现 居 地", "江苏苏州", "职　　称", "主治医师（麻醉学）")]
t = fixed_table(doc, 4, 4, [2.4, 5.4, 2.4, 6.9])
cell_margins(t, 20, 20, 60, 60)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), color=(BLUE if j % 2 == 0 else None))

heading("教育背景")
for d, s, m, deg in (("2009.09—2014.06", "江淮医科大学", "临床医学（五年制）", "本科　医学学士"),
                     ("2014.09—2017.06", "江淮医科大学", "麻醉学", "硕士（专业学位）　导师：廖振华 主任医师")):
    p = para(doc, before=2)
    run(p, d + "　　", bold=True)
    run(p, s + "　　" + m + "　　" + deg)
para(doc, "硕士阶段与住院医师规范化培训并轨（“四证合一”）。", size=9.5, color="595959", indent=0.3, before=2)


def post(org, dates, title, dept, items):
    t = fixed_table(doc, 2, 2, [11.6, 5.5])
    table_borders(t, sz=4, color="9DB3C8")
    cell_margins(t, 30, 30, 80, 80)
    shade(t.cell(0, 0), "DCE6F0")
    shade(t.cell(0, 1), "DCE6F0")
    cell_text(t.cell(0, 0), org, bold=True, size=11)
    cell_text(t.cell(0, 1), dates, bold=True, align="right")
    c = cell_text(t.cell(1, 0), "")
    run(c, "职位：", color="595959")
    run(c, title)
    c = cell_text(t.cell(1, 1), "", align="right")
    run(c, "部门：", color="595959")
    run(c, dept)
    for it in items:
        bullet(doc, it, mark="◇", indent=0.7)
    para(doc, after=3)


heading("工作经历")
post("苏州市沧溪人民医院", "2020.03—至今", "主治医师", "麻醉手术科", [
    "独立负责普外、泌尿、骨科及妇产科手术麻醉，年均完成约 900 例，其中 ASA Ⅲ级及以上患者约占 20%；",
    "2022年起担任日间手术麻醉组组长，牵头制定日间手术麻醉评估与离院标准，患者平均离院时间缩短约 40 分钟；",
    "参与无痛胃肠镜中心建设，负责镇静方案制定及不良事件上报流程；",
    "带教规培住院医师及实习医师，每年 6—8 人。",
])
post("苏州市沧溪人民医院", "2017.09—2020.02", "住院医师", "麻醉手术科", [
    "完成各类麻醉约 2,300 例，熟练掌握椎管内麻醉、全身麻醉及超声引导下神经阻滞；",
    "承担麻醉后恢复室（PACU）夜班及术后镇痛随访工作。",
])
post("江淮医科大学第一附属医院", "2014.09—2017.08", "住院医师（规范化培训）", "麻醉科", [
    "完成麻醉科 33 个月轮转，含普外、骨科、妇产、小儿、心胸、神经外科麻醉及 ICU、疼痛门诊；",
    "独立或在上级医师指导下完成各类麻醉 1,600 余例，2017年8月结业考核通过。",
])

heading("执业信息与证书")
for a, b in (("医师资格证书", "类别：临床　　取得时间：2015年"),
             ("医师执业证书", "执业范围：麻醉专业　　执业证书编号：110320500012345"),
             ("住院医师规范化培训合格证书（麻醉科）", "2017年"),
             ("主治医师资格（麻醉学）", "2020年"),
             ("ACLS 高级心血管生命支持提供者证书", "美国心脏协会　2023年")):
    p = para(doc, indent=0.3, before=1)
    run(p, a, bold=True)
    run(p, "　　" + b)

heading("发表论文")
para(doc, "昝云溪，廖振华. 超声引导下前锯肌平面阻滞用于胸腔镜肺叶切除术后镇痛的效果观察[J]. 临床麻醉实践，2021，12(4)：233-237.",
     indent=0.3)

heading("荣誉奖励")
for a in ("2022年度　苏州市沧溪人民医院“优秀青年医师”",
          "2019年　医院青年医师技能比武 气管插管项目一等奖"):
    bullet(doc, a, mark="◇", indent=0.7)

heading("专业技能")
for a, b in (("临床技能：", "全身麻醉、椎管内麻醉、超声引导下神经阻滞、困难气道管理（可视喉镜、纤支镜引导插管）、有创动脉及深静脉穿刺置管"),
             ("监测设备：", "BIS 麻醉深度监测、经食管超声心动图（基础）"),
             ("外　　语：", "英语 CET-6，能熟练阅读英文文献")):
    p = para(doc, indent=0.3, before=1)
    run(p, a, bold=True)
    run(p, b)

heading("自我评价")
para(doc, "从事临床麻醉工作八年，基本功扎实，对老年及合并症患者的围术期管理有较多经验；"
          "工作细致，重视麻醉安全与沟通，能适应急诊及夜班工作强度。", indent=0.3, first=0.7, line=1.3)

doc.save(OUT)
