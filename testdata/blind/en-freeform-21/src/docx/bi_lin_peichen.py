"""Taiwanese head baker in Singapore (Traditional Chinese): bakeries listed as 'Bakery, City (Role)'
with the dates on the right, Taiwanese entries Chinese-first."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _common import *  # noqa: E402,F403

out = sys.argv[1]
doc = new_document(font="Carlito", size=10.5, margins_cm=(1.8, 1.8, 2.0, 2.0), east_asia="Noto Sans CJK TC")
W = text_width(doc)

p = para(doc, space_after=0)
run(p, "LIN Pei-Chen", bold=True, size=22, color="6B3E26")
run(p, "  林佩真", size=18, color="6B3E26")
para(doc, "Head Baker · 麵包主廚", size=12.5, color="A0522D", space_after=3)
para(doc, "Tiong Bahru, Singapore 160055  |  +65 8555 0142  |  peichen.lin@example.com.sg  |  "
          "instagram.com/peichen.bakes", size=9.5, space_after=1)
para(doc, "S Pass holder · Taiwanese passport", size=9.5, italic=True, space_after=6)


def heading(text):
    p = para(doc, text, bold=True, size=11.5, color="6B3E26", space_before=9, space_after=3)
    bottom_border(p, color="D9B99B", size=8)
    p.paragraph_format.keep_with_next = True


heading("Profile")
para(doc, "Head baker with eleven years in artisan and Taiwanese-style bakeries, the last six in Singapore. I run a "
          "night production team of five turning out about 600 pieces a day: naturally leavened loaves, laminated "
          "pastry and the soft milk breads I grew up with in Taichung. I write the production plan, cost every "
          "recipe and train bakers until they no longer need me on the bench.")

heading("Bakeries")


def bakery(line, dates, bullets):
    p = para(doc, space_before=5, space_after=1)
    right_tab(p, W)
    run(p, line, bold=True)
    run(p, "\t" + dates, italic=True)
    p.paragraph_format.keep_with_next = True
    for b in bullets:
        bullet(doc, b)


bakery("Crumb & Kiln Bakery, Singapore (Head Baker)", "Mar 2022 – present", [
    "Lead the night shift of five bakers; production plan for two shops and four café wholesale accounts.",
    "Developed the seasonal menu, including a pineapple-bun croissant that became our best seller.",
    "Cut dough waste from 7% to 3% with par-baking and a daily sales-based production sheet.",
])
bakery("Crumb & Kiln Bakery, Singapore (Sous Baker)", "Apr 2019 – Feb 2022", [
    "Levain maintenance, mixing and shaping; lamination for croissant and danish.",
    "Opened the second shop's bake-off kitchen in 2021.",
])
bakery("晨光麵包坊 Dawnlight Bakehouse, 台中 Taichung (烘焙師 Baker)", "2016.07 – 2019.03", [
    "Taiwanese soft breads and European loaves for a busy neighbourhood bakery.",
    "負責歐式麵包及天然酵母產品線，每日產量約300個。",
])
bakery("福樂西點 Fule Patisserie, 台北 Taipei (學徒 Apprentice)", "2014.09 – 2016.06", [
    "Apprentice under the head baker: mixing, proofing, baking and the morning bake-off.",
])

heading("Education")
p = para(doc, space_after=1)
right_tab(p, W)
run(p, "餐飲管理科 副學士 Associate Degree in Food & Beverage Management", bold=True)
run(p, "\t2011 – 2014", italic=True)
para(doc, "臺中餐旅專科學校 Taichung College of Hospitality, 台中 Taichung", space_after=2)

heading("Certificates")
for c in [
    "麵包烘焙乙級技術士 Bread Baking Technician, Level B — 勞動部勞動力發展署, 2018",
    "麵包烘焙丙級技術士 Bread Baking Technician, Level C — 勞動部勞動力發展署, 2014",
    "WSQ Food Safety Course Level 1 — SkillsFuture Singapore, 2019",
]:
    bullet(doc, c)

heading("Awards")
bullet(doc, "Gold, European Bread category — Taichung City Bread Contest, 2018")

heading("Skills")
p = para(doc, space_after=1)
run(p, "Bread: ", bold=True)
run(p, "sourdough and levain, laminated doughs (croissant, danish), Taiwanese soft breads (菠蘿麵包, 蔥麵包), "
       "Japanese milk bread (tangzhong)")
p = para(doc, space_after=1)
run(p, "Kitchen: ", bold=True)
run(p, "production planning, recipe costing, HACCP, staff rostering")

heading("Languages")
para(doc, "Mandarin 華語 (native) · Taiwanese Hokkien 台語 (native) · English (working)")

heading("Interests")
para(doc, "Hiking Taiwan's hundred peaks (百岳) when I am home; bread photography on Instagram.")

doc.save(out)
