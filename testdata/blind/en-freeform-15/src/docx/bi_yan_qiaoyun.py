"""bi_yan_qiaoyun.docx: Sydney optometrist trained in Ningbo and Shanghai. English-led CV with the
Chinese name and bilingual headings (ALL CAPS English + Chinese); dotted Chinese-style dates
(2021.03 – present) first in bold, then `Title | Employer, Town`."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

out = sys.argv[1] if len(sys.argv) > 1 else "."
d = new_doc("Carlito", 10.5, 2.0, east_asia="Noto Sans CJK SC")
p = para(d, "", space_after=0)
run(p, "YAN Qiaoyun ", bold=True, size=20)
run(p, "\u4e25\u5de7\u4e91", bold=True, size=18)
run(p, "  (Joanna)", size=13, color="666666")
para(d, "Optometrist \u00b7 \u89c6\u5149\u5e08", size=12, color="2F5496", space_after=2)
para(d, "Parramatta NSW  |  0491 570 144  |  joanna.yan@example.com.au  |  WeChat: qiaoyun_optom", size=9.5,
     space_after=6)


def heading(en, zh):
    p = para(d)
    p.paragraph_format.space_before = Pt(10)
    run(p, en, bold=True, size=11, color="2F5496")
    run(p, "  " + zh, size=10, color="2F5496")
    bottom_rule(p, 6, "2F5496")


def entry(dates, title, where):
    p = para(d)
    p.paragraph_format.space_before = Pt(4)
    left_tab(p, 4.2)
    run(p, dates, bold=True)
    run(p, "\t" + title, bold=True)
    run(p, " | " + where)


def b(text):
    bullet(d, text, glyph="\u2022", indent_cm=4.6)


heading("PROFILE", "\u4e2a\u4eba\u7b80\u4ecb")
para(d, "Optometrist with eight years of practice in Shanghai and Sydney, registered in Australia since 2019. "
        "Special interest in paediatric myopia control and OCT-based glaucoma screening; I see many Mandarin- "
        "and Cantonese-speaking families.")

heading("EXPERIENCE", "\u5de5\u4f5c\u7ecf\u5386")
entry("2021.03 \u2013 present", "Optometrist", "Clearview Eyecare, Parramatta NSW")
b("Full-scope consultations, about 14 patients a day, roughly a third in Mandarin or Cantonese")
b("Set up the practice\u2019s myopia-control clinic: ortho-k, defocus spectacle lenses, low-dose atropine co-management")
b("OCT and visual-field interpretation; referral letters to three local ophthalmologists")
entry("2019.02 \u2013 2021.02", "Graduate Optometrist", "Lumen Optometrists, Hurstville NSW")
b("Supervised first two years; contact lens fitting and dry-eye clinic")
entry("2014.07 \u2013 2016.08", "\u9a8c\u5149\u5e08 Optometrist", "\u4e0a\u6d77\u660e\u7738\u89c6\u5149\u4e2d\u5fc3 Mingmou Vision Centre, Shanghai")
b("Refraction and ortho-k follow-up for school-age children, 30\u201340 patients a day")

heading("EDUCATION", "\u6559\u80b2\u80cc\u666f")
entry("2016 \u2013 2018", "Master of Optometry", "Harbourside University, Sydney")
bullet(d, "WAM 78 (Distinction); clinical placements in paediatrics, low vision and an Aboriginal community health service", indent_cm=4.6)
entry("2010 \u2013 2014", "B.Sc. Optometry \u773c\u89c6\u5149\u5b66", "\u6d59\u4e1c\u533b\u5b66\u9662 Zhedong Medical College, Ningbo")

heading("REGISTRATION & CERTIFICATES", "\u6267\u4e1a\u6ce8\u518c\u4e0e\u8bc1\u4e66")
para(d, "Optometry Board of Australia (AHPRA), general registration with scheduled medicines endorsement, 2019")
para(d, "Orthokeratology fitting course, Australasian Ortho-k Society, 2022")

heading("SKILLS", "\u6280\u80fd")
para(d, "Instruments: Zeiss Cirrus OCT, Optos, Humphrey visual fields, Pentacam")
para(d, "Software: Optomate, Microsoft 365")

heading("LANGUAGES", "\u8bed\u8a00")
para(d, "English (professional)  \u00b7  Mandarin \u666e\u901a\u8bdd (native)  \u00b7  Cantonese \u7ca4\u8bed (conversational)")
d.save(os.path.join(out, "bi_yan_qiaoyun.docx"))
