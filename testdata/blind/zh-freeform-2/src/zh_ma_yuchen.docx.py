"""马宇辰: campus electronics/hardware résumé in Word. Name and school/major/year on one line, contacts on
the next split by a centred and a right tab stop; headings as shaded paragraphs (paragraph shading, not a
table); entries as `name ........ dates` with a dot-leader right tab; `【2022.08】` bracketed award dates;
competition projects with inline `项目时间：` / `担任角色：` labels; a club presidency as 社团经历; prose skills."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
from docx.enum.text import WD_TAB_LEADER

d = new(font="Noto Serif CJK SC", size=10.5)

def shaded(p, fill="D9E2F3"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)

def head(t):
    p = para(d, before=10, after=4)
    run(p, t, bold=True, size=12)
    shaded(p)

def dotted(left, right, bold=True):
    p = para(d, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    run(p, left, bold=bold); run(p, "\t" + right)
    return p

p = para(d, after=2)
run(p, "马宇辰", bold=True, size=20)
run(p, "　　南湖工业大学 · 电子信息工程 · 2024 届本科", size=11, color="555555")
p = para(d, after=8)
p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.CENTER)
p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
run(p, "☎ 150 0000 3378\t✉ mayuchen_hw@163.com\t求职意向：硬件工程师（嵌入式方向）")

head("教育背景")
dotted("南湖工业大学　电子信息工程　本科", "2020.09~2024.07")
para(d, "专业排名：5/98（前 5%）　GPA：3.74/4.00")
para(d, "核心课程：模拟电子技术、数字电子技术、信号与系统、单片机原理、电磁场与电磁波")

head("实习经历")
dotted("湖州矽源电子科技有限公司　硬件工程师助理", "2023.07~2023.09")
for x in ["参与 BMS 电池管理板的原理图评审与 EMC 整改，完成 3 轮样板调试。",
          "编写 ADC 采样校准程序，电压采样误差由 ±15mV 降至 ±3mV。"]:
    bullet(d, x)

head("竞赛与项目")
dotted("四旋翼自主巡线无人机", "全国大学生电子设计竞赛")
para(d, "项目时间：2022.07~2022.08　　担任角色：队长，负责硬件设计与飞控调参")
for x in ["基于 STM32F4 设计飞控板与电源模块，四层板布线，整机重量 420g。",
          "使用 OpenMV 识别地面黑线，串级 PID 控制实现巡线误差 < 5cm。"]:
    bullet(d, x)
dotted("智能温室监测系统", "课程设计")
para(d, "项目时间：2021.10~2021.12　　担任角色：组员，负责传感器采集与 LoRa 通信")
bullet(d, "采集温湿度、光照和 CO₂ 数据，通过 LoRa 上传到网关，传输距离 1.2km。")

head("社团经历")
dotted("南湖工业大学机器人协会　会长", "2021.09~2022.09")
bullet(d, "组织协会招新与培训 12 次，带队参加省级机器人比赛 2 次。")

head("获奖情况")
for x in ["【2022.08】全国大学生电子设计竞赛 浙江赛区一等奖",
          "【2022.05】第十七届全国大学生智能汽车竞赛 华东赛区三等奖",
          "【2021.11】校一等奖学金"]:
    para(d, x, after=1)

head("技能")
para(d, "能熟练使用 Altium Designer 和嘉立创 EDA 绘制原理图与 PCB；熟悉 STM32、ESP32 开发，会用 C 语言和 Keil 编程；"
        "会使用示波器、频谱仪和逻辑分析仪调试电路；英语 CET-6（521），能阅读英文数据手册。")
d.save(sys.argv[1])
