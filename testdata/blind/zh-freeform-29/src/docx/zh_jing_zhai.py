"""翟静 — 副主任法医师; self-typed Word résumé, `中文 ｜ ENGLISH` headings, `单位：… 职务：… 时间：…` label lines."""
import sys
from lib import new_doc, para

d = new_doc(font="宋体", size=10.5)
para(d, "翟　静", bold=True, size=20, space_after=2)
para(d, "副主任法医师 ｜ 司法鉴定人（法医病理、法医临床）", size=11, space_after=2)
para(d, "现居：河北省石家庄市长安区　　电话：138 0000 7436　　邮箱：zhaijing@example.com", size=9.5)
para(d, "求职意向：司法鉴定机构 技术负责人（法医病理方向）", bold=True, space_after=8)


def h(t):
    para(d, t, bold=True, size=12, color="7B2C2C", space_after=3)


def b(t):
    para(d, "　- " + t)

h("执业信息 ｜ LICENSE")
para(d, "司法鉴定人执业证号：1301**********27（河北省司法厅颁发）")
para(d, "执业类别：法医病理鉴定、法医临床鉴定")
para(d, "职称：副主任法医师（副高，2020年12月取得）", space_after=8)

h("工作经历 ｜ WORK")
para(d, "单位：燕赵正衡司法鉴定中心　　职务：法医病理室主任　　时间：2018年3月起", bold=True)
b("主持尸体解剖与死因鉴定，年均出具鉴定意见书约120份；")
b("出庭质证28次，鉴定意见均被采信；")
b("建立组织病理切片双人复核制度，2022年通过司法鉴定机构能力验证（法医病理）。")
para(d, "单位：冀中医科大学附属第三医院　　职务：病理科 医师　　时间：2012年7月-2018年2月", bold=True)
b("完成住院医师规范化培训（病理科，2012-2015）；")
b("承担外检与尸检病理诊断，协助法医临床伤残评定阅片。", )
para(d, "")

h("教育背景 ｜ EDUCATION")
para(d, "冀中医科大学　　法医学　　本科（五年制）　　2007.09-2012.06")
para(d, "冀中医科大学　　法医学　　硕士（在职）　　2014.09-2017.06　　导师：孔维平 教授", space_after=8)

h("带教与课题 ｜ TEACHING & RESEARCH")
b("2019年起 冀中医科大学法医学系 兼职实践导师，每年带教本科实习生6-8名；")
b("2021-2023 河北省医学科学研究课题《心源性猝死的分子病理诊断指标筛选》，主持，已结题。")
para(d, "")

h("论文 ｜ PUBLICATIONS")
para(d, "[1] 翟静, 孔维平. 青壮年不明原因猝死42例病理分析[J]. 燕赵法医学, 2019, 35(2): 112-116.")
para(d, "[2] 翟静. 机械性窒息死亡的组织学证据评述[J]. 司法鉴定研究通讯, 2022(4): 20-25.", space_after=8)

h("其他 ｜ OTHERS")
para(d, "英语：CET-6，可阅读英文文献")
para(d, "软件：Office、SPSS、数字切片阅片系统")
d.save(sys.argv[1])
