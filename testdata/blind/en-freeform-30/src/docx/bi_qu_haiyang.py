"""Dive instructor from Weihai in Exmouth WA: English-led Word CV with Simplified headings and Chinese-first
Weihai jobs; Noto Sans CJK SC for the Chinese."""
import sys
from common import *
d = new_doc("Carlito", 10.5, a4=True, margins=1.8, east_asia="Noto Sans CJK SC")
p = para(d, "", after=0); run(p, "QU Haiyang (Ocean)", bold=True, size=22, color="0B6E8A"); run(p, "   曲海洋", bold=True, size=20, color="0B6E8A", font="Noto Sans CJK SC")
para(d, "PADI Master Scuba Diver Trainer · 潜水教练", size=12, after=2)
para(d, "Exmouth, WA 6707 · 0491 570 156 · ocean.qu@example.com.au · 微信 WeChat: ocean_dive_qu", size=9.5, color="444444", after=8)

def head(en, zh):
    p = para(d, "", before=10, after=3); run(p, zh + "  ", bold=True, size=12, color="0B6E8A", font="Noto Sans CJK SC"); run(p, en, bold=True, size=12, color="0B6E8A")
    bottom_border(p, "0B6E8A", 6)

head("Profile", "个人简介")
para(d, "Dive instructor with eight years of teaching in the Yellow Sea and on Ningaloo Reef. I teach in Mandarin and English, run whale shark and manta snorkel days, and look after the boat and the compressor when needed.")

head("Experience", "工作经历")
def job(title, org, dates, bullets=(), desc=None):
    p = para(d, "", after=0); right_tab(p, 17.4)
    run(p, title, bold=True); run(p, " — " + org); run(p, "\t" + dates, color="555555")
    if desc: para(d, desc, after=1)
    for b in bullets: bullet(d, b)
job("Dive Instructor (MSDT)", "Ningaloo Blue Dive Co., Exmouth WA", "Mar 2022 – present",
    ["Teach Open Water to Divemaster; about 140 certifications a year, a third in Mandarin",
     "Lead guide on whale shark days (Apr–Jul) and manta trips",
     "Translated the shop's briefings and waivers into Chinese"])
job("Night Receptionist (casual)", "Gulf Breeze Backpackers, Exmouth", "Jun 2021 – Feb 2022")
job("Snorkel Guide", "Coral Coast Reef Tours, Coral Bay", "Jun–Nov 2021 (Ningaloo season)")
job("潜水教练 Dive Instructor", "威海蓝湾潜水中心（Weihai Blue Bay Dive Centre）", "2018年10月 – 2021年3月",
    ["负责开放水域及进阶课程教学，年均认证约 90 人", "Organised winter dive trips to Hainan for club members"])
job("潜水长 Divemaster", "威海蓝湾潜水中心", "2016年5月 – 2018年9月",
    ["带领岸潜与船潜，维护气瓶及空压机"])

head("Education", "教育背景")
p = para(d, "", after=0); right_tab(p, 17.4)
run(p, "大专 旅游管理", bold=True); run(p, " — 胶东海洋职业学院，威海"); run(p, "\t2013 – 2016", color="555555")
para(d, "Diploma in Tourism Management, Jiaodong Marine Vocational College, Weihai", italic=True, color="555555")

head("Certifications", "证书")
for c in ["PADI Master Scuba Diver Trainer (2019) — instructor no. 000000",
          "Emergency First Response Instructor — PADI (2019)",
          "Coxswain Grade 1 Near Coastal — AMSA (2022)",
          "HLTAID011 Provide First Aid (2024)",
          "Whale shark interaction guide accreditation — Ningaloo Blue Dive Co. (2022)"]:
    bullet(d, c)

head("Skills", "技能")
p = para(d, "", after=1); run(p, "Specialty instructor: ", bold=True); run(p, "Deep, Enriched Air Nitrox, Wreck, Underwater Navigator")
p = para(d, "", after=1); run(p, "Boat & gear: ", bold=True); run(p, "coxswain, Bauer compressor, regulator servicing")
p = para(d, "", after=1); run(p, "Other: ", bold=True); run(p, "Douyin / Instagram dive videos, Chinese–English interpreting for groups")

head("Languages", "语言")
t = d.add_table(rows=1, cols=2); t.style = d.styles["Table Grid"]
cell_text(t.rows[0].cells[0], "Language 语言", bold=True); cell_text(t.rows[0].cells[1], "Level 水平", bold=True)
for a, b in [("普通话 Mandarin", "native 母语"), ("English", "IELTS 6.5 (2020); daily working language"), ("山东话 Shandong dialect", "native")]:
    c = t.add_row().cells; cell_text(c[0], a); cell_text(c[1], b)
col_widths(t, [6.0, 11.0])

head("Interests", "兴趣爱好")
para(d, "Free diving, underwater photography and cooking Shandong seafood for the dive crew.")
d.save(sys.argv[1])
