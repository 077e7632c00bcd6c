import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *
d = new("Calibri", 10.5, east_asia="Droid Sans Fallback")
T = 17.0
para(d, ("Wei-Ting Chen (陳韋廷)", "b", 18))
para(d, "Senior Firmware Engineer – Embedded Linux & BMC")
para(d, "Hsinchu, Taiwan | +886 912 555 014 | weiting.chen@example.com.tw | github.com/wtchen-fw")
def H(t):
    p = para(d, (t, "b", 11.5), space_before=10); bottom_border(p)
H("SUMMARY")
para(d, "Firmware engineer with 9 years on server BMC and storage controller firmware. Experienced with OpenBMC, "
        "Yocto, U-Boot and Linux device drivers; works closely with hardware, validation and customer engineering teams in Taiwan and the US.")
H("WORK EXPERIENCE")
def job(title, dates, emp, bullets):
    para(d, (title, "b"), "\t" + dates, tab=T, space_before=6)
    para(d, (emp, "i"))
    for b in bullets: bullet(d, b)
job("Senior Firmware Engineer", "2020/04 – Present", "Zhuqian Server Technology Co., Ltd. (竹塹伺服器科技), Hsinchu",
    ["Technical lead for OpenBMC on two AMD server platforms; upstreamed 23 patches.",
     "Reduced BMC boot time from 140 s to 55 s; added Redfish telemetry for fan and PSU sensors.",
     "Mentored 4 junior engineers; interviewer for the firmware team."])
job("Firmware Engineer", "2016/07 – 2020/03", "Formosa Storage Inc. (福爾摩沙儲存), New Taipei City",
    ["NVMe SSD controller firmware in C; wear-levelling and power-loss protection.",
     "Debugged field failures with JTAG and logic analysers for US customers."])
job("Alternative Military Service (研發替代役)", "2015/07 – 2016/06", "Industrial Technology Lab, Hsinchu", [])
H("EDUCATION")
para(d, ("National Chiao Hsin University (國立交信大學)", "b"), "\t2013 – 2015", tab=T)
para(d, "M.S., Electrical and Control Engineering (電機與控制工程) — thesis on real-time scheduling for ARM Cortex-M")
para(d, ("National Cheng Kang University (國立成康大學)", "b"), "\t2009 – 2013", tab=T)
para(d, "B.S., Electrical Engineering (電機工程學系)")
H("TECHNICAL PROFICIENCIES")
t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("Languages", "C, C++, Python, Shell"),
                             ("Firmware", "OpenBMC, Yocto, U-Boot, FreeRTOS, Linux kernel drivers"),
                             ("Protocols", "IPMI, Redfish, I2C, SPI, PCIe, NVMe")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
H("LANGUAGES")
para(d, "Mandarin Chinese (native), Taiwanese Hokkien (native), English (TOEIC 915), Japanese (JLPT N2)")
H("AWARDS")
para(d, "Best Engineering Innovation Award, Zhuqian Server Technology, 2022")
d.save(sys.argv[1])
