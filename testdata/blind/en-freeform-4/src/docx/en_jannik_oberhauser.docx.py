import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Arial Narrow", size=10, margins_cm=1.8)
rows = []   # (label, value, kind)   kind: sec | bold | normal | lang
def S(t): rows.append((t, "", "sec"))
def R(l, v, kind="normal"): rows.append((l, v, kind))
def gap(): rows.append(("", "", "gap"))

rows.append(("Europass\nCurriculum Vitae", "", "title"))
gap()
S("Personal information")
R("First name(s) / Surname(s)", "Jannik Oberhauser", "big")
R("Address", "Schleißheimer Straße 212, 80797 München, Germany")
R("Mobile", "+49 151 5550 0142")
R("E-mail", "jannik.oberhauser@example.com")
R("Nationality", "German")
R("Date of birth", "09.04.1989")
gap()
R("Desired employment / Occupational field", "Senior Project Engineer – Bridges and Tunnels", "bold")
gap()
S("Work experience")
R("Dates", "Since 12.2020")
R("Occupation or position held", "Project Engineer, Structural Design (Bridges)", "bold")
R("Main activities and responsibilities", "Design and checking of reinforced and prestressed concrete bridges to Eurocode 2 / DIN EN 1992-2; "
  "lead engineer for the replacement of two motorway overpasses on the A9 (total EUR 34 m); coordination of "
  "two junior engineers and three CAD technicians; review of contractor method statements.")
R("Name and address of employer", "Brenner & Voss Ingenieure GmbH, Leopoldstraße 41, 80802 München")
R("Type of business or sector", "Consulting engineers – transport infrastructure")
gap()
R("Dates", "03.2018 – 11.2020")
R("Occupation or position held", "Site Engineer", "bold")
R("Main activities and responsibilities", "Site supervision for the Isar valley cut-and-cover tunnel (client: city of Munich); "
  "quantity surveying, daily site diary, concrete quality control and acceptance of formwork and reinforcement.")
R("Name and address of employer", "Alpenbau Hoch- und Tiefbau AG, Rosenheim")
R("Type of business or sector", "Construction")
gap()
R("Dates", "10.2015 – 02.2018")
R("Occupation or position held", "Graduate Engineer (Trainee programme)", "bold")
R("Main activities and responsibilities", "Rotations through tender calculation, structural design and site management.")
R("Name and address of employer", "Alpenbau Hoch- und Tiefbau AG, Rosenheim")
gap()
R("Dates", "07.2014 – 09.2014")
R("Occupation or position held", "Intern", "bold")
R("Name and address of employer", "Tragwerk Kessler Partnerschaft, Augsburg")
gap()
S("Education and training")
R("Dates", "10.2013 – 09.2015")
R("Title of qualification awarded", "Master of Science (M.Sc.) Civil Engineering", "bold")
R("Principal subjects / occupational skills covered", "Structural engineering, bridge design, tunnelling; thesis: Fatigue of prestressed concrete deck slabs (grade 1.3)")
R("Name and type of organisation providing education and training", "Technische Hochschule Isarland, Munich (university)")
R("Level in national or international classification", "EQF level 7; final grade 1.7 (good)")
gap()
R("Dates", "10.2009 – 09.2013")
R("Title of qualification awarded", "Bachelor of Engineering (B.Eng.) Civil Engineering", "bold")
R("Name and type of organisation providing education and training", "Hochschule Lechfeld, Augsburg (university of applied sciences)")
R("Level in national or international classification", "EQF level 6; final grade 2.0")
gap()
S("Personal skills and competences")
R("Mother tongue(s)", "German", "bold")
R("Other language(s)", "", "lang")
R("Technical skills and competences", "Eurocode 2 and 7, DIN-Fachbericht 102, prestressed concrete, bridge inspection to DIN 1076")
R("Computer skills and competences", "SOFiSTiK, RFEM, Allplan, AutoCAD, MS Project, Python (basic)")
R("Other skills and competences", "Volunteer firefighter, Freiwillige Feuerwehr Schwabing, since 2016 (group leader since 2021)")
R("Driving licence", "B")
gap()
S("Additional information")
R("Memberships", "Bayerische Ingenieurekammer-Bau (member no. 44812, since 2019)")
R("Certificates", "Registered as bauvorlageberechtigt (entitled to submit building applications), Bayerische Ingenieurekammer-Bau, 06.2019")
R("References", "Available on request")

t = doc.add_table(rows=0, cols=2)
no_borders(t)
for lab, val, kind in rows:
    cells = t.add_row().cells
    if kind == "title":
        first_para(cells[0], lab, size=14, align="right", color="1F3864")
        continue
    if kind == "gap":
        continue
    if kind == "sec":
        first_para(cells[0], lab, bold=True, size=11.5, align="right")
        continue
    first_para(cells[0], lab, size=9.5, align="right")
    if kind == "lang":
        inner = cells[1].add_table(rows=4, cols=6)
        borders(inner, sz=2, color="888888")
        head = ["", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"]
        data = [["English", "C1", "C1", "C1", "B2", "C1"], ["French", "B1", "B2", "A2", "A2", "A2"]]
        for j, h in enumerate(head):
            first_para(inner.rows[0].cells[j], h, size=8, bold=True)
        for j, h in enumerate(["Self-assessment", "Understanding", "", "Speaking", "", "Writing"]):
            pass
        for i, d in enumerate(data):
            for j, v in enumerate(d):
                first_para(inner.rows[i + 1].cells[j], v, size=8.5, bold=(j == 0))
        first_para(inner.rows[3].cells[0], "(*) Common European Framework of Reference (CEFR) level", size=7, italic=True)
        m = inner.rows[3].cells[0].merge(inner.rows[3].cells[5])
        continue
    first_para(cells[1], val, bold=(kind in ("bold", "big")), size=(13 if kind == "big" else 10))
col_widths(t, [5.2, 12.2])
doc.save(out_path("en_jannik_oberhauser.docx"))
