import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from docxlib import *
d = new_doc("仿宋", 11, 1.8)
p = para(d, align="center", after=8); run(p, "个　人　简　历", bold=True, size=20, font="黑体")
t = d.add_table(rows=0, cols=6); table_borders(t)
W = [2.6, 3.2, 2.2, 3.0, 2.2, 3.0]
def row(vals, bold_idx=(), shade_all=None):
    r = t.add_row(); cells = r.cells
    i = 0; out = []
    for v in vals:
        span = 1
        if isinstance(v, tuple): v, span = v
        c = cells[i]
        if span > 1: c = c.merge(cells[i + span - 1])
        cell_text(c, v, bold=(len(out) in bold_idx), align="center" if len(v) < 16 else None)
        if shade_all: shade(c, shade_all)
        out.append(c); i += span
    return out
def label_row(vals):
    cs = row(vals, bold_idx=(0, 2, 4))
    for k in (0, 2, 4):
        if k < len(cs): shade(cs[k], "EDEDED")
def section(title):
    row([(title, 6)], bold_idx=(0,), shade_all="D9D9D9")
label_row(["姓　　名", "朱玲玲", "性　　别", "女", "出生年月", "1996.03"])
label_row(["民　　族", "汉", "政治面貌", "中共党员", "学　　历", "本科"])
row(["毕业院校", ("汉江师范学院", 3), "专　业", "汉语言文学（师范）"], bold_idx=(0, 2))
row(["联系电话", "138 0000 2419", "电子邮箱", ("zhull@example.com.cn", 3)], bold_idx=(0, 2))
row(["求职意向", ("小学语文教师 / 班主任", 3), "期望地区", "武汉"], bold_idx=(0, 2))
section("教育经历")
row(["起止时间", ("学　　校", 2), "专　　业", "学　历", "学　位"], bold_idx=(0, 1, 2, 3, 4))
row(["2014.09-2018.06", ("汉江师范学院", 2), "汉语言文学（师范）", "本科", "文学学士"])
row(["2011.09-2014.06", ("汉北县第一中学", 2), "—", "高中", "—"])
section("工作经历")
row(["起止时间", ("工作单位", 2), "任教学科", ("职　　务", 2)], bold_idx=(0, 1, 2, 3))
row(["2018.08-至今", ("武汉市汉阳区梧桐路小学", 2), "语文", ("班主任、语文教研组副组长", 2)])
row(["主要工作", ("1. 连续担任四届班主任，所带班级两次获评区“优秀班集体”；\n2. 承担三至六年级语文教学，所教班级期末统测平均分连续三年居年级第一；\n3. 组织年级整本书阅读活动，编写《童话阅读任务单》校本资料一套；\n4. 负责学校公众号“梧桐读书会”栏目的策划与编辑。", 5)], bold_idx=(0,))
row(["2017.09-2017.12", ("汉江师范学院附属小学", 2), "语文", ("实习教师", 2)])
section("教学成果与荣誉")
row(["时　　间", ("荣誉 / 成果名称", 3), ("颁发单位", 2)], bold_idx=(0, 1, 2))
for a, b, c in [("2023.12", "汉阳区小学语文优质课比赛一等奖", "汉阳区教育局"),
                ("2022.06", "汉阳区优秀班主任", "汉阳区教育局"),
                ("2021.11", "论文《低年级识字教学中的游戏化设计》获市级二等奖", "武汉市教育科学研究院"),
                ("2018.06", "湖北省普通高校优秀毕业生", "湖北省教育厅")]:
    row([a, (b, 3), (c, 2)])
section("资格证书与技能")
row(["证　　书", ("小学语文教师资格证（2018年）；普通话二级甲等（2016年）；全国计算机等级考试二级（MS Office）", 5)], bold_idx=(0,))
row(["技　　能", ("熟练使用希沃白板、PPT和剪映制作课件与微课；硬笔书法、简笔画；会弹简单的钢琴伴奏", 5)], bold_idx=(0,))
section("自我评价")
row([("热爱小学教育，有耐心，喜欢和孩子们相处；教学上肯钻研，愿意听课、磨课；与家长沟通顺畅，班级管理细致。", 6)])
# column widths left to Word's autofit
para(d, "本人承诺以上信息真实有效。", before=6, align="right")
d.save(sys.argv[1])
