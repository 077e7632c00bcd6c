"""Penang valuer's bilingual résumé (Simplified Chinese after the English): headings
'WORK EXPERIENCE  工作经验', entries as hanging-indent paragraphs with the dates at the left margin
and a tab to the text (no table), a Chinese-first internship entry, UEC schooling. A4, Calibri +
Noto Sans CJK SC."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _common import *

out = sys.argv[1]
doc = new_doc("Calibri", 10.5, margins_cm=2.0)
set_east_asian(doc, "Noto Sans CJK SC")
W = text_width(doc)
core(doc, "Resume - Ooi Kah Seng", "Ooi Kah Seng")
ACC = "7A1F2B"
HANG = Cm(3.3)


def heading(en, zh):
    p = para(doc, "", before=10, after=4)
    run(p, en, bold=True, size=11.5, color=ACC)
    run(p, "  " + zh, size=10.5, color=ACC, font="Noto Sans CJK SC")
    bottom_border(p, sz=6, color=ACC)


def entry(dates, parts, after=1):
    """parts: list of (text, bold, italic) runs after the tab."""
    p = doc.add_paragraph()
    left_tab(p, HANG)
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent = HANG, -HANG
    pf.space_before, pf.space_after = Pt(5), Pt(after)
    run(p, dates + "\t", color="404040")
    for t, b, i in parts:
        run(p, t, bold=b, italic=i)
    return p


def line(text, italic=False, after=1):
    p = para(doc, text, italic=italic, after=after)
    p.paragraph_format.left_indent = HANG
    return p


def sub_bullet(text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent, pf.space_after = HANG + Cm(0.45), Cm(-0.45), Pt(1)
    pf.tab_stops.add_tab_stop(HANG + Cm(0.45))
    run(p, "\u2013\t" + text)


p = para(doc, "", after=0)
run(p, "OOI KAH SENG", bold=True, size=20, color=ACC)
run(p, "  黄嘉成", size=17, color=ACC, font="Noto Sans CJK SC")
para(doc, "Registered Valuer (BOVAEA)  \u00b7  注册估价师", size=11, after=2)
para(doc, "Bayan Lepas, Penang  |  +60 12-555 0148  |  kahseng.ooi@example.com.my", size=9.5, color="404040", after=4)

heading("PROFILE", "个人简介")
para(doc, "Registered valuer with twelve years in the Penang and Kedah market: residential, industrial and "
     "hotel valuations for banks, the courts and private clients. Sign off around 300 reports a year and "
     "lead a team of six. Looking for a head-of-valuation role with a regional consultancy.", after=2)

heading("WORK EXPERIENCE", "工作经验")
entry("2019 \u2013 Current", [("Associate Director, Valuation", True, False), ("  \u2013  Straits Valuers & Property Consultants Sdn Bhd, George Town", False, False)])
for b in [
    "Lead the northern-region valuation team (4 valuers, 2 assistants); review and sign off about 300 reports a year",
    "Panel valuer for six banks; valuations of factories in the Bayan Lepas and Batu Kawan industrial parks up to RM 180 million",
    "Expert witness in two land acquisition cases at the Penang High Court",
]:
    sub_bullet(b)
entry("2016 \u2013 2019", [("Senior Valuer", True, False), ("  \u2013  Straits Valuers & Property Consultants Sdn Bhd, George Town", False, False)])
for b in [
    "Residential and shophouse valuations for mortgage, probate and rating purposes",
    "Built the firm's Excel comparables database from NAPIC transaction data",
]:
    sub_bullet(b)
entry("2012 \u2013 2016", [("Probationary Valuer", True, False), ("  \u2013  Khoo & Partners Property Consultants Sdn Bhd, Butterworth", False, False)])
for b in [
    "Completed the BOVAEA Test of Professional Competence logbook under a registered valuer",
]:
    sub_bullet(b)
p = entry("Jun \u2013 Aug 2011", [("产业管理实习生", True, False), (" Property Management Intern  \u2013  ", False, False),
                                   ("鸿图产业管理有限公司", False, False), (" Hong Tu Property Management Sdn Bhd, Bukit Mertajam", False, False)])
for r in p.runs:
    r.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
sub_bullet("协助管理三栋公寓的维修记录与租户沟通")

heading("EDUCATION", "教育背景")
entry("2008 \u2013 2012", [("BSc (Hons) Property Management", True, False), ("  \u2013  Northern Malaysia University of Technology, Penang", False, False)])
line("Second Class Upper. Final-year project: rental yields of pre-war shophouses in the George Town heritage zone.", italic=True)
entry("2002 \u2013 2007", [("统考 Unified Examination Certificate (UEC), Senior Middle", True, False),
                           ("  \u2013  槟城岭南独立中学 Leng Nam Independent High School", False, False)])
line("5 A", italic=True)

heading("PROFESSIONAL QUALIFICATIONS", "专业资格")
for d, t in [
    ("2015", "Registered Valuer (V-1187), Board of Valuers, Appraisers, Estate Agents and Property Managers (BOVAEA)"),
    ("2020", "Member of the Royal Institution of Chartered Surveyors (MRICS)"),
    ("2016", "Member, Royal Institution of Surveyors Malaysia (RISM)"),
]:
    entry(d, [(t, False, False)])

heading("SKILLS", "技能")
for k, v in [
    ("Valuation", "comparison, investment, residual and cost methods; hotel valuation; land acquisition"),
    ("Software", "Argus Enterprise, Excel, ArcGIS"),
]:
    p = doc.add_paragraph()
    left_tab(p, HANG)
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent, pf.space_after = HANG, -HANG, Pt(2)
    run(p, k + "\t", bold=True)
    run(p, v)

heading("LANGUAGES", "语言")
p = para(doc, "English (fluent)  \u00b7  华语 Mandarin (native)  \u00b7  福建话 Hokkien (native)  \u00b7  Bahasa Malaysia (fluent)", after=2)
for r in p.runs:
    r.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")

para(doc, "References available upon request.", italic=True, before=8, color="404040")
doc.save(out)
