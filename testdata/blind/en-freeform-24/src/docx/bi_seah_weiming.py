"""Singapore data-centre technician with a National Service entry: the whole CV below the name is one
two-column table, bilingual labels (English + Simplified Chinese) in a shaded left column and the content in
the right column (A4, Arial + Noto Sans CJK SC)."""
import sys
from common import *  # noqa: F401,F403

out = sys.argv[1]
doc = new_doc("Arial", 10, letter=False, margins=0.65)
set_east_asian(doc, "Noto Sans CJK SC")
NAVY = "14365E"
LEFT, RIGHT = 1.55, 5.65

p = para(doc, after=0)
run(p, "SEAH WEI MING", bold=True, size=20, color=NAVY)
run(p, "  佘伟明", bold=True, size=18, color=NAVY)
para(doc, "Senior Critical Facilities Technician (Data Centre)  |  高级数据中心设施技术员", size=11, after=1)
para(doc, "Tampines, Singapore  ·  +65 8555 0147  ·  weiming.seah@example.com.sg", size=9.5, after=6)

sections = []  # (english label, chinese label, builder)


def row(en, zh):
    def deco(fn):
        sections.append((en, zh, fn))
        return fn
    return deco


def line(cell, text, bold=False, italic=False, size=10, color=None, after=1):
    p = cell.add_paragraph() if cell.paragraphs[0].text or len(cell.paragraphs) > 1 else cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    p.paragraph_format.space_after = Pt(after)
    return p


def kv(cell, k, v):
    p = line(cell, "")
    run(p, k, bold=True)
    run(p, v)


def bullets(cell, items):
    for b in items:
        p = line(cell, "")
        run(p, "• " + b)
        p.paragraph_format.left_indent = Inches(0.15)
        p.paragraph_format.first_line_indent = Inches(-0.12)


def job(cell, title, org, dates, items, first=False):
    p = line(cell, "")
    if not first:
        p.paragraph_format.space_before = Pt(5)
    right_tab(p, RIGHT - 0.15)
    run(p, title, bold=True)
    run(p, "\t" + dates, color="555555")
    line(cell, org, italic=True)
    bullets(cell, items)


@row("PROFILE", "个人简介")
def _(c):
    line(c, "Data-centre facilities technician with seven years in mission-critical operations, the last three "
            "leading a shift at a 24 MW Tier III colocation site. Licensed Electrical Worker, calm on incidents and "
            "careful with method statements. Bilingual in English and Mandarin; comfortable briefing contractors in "
            "either.")


@row("WORK EXPERIENCE", "工作经验")
def _(c):
    job(c, "Senior Critical Facilities Technician", "Loyang Data Centres Pte Ltd, Tai Seng", "Apr 2022 – Present", [
        "Shift lead on a 4-on-4-off, 12-hour roster for chillers, CRAHs, UPS, generators and LV switchgear.",
        "Run SOPs, MOPs and EOPs, permit-to-work and incident reports; zero customer-impacting outages in 2023 and 2024.",
        "Lead the monthly generator load-bank tests and the annual thermographic survey of LV switchboards.",
        "负责新员工入职培训，并编写中文版操作指引供外包维修团队使用。",
    ], first=True)
    job(c, "Facilities Technician", "Straits Building Services Pte Ltd, Jurong", "Jul 2018 – Mar 2022", [
        "Preventive and corrective maintenance of ACMV, fire protection and electrical systems at three client "
        "data halls.",
        "Updated asset records in Maximo and cut overdue work orders from 140 to under 20 in one year.",
    ])


@row("NATIONAL SERVICE", "国民服役")
def _(c):
    job(c, "Section Second-in-Command, Corporal (CPL)",
        "30th Battalion, Singapore Combat Engineers (30 SCE), Singapore Armed Forces",
        "Jun 2016 – Apr 2018", [
            "Full-time National Service; deputy leader of a 7-man field engineering section in bridging and "
            "mine-clearing exercises.",
            "Section named Best Section in the battalion's 2017 field exercise.",
        ], first=True)
    line(c, "Current status: Operationally Ready NSman (ORNS)", italic=True, size=9.5, color="555555")


@row("EDUCATION", "教育背景")
def _(c):
    for deg, school, dates, note in [
        ("Bachelor of Engineering (Electrical Power Engineering), part-time", "Eastwood University of Applied Learning",
         "2023 – Present", "In progress, expected 2026"),
        ("Diploma in Electrical Engineering", "Tampines Polytechnic", "2013 – 2016", "GPA 3.42 / 4.00"),
        ("GCE 'O' Level", "Simei Ridge Secondary School", "2012", None),
    ]:
        p = line(c, "")
        right_tab(p, RIGHT - 0.15)
        run(p, deg, bold=True)
        run(p, "\t" + dates, color="555555")
        line(c, school, italic=True, after=0 if note else 3)
        if note:
            line(c, note, size=9.5, after=3)


@row("LICENCES & CERTIFICATIONS", "执照与证书")
def _(c):
    bullets(c, [
        "Licensed Electrical Worker (LEW), Electrical Technician grade – Energy Market Authority (EMA), 2021",
        "Accredited Tier Specialist (ATS) – Uptime Institute, 2023",
        "Certified Data Centre Technician Professional (CDCTP) – EPI, 2022",
        "Standard First Aid + CPR/AED – Singapore Red Cross, 2024",
    ])


@row("SKILLS", "技能")
def _(c):
    for k, v in [("BMS / EPMS: ", "Schneider EcoStruxure, Siemens Desigo CC"),
                 ("CMMS: ", "IBM Maximo"),
                 ("Test equipment: ", "insulation testers, power quality analysers, thermal cameras"),
                 ("Office: ", "Microsoft Excel, AutoCAD (basic)")]:
        kv(c, k, v)


@row("LANGUAGES", "语言")
def _(c):
    line(c, "English (fluent)  ·  华语 Mandarin (fluent, spoken and written)  ·  福建话 Hokkien (spoken)")


@row("PERSONAL PARTICULARS", "个人资料")
def _(c):
    kv(c, "Nationality: ", "Singapore Citizen")
    kv(c, "Driving licence: ", "Class 3")
    kv(c, "Notice period: ", "1 month")


@row("REFERENCES", "推荐人")
def _(c):
    line(c, "Available upon request.")


t = doc.add_table(rows=len(sections), cols=2)
t.style = "Table Grid"
for i, (en, zh, fn) in enumerate(sections):
    lc, rc = t.cell(i, 0), t.cell(i, 1)
    shade(lc, "E4ECF5")
    cell_text(lc, en, bold=True, size=9.5, color=NAVY)
    cell_text(lc, zh, bold=True, size=9.5, color=NAVY)
    fn(rc)
col_widths(t, [LEFT, RIGHT])

doc.save(out)
