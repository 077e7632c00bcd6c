import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

d = new_doc(font="宋体", latin="Times New Roman", size=10.5)
# Word's built-in heading styles (shown as 标题 1 / 标题 2 in a Chinese Word)
for name, size in (("Heading 1", 14), ("Heading 2", 11)):
    st = d.styles[name]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
    st.paragraph_format.space_before = Pt(10 if name == "Heading 1" else 6)
    st.paragraph_format.space_after = Pt(3)

para(d, "佘静涵", bold=True, size=22, align="center", font="黑体")
para(d, "求职意向：心血管内科主治医师（可接受副主任医师岗竞聘）", align="center", space_after=6)

d.add_heading("个人信息", level=1)
para(d, "性别：女　　　　出生年月：1987年4月　　　　现居：武汉")
para(d, "电话：139 0000 6652　　　　邮箱：shejinghan@example.com")

d.add_heading("教育背景", level=1)
d.add_heading("2012年9月—2015年7月　江城医科大学　内科学　硕士", level=2)
para(d, "研究方向：冠心病介入治疗；导师：罗志平 教授")
d.add_heading("2007年9月—2012年7月　江城医科大学　临床医学　本科（五年制）", level=2)

d.add_heading("工作经历", level=1)
d.add_heading("2015年8月—至今　武汉市江岸区中心医院　心血管内科　主治医师", level=2)
para(d, "2015年8月至2020年12月任住院医师，2021年1月晋升主治医师；现为心内科三病区医疗组长，管理床位 18 张。")
for t in ["独立完成冠脉造影 600 余例、PCI 术 280 余例，临时起搏器植入 40 余例；",
          "负责 CCU 日常诊疗及急危重症抢救，参与院内胸痛中心建设，D-to-B 时间由 92 分钟缩短至 68 分钟；",
          "承担规培医师与实习生带教，2023 年获评院级“优秀带教老师”。"]:
    para(d, "● " + t)
d.add_heading("2018年3月—2019年2月　江城医科大学附属协和医院　心血管内科　进修医师", level=2)
para(d, "系统学习复杂冠脉病变介入及心脏超声，完成进修考核优秀。")

d.add_heading("科研论文", level=1)
para(d, "1. 佘静涵，罗志平，唐敏．急性心肌梗死患者 PCI 术后早期心脏康复的效果观察[J]．中国循证心血管医学杂志，2022，14(6)：712-715．")
para(d, "2. 罗志平，佘静涵．老年冠心病患者双联抗血小板治疗的出血风险分析[J]．临床心血管病杂志，2019，35(3)：240-243．")

d.add_heading("资格证书", level=1)
for t in ["2013年　医师资格证书", "2015年　医师执业证书（执业范围：内科专业）",
          "2018年　住院医师规范化培训合格证书", "2020年　主治医师资格（心血管内科）"]:
    para(d, t)

d.add_heading("专业技能", level=1)
para(d, "熟练：冠脉造影、PCI、临时起搏器植入、心脏超声判读")
para(d, "掌握：永久起搏器植入、IABP")
para(d, "了解：左心耳封堵")
para(d, "语言：英语 CET-6，能阅读英文文献")

d.add_heading("自我评价", level=1)
para(d, "从事心内科临床工作十年，基本功扎实，能独立处理心血管急危重症；工作细致，与患者沟通耐心，重视团队协作。")
d.save(sys.argv[1])
