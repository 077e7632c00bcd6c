"""Australian driller's résumé: tickets & licences table (ticket / issuer / expiry), rigs-operated
equipment table, jobs as 'Title | Employer | Site' with dates below; Arial, A4."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _common import *

out = sys.argv[1]
doc = new_doc("Arial", 10, margins_cm=1.8)
W = text_width(doc)
core(doc, "Jayden Crisp - Resume", "Jayden Crisp")
ACC = "8B3A0E"


def heading(t):
    p = para(doc, t, bold=True, size=11, color="FFFFFF", before=10, after=4)
    shade_paragraph(p, ACC)


def table(header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    table_borders(t, sz=4, color="B0B0B0")
    col_widths(t, [W * w for w in widths])
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, bold=True, size=9)
        shade_cell(t.cell(0, j), "F2E3D9")
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, size=9)
    return t


para(doc, "JAYDEN CRISP", bold=True, size=20, color=ACC, after=0)
para(doc, "Diamond Driller \u2013 Surface & Underground", bold=True, size=12, after=2)
para(doc, "Cobar NSW 2835  |  0491 577 644  |  jayden.crisp@example.com.au", size=9.5, after=0)
para(doc, "Available for 2:1 or 3:1 FIFO/DIDO rosters \u2013 own vehicle, can start on two weeks' notice", size=9.5, italic=True, after=2)

heading("CAREER SUMMARY")
para(doc, "Driller with eight years on surface and underground diamond and RC rigs, from offsider to running "
     "my own rig and crew on a 12-hour day/night roster. Known for clean core, tidy sites and getting "
     "holes to depth without losing rods. Zero LTIs in my time on the tools.", after=2)

heading("EMPLOYMENT HISTORY")


def job(title, employer, site, dates, bullets):
    p = doc.add_paragraph()
    run(p, title, bold=True)
    run(p, "  |  " + employer + "  |  " + site)
    p.paragraph_format.space_before = Pt(5)
    p.paragraph_format.space_after = Pt(0)
    para(doc, dates, italic=True, color="595959", after=1)
    for b in bullets:
        bullet(doc, b, sym="\u2013")


job("Driller \u2013 Surface Diamond", "Outback Core Drilling Pty Ltd", "Cobar & Nymagee projects",
    "March 2021 \u2013 Current", [
        "Run a Sandvik DE710 on a 2-man crew; HQ and NQ holes to 1,150 m for copper-gold exploration",
        "Average 48 m per 12-hour shift in 2024, best month 1,920 m",
        "Daily plods, core orientation (Reflex ACT III) and downhole surveys; core delivered to the geo's standard",
        "Train and sign off new offsiders on rod handling, mixing and site housekeeping",
    ])
job("Offsider / Trainee Driller", "Redearth Drilling Services", "Broken Hill (NSW) & Mount Isa (QLD), FIFO",
    "June 2017 \u2013 February 2021", [
        "Offsider on Schramm T685 RC rigs, then underground on LM90 diamond rigs at Mount Isa",
        "Stepped up to trainee driller in 2019; ran night shift under supervision from 2020",
        "Sample bagging, cone splitter cleaning, rod and bit maintenance, pre-starts and JHAs",
    ])
job("Fencing Labourer", "Western Plains Fencing", "Cobar district", "2015 \u2013 2017", [
    "Stock and boundary fencing on stations; operated skid steer and post driver",
])

heading("TICKETS & LICENCES")
table(["Ticket / licence", "Issued by", "Expiry"], [
    ["HR \u2013 Heavy Rigid driver licence", "Transport for NSW", "08/2028"],
    ["General Construction Induction (White Card)", "SafeWork NSW", "\u2013"],
    ["Forklift licence (LF)", "SafeWork NSW", "05/2029"],
    ["Provide First Aid (HLTAID011)", "St John Ambulance", "03/2026"],
    ["Work Safely at Heights", "Cobar Training Co.", "\u2013"],
    ["Confined Space Entry & Gas Testing", "Cobar Training Co.", "\u2013"],
    ["Underground Mine Induction (G2)", "Redearth Drilling (Mount Isa)", "\u2013"],
], [0.52, 0.30, 0.18])
para(doc, "Pre-employment medical and D&A clear (last tested November 2024).", size=9, italic=True, before=3)

heading("RIGS OPERATED")
table(["Rig", "Type", "Where", "Years"], [
    ["Sandvik DE710", "Surface diamond", "Cobar", "2021 \u2013 now"],
    ["Boart Longyear LF90", "Surface diamond", "Nymagee", "2021 \u2013 2022"],
    ["Boart Longyear LM90", "Underground diamond", "Mount Isa", "2019 \u2013 2020"],
    ["Schramm T685", "Reverse circulation (RC)", "Broken Hill", "2017 \u2013 2019"],
], [0.30, 0.30, 0.22, 0.18])

heading("TRAINING & EDUCATION")
p = doc.add_paragraph()
right_tab(p, W)
run(p, "Certificate III in Drilling Operations (Mineral Exploration)", bold=True)
run(p, "\t2019")
para(doc, "TAFE NSW (completed while working for Redearth Drilling)", italic=True, after=3)
p = doc.add_paragraph()
right_tab(p, W)
run(p, "Record of School Achievement (RoSA), Year 10", bold=True)
run(p, "\t2014")
para(doc, "Western Plains Central School, Cobar", italic=True, after=3)

heading("REFEREES")
t = doc.add_table(rows=1, cols=2)
table_borders(t, val="none")
col_widths(t, [W / 2, W / 2])
for i, lines in enumerate([
    ["Shane Mulholland", "Drilling Supervisor, Outback Core Drilling", "(02) 5550 4471"],
    ["Kerry-Anne Doyle", "Senior Geologist, Nymagee Copper Project", "0491 570 159"],
]):
    c = t.cell(0, i)
    cell_text(c, lines[0], bold=True)
    for l in lines[1:]:
        c.add_paragraph(l).paragraph_format.space_after = Pt(0)
doc.save(out)
