# 事业单位公开招聘报名表（一张大表；学习和工作经历写在一个单元格里）
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

d = new_doc(font="仿宋", size=11, margins=1.8)
para(d, "株洲市2024年事业单位公开招聘工作人员报名表", bold=True, size=16, align=CENTER, font="黑体", after=8)
p = para(d, "报考单位：株洲市社会保险事业服务中心　　　报考岗位：综合管理岗（岗位代码：0312）", size=11, after=4)

t = d.add_table(rows=13, cols=7)
borders(t)
def put(r, c, text, bold=False, span=0, align=CENTER):
    cell = t.cell(r, c)
    if span:
        cell = cell.merge(t.cell(r, c + span))
    cell_text(cell, text, bold=bold, align=align)
    return cell
put(0, 0, "姓　名", True); put(0, 1, "谭淑芬"); put(0, 2, "性　别", True); put(0, 3, "女")
put(0, 4, "出生年月", True); put(0, 5, "1993.08")
put(1, 0, "民　族", True); put(1, 1, "汉族"); put(1, 2, "政治面貌", True); put(1, 3, "中共党员")
put(1, 4, "籍　贯", True); put(1, 5, "湖南邵阳")
put(2, 0, "学　历", True); put(2, 1, "大学本科"); put(2, 2, "学　位", True); put(2, 3, "管理学学士")
put(2, 4, "婚姻状况", True); put(2, 5, "已婚")
ph = t.cell(0, 6).merge(t.cell(2, 6)); cell_text(ph, ["", "（照片）"], align=CENTER)
put(3, 0, "毕业院校及专业", True); put(3, 1, "湘楚大学　行政管理", span=2); put(3, 4, "毕业时间", True); put(3, 5, "2015.07", span=1)
put(4, 0, "现工作单位及职务", True); put(4, 1, "株洲市天元区晴岚街道办事处　四级主任科员", span=2); put(4, 4, "参加工作时间", True); put(4, 5, "2015.08", span=1)
put(5, 0, "身份证号码", True); put(5, 1, "4305**********0026", span=2); put(5, 4, "联系电话", True); put(5, 5, "139 0000 6158", span=1)
put(6, 0, "电子邮箱", True); put(6, 1, "tanshufen@example.cn", span=2); put(6, 4, "通讯地址", True); put(6, 5, "湖南省株洲市天元区泰山路88号", span=1)
put(7, 0, "学习和工作经历（从高中起填写）", True)
put(7, 1, ["2008.09-2011.06　株洲市第十九中学　高中",
           "2011.09-2015.07　湘楚大学公共管理学院　行政管理专业　本科（管理学学士）",
           "2015.08-2018.12　株洲市天元区晴岚街道办事处　社会事务办　办事员",
           "2019.01-2021.12　株洲市天元区晴岚街道办事处　党政综合办　一级科员",
           "2022.01-至今　　株洲市天元区晴岚街道办事处　党政综合办　四级主任科员"], span=5, align=None)
put(8, 0, "主要工作业绩", True)
put(8, 1, "负责街道公文起草、会议组织和信息报送，年均撰写各类材料60余篇；2020年牵头完成辖区第七次全国人口普查入户登记工作；参与社区网格化管理平台建设，负责数据核对与台账管理。", span=5, align=None)
put(9, 0, "奖惩情况", True)
put(9, 1, "2019年度、2022年度公务员年度考核“优秀”等次；2020年被评为天元区第七次全国人口普查先进个人；无违纪处分。", span=5, align=None)
put(10, 0, "资格证书", True)
put(10, 1, "全国计算机等级考试二级；全国大学英语六级（CET-6）；机动车驾驶证C1", span=5, align=None)
put(11, 0, "家庭成员及主要社会关系", True)
fam = t.cell(11, 1).merge(t.cell(11, 6))
inner = fam.add_table(rows=3, cols=4)
borders(inner)
for i, r in enumerate([("称谓", "姓名", "出生年月", "工作单位及职务"),
                       ("丈夫", "刘建军", "1991.04", "株洲市某中学　教师"),
                       ("女儿", "刘可欣", "2019.10", "——")]):
    for j, v in enumerate(r):
        cell_text(inner.cell(i, j), v, align=CENTER)
put(12, 0, "诚信承诺", True)
put(12, 1, ["本人承诺以上所填信息真实有效，如有虚假，自愿取消聘用资格。", "",
            "报名人签名：　　　　　　　　　　年　　月　　日"], span=5, align=None)
widths(t, [2.6, 2.2, 2.0, 2.4, 2.3, 3.0, 2.6])
para(d, "注：本表一式两份，须如实填写，照片粘贴处贴近期一寸免冠彩色照片。", size=9, before=4)
d.save(sys.argv[1])
