import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from common import *
OUT = sys.argv[1]
d = new_doc(font="Carlito", size=10.5, margins=2.0, east_asian="Noto Sans CJK TC")
para(d, "Yvonne Lai Yi-Chun  賴怡君", bold=True, size=20, color="4B2A1A", after=0)
para(d, "Head Chocolatier · 巧克力師傅", size=12, color="8A5A3C", after=2)
para(d, "Brunswick East VIC 3057  ·  0491 570 183  ·  yvonne.lai@example.com.au  ·  instagram.com/yvonne.tempers", size=9, after=8)

def head(t):
    p = para(d, t, bold=True, size=11, color="4B2A1A", before=10, after=3); bottom_border(p, "8A5A3C")

head("About  關於我")
para(d, "Chocolatier and pastry cook from Taichung, in Melbourne since 2019. I run the production kitchen of a bean-to-bar "
        "chocolate shop: bonbons, bars and the Easter and Christmas ranges. I like clean shells, honest fillings and a well-kept HACCP log.")

head("Experience  工作經歷")
def job(left, dates, sub, bullets):
    p = para(d, "", before=6, after=0); right_tab(p, 17.0)
    run(p, left, bold=True); run(p, "\t" + dates, italic=True)
    if sub: para(d, sub, italic=True, after=1)
    for b in bullets: bullet(d, b)
job("Head Chocolatier — Merri Creek Chocolate Co., Brunswick East", "since Oct 2022", None, [
    "Lead a kitchen team of four; 6,000 bonbons and 2,500 bars a week in peak season.",
    "Developed 22 filled bonbons, including the black sesame praline that won gold in 2023.",
    "Rewrote the tempering and cooling SOPs; shell breakage down from 9% to 3%."])
job("Chocolatier — Merri Creek Chocolate Co., Brunswick East", "Jul 2020 – Sep 2022", None, [
    "Tempering (table and machine), enrobing, panning and packing; shop front on weekends."])
job("Pastry Cook (casual) — Little Lonsdale Patisserie, Melbourne CBD", "Aug 2019 – Jun 2020", None, [
    "Viennoiserie and entremets; covered the opening shift during the 2020 lockdowns."])
job("甜點師 Pastry Cook — 月光森林烘焙坊 Moonlight Forest Bakery, 台中 Taichung", "民國105年7月 – 108年6月", None, [
    "負責法式甜點與手工巧克力製作，每日供應兩間門市。",
    "French pastries and hand-made chocolates for two shops."])

head("Education  學歷")
p = para(d, "", before=4, after=0); right_tab(p, 17.0)
run(p, "學士  餐旅管理學系  Bachelor of Hospitality Management", bold=True); run(p, "\t2012 – 2016")
para(d, "中台灣餐旅大學  Central Taiwan University of Hospitality, 台中", after=0)
p = para(d, "", before=4, after=0); right_tab(p, 17.0)
run(p, "Certificate III in Patisserie", bold=True); run(p, "\t2019 – 2020")
para(d, "Yarra Culinary Institute, Melbourne", after=0)

head("Certificates  證照")
for b in ["丙級 烘焙食品技術士 (Baking Technician, Level C), 勞動部, 2014",
          "Food Safety Supervisor, Victoria, 2022",
          "Chocolate Tempering Masterclass, Fitzroy Cocoa School, 2021"]:
    bullet(d, b)

head("Awards  獎項")
for b in ["Gold, filled chocolates — Yarra Fine Food Awards 2023 (black sesame praline)",
          "Bronze, chocolate bars — Yarra Fine Food Awards 2022"]:
    bullet(d, b)

head("Skills & Languages  技能與語言")
para(d, "Tempering, shell moulding, ganache and praline, panning, enrobing, sugar work, costing, HACCP", after=2)
para(d, "English (fluent, IELTS 7.0) · 國語 Mandarin (native) · 台語 Taiwanese Hokkien (conversational)")
d.save(OUT)
