import sys
from lib import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font="宋体", size=10.5, margins=1.8)
para(d, "东营瑞华医院2025年公开招聘工作人员", bold=True, size=15, align="center", font="黑体")
para(d, "应聘人员信息登记表", bold=True, size=15, align="center", font="黑体", space_after=6)
para(d, "报考岗位：放射科技师（CT/MR方向）　　　岗位代码：FS-03　　　填表日期：2025年3月6日", size=10)

N = 6
t = d.add_table(rows=0, cols=N)
t.style = "Table Grid"


def row(*vals, bold_idx=(), shade_idx=()):
    r = t.add_row()
    i = 0
    for v in vals:
        if isinstance(v, tuple):
            text, span = v
        else:
            text, span = v, 1
        c = r.cells[i]
        if span > 1:
            c = c.merge(r.cells[i + span - 1])
        cell_text(c, text, bold=(i in bold_idx))
        if i in shade_idx:
            shade(c, "E7E6E6")
        i += span
    return r


def heading(text):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[N - 1])
    cell_text(c, text, bold=True, align="center")
    shade(c, "BFBFBF")


lab = (0, 2, 4)
row("姓名", "庞振宇", "性别", "男", "出生年月", "1995.08", bold_idx=lab, shade_idx=lab)
row("民族", "汉", "政治面貌", "共青团员", "籍贯", "山东滨州", bold_idx=lab, shade_idx=lab)
row("最高学历", "本科", "学位", "理学学士", "专业", "医学影像技术", bold_idx=lab, shade_idx=lab)
row("专业技术资格", ("放射医学技术（师）", 3), "工作年限", "7年", bold_idx=(0, 4), shade_idx=(0, 4))
row("联系电话", ("138 0000 2750", 2), "电子邮箱", ("pangzy@example.com", 2), bold_idx=(0, 3), shade_idx=(0, 3))
row("通讯地址", ("山东省东营市东营区黄河路88号东城花园3-2-501", 5), bold_idx=(0,), shade_idx=(0,))

heading("学习经历（从高中填起）")
row("起止时间", ("毕业院校", 2), "所学专业", "学历", "学位", bold_idx=(0, 1, 3, 4, 5))
row("2010.09-2013.06", ("滨州市第三中学", 2), "—", "高中", "—")
row("2013.09-2017.06", ("鲁北医学院", 2), "医学影像技术", "本科", "理学学士")

heading("工作经历")
row("起止时间", ("工作单位及科室", 2), ("岗位/职务", 2), "证明人", bold_idx=(0, 1, 3, 5))
row("2017.07-2020.02", ("滨州仁济医院　影像科", 2), ("技士（DR/CT）", 2), "王主任")
row("2020.03-至今", ("东营东城医院　放射科", 2), ("技师（CT/MR）", 2), "周主任")

heading("主要工作业绩")
r = t.add_row()
c = r.cells[0].merge(r.cells[N - 1])
cell_text(c, "东营东城医院：\n"
             "1. 独立完成CT平扫、增强、CTA及MR常规序列检查，年均检查量约9000人次；\n"
             "2. 参与科室MR检查流程优化，平均检查等候时间由3天缩短到1天；\n"
             "3. 负责带教实习生和进修生，累计带教20余人。\n"
             "滨州仁济医院：\n"
             "1. DR摄片、CT平扫及图像后处理（MPR、VR），参与急诊夜班。")

heading("资格证书")
r = t.add_row()
c = r.cells[0].merge(r.cells[N - 1])
cell_text(c, "放射医学技术（士）资格证书（2018年）；放射医学技术（师）资格证书（2021年）；大型医用设备上岗证（CT、MR）（2019年）；放射工作人员证；BLS基础生命支持证书")

heading("奖惩情况")
r = t.add_row()
c = r.cells[0].merge(r.cells[N - 1])
cell_text(c, "2022年度东营东城医院“优秀员工”；2019年滨州仁济医院影像技术技能竞赛三等奖。无处分记录。")

heading("家庭主要成员")
row("称谓", "姓名", ("工作单位", 3), "职务", bold_idx=(0, 1, 2, 5))
row("父亲", "庞建国", ("滨州市沾化区农机站", 3), "职工")
row("母亲", "刘秀兰", ("务农", 3), "—")

heading("本人承诺")
r = t.add_row()
c = r.cells[0].merge(r.cells[N - 1])
cell_text(c, "本人承诺以上所填信息真实、准确，如有虚假，愿承担相应责任。\n\n本人签名：庞振宇　　　　　　2025年3月6日")

d.save(sys.argv[1])
