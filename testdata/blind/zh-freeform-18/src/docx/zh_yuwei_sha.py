"""zh_yuwei_sha: 理化检测技术员, entries written as paragraphs (no bullets, no tables)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import new_doc, para, run, bottom_border

out = sys.argv[1]
d = new_doc(font="宋体", size=11)

para(d, "求 职 简 历", bold=True, size=16, align="center", font="黑体", space_after=8)

p = para(d, indent=0.74)
run(p, "沙雨薇", bold=True)
run(p, "，女，1996年10月生，中共党员，江苏盐城人，现居苏州工业园区。联系电话 138 0000 7395，"
       "电子邮箱 shayuwei@example.com。")
p = para(d, indent=0.74)
run(p, "求职意向：理化检测工程师（食品、农产品方向），期望在苏州工作。")


def heading(t):
    p = para(d, "◎ " + t, bold=True, size=12, font="黑体", space_after=4)
    bottom_border(p, 6)


heading("学习经历")
para(d, "2014年9月至2018年6月，就读于淮扬农业大学食品科学与工程学院，食品质量与安全专业，获工学学士学位。"
        "在校期间主修分析化学、仪器分析、食品理化检验、食品微生物学、食品安全标准与法规等课程，"
        "GPA 3.4/4.0，毕业论文为《QuEChERS-气相色谱法测定叶菜中12种有机磷农药残留》。", indent=0.74)

heading("工作经历")
para(d, "2021年3月至今，在苏州恒测检测技术有限公司理化实验室任气相色谱组组长。"
        "带领4名检测员负责农药残留、兽药残留的气相色谱及气质联用检测，每月出具报告约600份；"
        "负责组内方法验证、期间核查和能力验证，2022年、2023年参加的市场监管总局能力验证结果均为满意；"
        "参与实验室CMA扩项评审，新增GB 23200系列检测方法11项。", indent=0.74)
para(d, "2018年7月至2021年2月，同在苏州恒测检测技术有限公司理化实验室任检测员，"
        "主要做食品中重金属（原子吸收、原子荧光）和农残样品的前处理与上机，"
        "熟悉样品登记、流转和原始记录的填写要求，期间独立完成过约3000批次样品检测，无一次因记录问题被退回。", indent=0.74)
para(d, "2017年7月至2018年1月，在盐城市粮油质量监测站实习，协助完成小麦、稻谷的水分、灰分、"
        "脂肪酸值测定，学会了基本的实验室安全和质量控制要求。", indent=0.74)

heading("技能与证书")
para(d, "仪器方面能独立操作岛津GC-2010、安捷伦7890B/5977气质联用、PE原子吸收，会做日常维护和简单故障排除；"
        "熟悉GB 2763、GB 31650以及CNAS-CL01准则。持有检验检测机构内审员培训证书（2020年），"
        "大学英语六级，计算机二级（MS Office）。", indent=0.74)

heading("自我评价")
para(d, "我性格细致，对数据比较较真，遇到结果异常会先查原始记录和质控，再决定是否复测。"
        "在同一家实验室从检测员做到组长，熟悉第三方检测的节奏，也愿意继续带新人。", indent=0.74)

d.save(out)
