# 拉勾-like Word download: header block, 个人优势, then blocks with 公司 / 职位 / 时间 on one line, grey small labels.
import sys; sys.path.insert(0, sys.path[0] + "/..")
from docxlib import *

d = new_doc("等线", 10)
p = para(d, "", space_after=2)
run(p, "贾明睿", bold=True, size=18)
run(p, "　　7年 ｜ 本科 ｜ 男 ｜ 34岁", size=10, color="666666")
para(d, "139 0000 7746　｜　jiamingrui@example.com　｜　天津", color="444444")
para(d, "求职状态：在职-考虑机会　　期望职位：采购经理 / 供应链经理　　期望城市：天津　　期望薪资：25-35K", color="444444")
para(d, "最近工作：天津港联汽车零部件有限公司 | 采购主管 | 4年", color="444444")

def h(text):
    para(d, "")
    para(d, text, bold=True, size=12, color="00B38A")

h("个人优势")
para(d, "7年汽车零部件采购与供应链管理经验，负责年采购额 6 亿元的金属件与电子件品类；熟悉 IATF 16949 供应商开发流程，具备成本分析与谈判能力。")

h("工作经历")
para(d, "天津港联汽车零部件有限公司　｜　采购主管　｜　2021.04-至今", bold=True)
para(d, "部门：供应链管理部　　下属：4人", color="888888")
for l in ["1、负责冲压件、压铸件品类采购，年采购额约 3.8 亿元；",
          "2、推动 12 家供应商年度降本谈判，实现降本 5.2%（约 1900 万元）；",
          "3、导入 SRM 系统，实现询比价、订单与对账线上化；",
          "4、开发二供 9 家，关键零件单一来源比例由 40% 降至 15%。"]:
    para(d, l)
para(d, "")
para(d, "廊坊德信电子有限公司　｜　采购工程师　｜　2018.03-2021.03", bold=True)
for l in ["1、负责连接器、线束类物料采购与交付跟踪，准时交付率 98%；",
          "2、参与新项目 BOM 成本核算与定点。"]:
    para(d, l)
para(d, "")
para(d, "天津恒通物流有限公司　｜　物流计划员　｜　2017.07-2018.02", bold=True)
para(d, "1、负责仓储出入库计划与运输调度。")

h("项目经历")
para(d, "新能源电驱壳体国产化　｜　项目负责人　｜　2022.05-2023.04", bold=True)
para(d, "项目描述：将进口压铸壳体转为国内供应商生产。")
para(d, "项目业绩：单件成本下降 23%，年节约 860 万元。")

h("教育经历")
para(d, "天津渤海理工大学　｜　物流管理　｜　本科　｜　2013.09-2017.06", bold=True)

h("资格证书")
para(d, "CPSM 美国供应管理协会认证（2020）　　采购师（二级）　　驾驶证 C1")

h("技能标签")
para(d, "供应商开发 ｜ 成本分析 ｜ 商务谈判 ｜ SAP MM ｜ SRM ｜ Excel")
save(d)
