"""Dental technician / ceramist, Melbourne (trained in Guangzhou): every heading is the English
title, a dotted-leader right tab and the Chinese title at the right margin; employer first with
'2017 to 2019' dates on a right tab, then the title in italics; a Chinese college written
Chinese-first; '»' bullets; contacts in a single line under a thin rule."""
import sys
from docxlib import new_doc, para, run, bullet, right_tab, fixed_core, bottom_border
from docx.shared import Pt

out = sys.argv[1]
d = new_doc(font="Calibri", size=10.5, margins_cm=2.0, east_asia="Noto Sans CJK SC")
fixed_core(d, "Resume", "Ling Weiming")
W = 17.0

p = para(d, "", space_after=0)
run(p, "William Ling", bold=True, size=20, color="2E4A62")
run(p, "   凌伟明", size=16, color="2E4A62")
para(d, "Dental Technician \u2013 Ceramist (CAD/CAM & layered zirconia)", size=11.5, color="555555", space_after=2)
p = para(d, "Glen Waverley VIC 3150  \u00b7  0491 570 183  \u00b7  william.ling@example.com.au  \u00b7  "
            "Instagram: @william.ceramics", size=9.5, space_after=8)
bottom_border(p, sz=4, color="2E4A62")


def heading(en, zh):
    p = para(d, "", space_before=10, space_after=4)
    right_tab(p, W, leader="dots")
    run(p, en, bold=True, color="2E4A62", size=11.5)
    run(p, "\t" + zh, color="2E4A62", size=11)


def entry(employer, dates, title, bullets=()):
    p = para(d, "", space_before=4, space_after=0)
    right_tab(p, W)
    run(p, employer, bold=True)
    run(p, "\t" + dates)
    p = para(d, "", space_after=1)
    run(p, title, italic=True)
    for b in bullets:
        bullet(d, b, glyph="\u00bb", indent_cm=0.55, hang_cm=0.4)


heading("Profile", "个人简介")
para(d, "Ceramist with 12 years at the bench, the last six in Melbourne. I do the aesthetic end of the "
        "lab: layered zirconia and e.max for anterior cases, shade matching in the chair when the clinic "
        "asks, and the digital workflow from intraoral scan to milled restoration.")
para(d, "从业12年的牙科技师，擅长前牙美学修复、比色与数字化流程。", space_after=2)

heading("Experience", "工作经历")
entry("Yarra Smile Dental Laboratory, Melbourne", "2019 to present", "Senior Ceramist",
      ["Anterior aesthetic cases for 25 referring practices; about 60 units a week.",
       "Set up the lab's exocad design station and trained two technicians on it.",
       "Chairside shade taking at partner clinics one morning a week."])
entry("Southbank Dental Ceramics, Melbourne", "2017 to 2019", "Dental Technician (ceramics)",
      ["Crown & bridge, implant abutments, porcelain fused to metal."])
entry("广州白云义齿有限公司 Guangzhou Baiyun Dental Prosthetics Co., Ltd.", "2013 to 2017",
      "技师 / 组长  Technician, then team leader (ceramics)",
      ["带领8人瓷粉组，负责出口订单（澳洲、新西兰）。",
       "Led an 8-person ceramics team handling export orders for Australia and New Zealand."])

heading("Education", "教育背景")
p = para(d, "", space_before=4, space_after=0)
right_tab(p, W)
run(p, "岭南医学职业技术学院  Lingnan Medical Vocational College", bold=True)
run(p, "\t2010 to 2013")
para(d, "大专  Diploma, 口腔医学技术  Dental Technology", space_after=1)
p = para(d, "", space_before=4, space_after=0)
right_tab(p, W)
run(p, "Maribyrnong Institute of TAFE, Melbourne", bold=True)
run(p, "\t2016")
para(d, "Bridging course: Australian dental laboratory standards & infection control", space_after=1)

heading("Skills", "专业技能")
for label, items in [("CAD/CAM", "exocad, 3Shape Dental System, Medit Link, inLab"),
                     ("Materials", "IPS e.max, layered and monolithic zirconia, PFM, Noritake CZR"),
                     ("Other", "digital smile design, photography for shade communication")]:
    p = para(d, "", space_after=1)
    run(p, label + ": ", bold=True)
    run(p, items)

heading("Training & awards", "培训与奖项")
bullet(d, "Ivoclar e.max layering masterclass, Melbourne \u2013 2022", glyph="\u00bb", indent_cm=0.55, hang_cm=0.4)
bullet(d, "Dental Technicians Association of Victoria \u2013 Ceramist of the Year, runner-up, 2023", glyph="\u00bb", indent_cm=0.55, hang_cm=0.4)

heading("Languages", "语言")
para(d, "Mandarin 普通话 (native), Cantonese 粤语 (native), English (fluent, IELTS 7.0)")

d.save(out)
