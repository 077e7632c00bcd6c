from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font="Arial", size=10, letter=False, margins=0.75)
para(d, [("EWAN MACRITCHIE", "b")], size=18, after=0)
para(d, "Railway Signaller (Grade 8) | Signalling Operations Trainer", size=11, after=2)
para(d, "Culloden Road, Inverness IV2 7QP  ·  07700 900815  ·  ewan.macritchie@example.co.uk", after=6)

def heading(t):
    p = para(d, [(t, "b c:1F3864")], size=11.5, before=8, after=3)
    bottom_rule(p, "1F3864")

heading("PERSONAL STATEMENT")
para(d, "Fourteen years in signal boxes and a signalling centre on the Highland and Far North lines: "
        "single-line token working, radio electronic token block, level crossings and engineering "
        "possessions. Now training new signallers. Safety-critical, calm on disrupted days, "
        "and happy on nights.")

heading("EMPLOYMENT")
para(d, [("Caledonian Rail Infrastructure", "b"), ("  —  Inverness  —  2011 – present (13 yrs 8 mos)", "")], after=2)
for title, dates, lines in [
    ("Signalling Operations Trainer", "09.2021 – present (3 yrs 5 mos)", [
        "Deliver the 12-week initial signaller course at the Inverness training centre, 6–8 trainees a cohort",
        "Assess competence of 40 signallers across the route under the Competence Management System",
        "Rewrote the RETB simulator exercises after the 2022 timetable change"]),
    ("Signaller, Grade 8 — Inverness Signalling Centre", "06.2019 – 08.2021 (2 yrs 3 mos)", [
        "Worked the Far North RETB panel and the Inverness area panel",
        "Shift pattern: 3 × 12 h days, 3 × 12 h nights, 6 off; covered rest-day working"]),
    ("Signaller, Grade 5 — Dingwall and Lairg signal boxes", "03.2014 – 05.2019 (5 yrs 3 mos)", [
        "Single-line token working and manually controlled barrier level crossings",
        "Relief signaller across six boxes"]),
    ("Crossing Keeper / Trainee Signaller", "10.2011 – 02.2014 (2 yrs 5 mos)", [
        "Passed the signaller course first time in 2013"]),
]:
    para(d, [(title, "b"), ("\t" + dates, "i")], right_tab=True, before=4, after=1)
    for l in lines:
        bullet(d, l)

para(d, [("Highland Fuel Services Ltd", "b"), ("  —  Tanker Loader (shifts)", ""), ("\t04.2008 – 09.2011", "i")], right_tab=True, before=8, after=1)
bullet(d, "Loaded road tankers at the Inverness harbour depot; COMAH site inductions")

heading("QUALIFICATIONS & COMPETENCES")
for l in [
    "Signaller competence: RETB, Track Circuit Block, Absolute Block, Tokenless Block — current",
    "PTS (Personal Track Safety) — renewed 2024",
    "Level 3 Award in Education and Training — 2021",
    "SVQ Level 3 Rail Transport Operations (Signal Operations) — 2015",
    "Highers: English (B), Mathematics (B), Geography (A) — Millburn Brae Academy, Inverness, 2008",
]:
    bullet(d, l)

heading("SKILLS")
para(d, [("Operational: ", "b"), ("Rule Book and Sectional Appendix, possession management, level crossing risk, train-crew and control liaison", "")])
para(d, [("Training: ", "b"), ("course design, simulator assessment, coaching, mentoring new starters", "")])
para(d, [("IT: ", "b"), ("RETB panel software, TRUST, Microsoft 365", "")])

heading("OTHER")
para(d, "Languages: English, Scottish Gaelic (conversational)")
para(d, "Volunteer: Highland Railway Heritage Trust — guide at the Dingwall station museum, weekends since 2016")
para(d, "Full UK driving licence. References on request.")

save(d, out_path("en_ewan_macritchie.docx"))
