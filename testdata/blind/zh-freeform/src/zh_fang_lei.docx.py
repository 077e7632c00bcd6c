"""方磊: experienced embedded engineer, a plain Word résumé — centred name, one contact line with `|`,
headings with a bottom rule, company and dates on one line split by a right-aligned tab stop, the
position with a department prefix on the next line, education in the order degree / major / school."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Serif CJK SC", size=10.5)
para(d, "方　磊", bold=True, size=20, align="center")
para(d, "男 | 34岁 | 嵌入式软件工程师 | 深圳", align="center", after=2)
para(d, "手机：137 0000 6813 | Email：fanglei_emb@163.com", align="center", after=6)

def head(t):
    p = para(d, t, bold=True, size=13, before=10, after=4)
    bottom_rule(p)

def line_tab(left, right, bold=True):
    p = para(d, before=4)
    right_tab(p, 17.0)
    run(p, left, bold=bold)
    run(p, "\t" + right, bold=bold)
    return p

head("工作经历")
line_tab("深圳芯汇微电子有限公司", "2018年7月 – 至今")
p = para(d); run(p, "固件部 - 嵌入式软件主管").italic = True
para(d, "负责蓝牙 SoC 的 SDK 与参考方案开发，带领 6 人固件小组，产品累计出货 3000 万颗。")
for x in ["主导低功耗蓝牙协议栈移植与裁剪，待机电流从 12μA 降至 3.5μA。",
          "设计 OTA 双分区升级方案，升级失败率低于万分之一。",
          "搭建基于 Jenkins 的固件自动化测试平台，覆盖 200+ 测试用例。"]:
    bullet(d, x)
line_tab("武昌光谷智能仪表有限公司", "2015年7月 – 2018年6月")
p = para(d); run(p, "研发中心 - 嵌入式软件工程师").italic = True
para(d, "负责智能电表与水表的主控程序开发。")
for x in ["基于 STM32 与 FreeRTOS 开发计量与通信任务，支持 DL/T 645 与 Modbus 协议。",
          "实现 NB-IoT 远程抄表模块，单表日均功耗降低 40%。"]:
    bullet(d, x)

head("教育背景")
line_tab("硕士　控制科学与工程　江汉工业大学", "2012.09 – 2015.06", bold=False)
line_tab("本科　自动化　江汉工业大学", "2008.09 – 2012.06", bold=False)

head("专业技能")
for lab, val in [("编程语言：", "C、C++、Python、ARM 汇编"),
                 ("操作系统：", "FreeRTOS、RT-Thread、嵌入式 Linux"),
                 ("硬件平台：", "STM32、Nordic nRF52、ESP32"),
                 ("通信协议：", "BLE、UART/SPI/I2C、TCP/IP、Modbus"),
                 ("开发工具：", "Keil、IAR、GCC、J-Link、逻辑分析仪")]:
    p = para(d, after=1)
    run(p, lab, bold=True)
    run(p, val)

head("证书与语言")
p = para(d, after=1); right_tab(p, 17.0); run(p, "嵌入式系统设计师（软考中级）\t2017.11")
p = para(d, after=1); run(p, "英语：CET-6，能熟练阅读芯片英文手册")

d.save(sys.argv[1])
