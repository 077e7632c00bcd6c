"""Hong Kong-trained neon sign maker in Vancouver: English-led with Traditional Chinese headings and entries."""
import sys
from common import *

d = new_doc(font="Liberation Sans", size=10, margins=2.0, east_asia="Noto Sans CJK TC")
core(d, "Mak Ka-fai", "Resume")
p = para(d, "", after=0)
run(p, "MAK Ka-fai (Kevin)", bold=True, size=20); run(p, "   麥家輝", size=16)
para(d, "Neon glass bender & sign maker  霓虹燈師傅", size=11, after=0)
para(d, "Mount Pleasant, Vancouver BC V5T  ·  604-555-0148  ·  kevin.mak@example.ca  ·  instagram.com/makneon.example",
     size=9, after=8)

def head(en, zh):
    p = para(d, "", before=10, after=3)
    run(p, en.upper(), bold=True, size=11, color="C2185B"); run(p, "  " + zh, bold=True, size=11, color="C2185B")

def job(left, dates):
    p = right_tab(d, d.add_paragraph())
    run(p, left, bold=True); run(p, "\t" + dates)
    p.paragraph_format.space_after = Pt(1)

head("Profile", "簡介")
para(d, "Neon bender with eighteen years at the bench, trained in the Sham Shui Po workshops. I bend, pump and "
        "install glass neon for shops, films and artists, and restore heritage signs.")

head("Experience", "工作經驗")
job("Lead Bender — Granville Glow Neon Works, Vancouver", "2019–")
bullet(d, "Bend and process about 900 m of tube a year for shops, bars and film sets")
bullet(d, "Restored three heritage signs for the city's neon-sign revival programme")
bullet(d, "Teach the public glass-bending evening class (8 students a term)")
job("Bender — Brightline Signs, Richmond BC", "2016 – 2019")
bullet(d, "Channel letters and LED retrofits; neon for film and TV props")
job("霓虹燈師傅 — 永明霓虹招牌工場，深水埗", "2010年3月 – 2016年5月")
para(d, "Neon bender, Wing Ming Neon Signs, Sham Shui Po", italic=True, size=9, after=1)
bullet(d, "負責屋邨商舖及茶餐廳招牌的燒管、抽真空及安裝")
bullet(d, "Trained four apprentices")
job("學徒 — 永明霓虹招牌工場，深水埗", "2006年9月 – 2010年2月")
para(d, "Apprentice, Wing Ming Neon Signs", italic=True, size=9, after=1)

head("Education", "學歷")
job("九龍工藝學院  Kowloon Craft Institute", "2004 – 2006")
para(d, "文憑 廣告招牌設計 (Diploma in Sign Design)", after=0)
job("南昌街英文中學  Nam Cheong Street Anglo-Chinese School", "1999 – 2004")
para(d, "香港中學會考 HKCEE")

head("Certificates", "證書")
para(d, "WHMIS 2015 (2024) · Fall Protection, WorkSafeBC (2023) · CSA neon transformer installation course (2019)")

head("Skills", "技能")
para(d, "Glass: ribbon burner, cross fire, bombarding, pumping, argon and neon fills", after=0)
para(d, "Design: Adobe Illustrator, full-size patterns by hand", after=0)
para(d, "Install: high-voltage transformers, GTO wiring, scissor lift")

head("Languages", "語言")
para(d, "Cantonese 粵語 (native) · English (fluent) · Mandarin 普通話 (conversational)")
d.save(sys.argv[1])
