# WPS 模板-like: whole résumé in a two-column table, coloured left column.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("微软雅黑", 10, margins=1.2)
t = d.add_table(rows=1, cols=2)
no_borders(t)
L, R = t.cell(0, 0), t.cell(0, 1)
t.autofit = False
for c, w in ((L, 5.0), (R, 13.6)):
    set_width(c, w)
t.columns[0].width = Cm(5.0); t.columns[1].width = Cm(13.6)
shade(L, "2E4A62")
W = "FFFFFF"
first_para(L, "田静怡", bold=True, size=20, color=W)
para(L, "人力资源总监", color="C9D6E3", size=11)
para(L, "")
para(L, "基本信息", bold=True, color=W, size=11)
for line in ["姓  名：田静怡", "出生年月：1984.06", "现  居：南京·建邺", "电  话：139 0000 1178", "邮  箱：tianjingyi@example.com", "学  历：硕士（在职）"]:
    para(L, line, color=W, size=9)
para(L, "")
para(L, "证书资质", bold=True, color=W, size=11)
for line in ["企业人力资源管理师（一级）", "中级经济师（人力资源管理）", "SHRM-SCP（2021）"]:
    para(L, line, color=W, size=9)
para(L, "")
para(L, "专业技能", bold=True, color=W, size=11)
for line in ["HR系统：北森、SAP SuccessFactors", "方法：胜任力模型、OKR、宽带薪酬", "办公：Excel、PPT"]:
    para(L, line, color=W, size=9)
para(L, "")
para(L, "语言能力", bold=True, color=W, size=11)
para(L, "英语：CET-6，可作为工作语言", color=W, size=9)

first_para(R, "求职意向：人力资源总监 / HRD　｜　期望城市：南京、上海", bold=True, color="2E4A62")
para(R, "")
para(R, "工作经历", bold=True, size=13, color="2E4A62")
para(R, "南京金陵启明医药集团有限公司　　人力资源部经理 → 人力资源总监", bold=True)
para(R, "2015年3月～至今", color="666666")
for line in ["汇报对象：集团总裁", "下属人数：18人", "工作内容：",
             "1、搭建集团三支柱人力资源体系，覆盖 6 家子公司、2600 名员工；",
             "2、主导宽带薪酬改革与年度调薪，人工成本占比下降 1.6 个百分点；",
             "3、建立管培生项目，三年累计招募 120 人，留存率 78%；",
             "4、推行 OKR 绩效管理并上线北森系统。"]:
    para(R, line)
para(R, "")
para(R, "苏州汇川电子科技有限公司　　招聘主管 → 人力资源经理", bold=True)
para(R, "2010年7月～2015年2月", color="666666")
for line in ["汇报对象：总经理", "下属人数：6人",
             "1、负责研发与制造条线招聘，年均招聘 300+ 人；",
             "2、牵头建立员工手册与劳动合同管理流程，劳动仲裁案件零败诉。",
             "离职原因：家庭原因回南京发展"]:
    para(R, line)
para(R, "")
para(R, "南京华益物流有限公司　　人事专员", bold=True)
para(R, "2006年7月～2010年6月", color="666666")
para(R, "1、负责考勤、社保公积金办理与员工入离职手续。")
para(R, "")
para(R, "教育经历", bold=True, size=13, color="2E4A62")
para(R, "2016.09-2019.06　南京理工商学院　工商管理（MBA，在职研究生）")
para(R, "2002.09-2006.06　金陵师范大学　人力资源管理　本科")
para(R, "")
para(R, "培训经历", bold=True, size=13, color="2E4A62")
para(R, "2018.10　翰威特薪酬管理高级研修班")
para(R, "")
para(R, "自我评价", bold=True, size=13, color="2E4A62")
para(R, "十余年人力资源全模块经验，擅长组织变革与薪酬绩效体系搭建；沟通稳健，结果导向。")
save(d)
