"""Irish new-graduate Registered Psychiatric Nurse, Cork: registration, placements table, referees."""
import sys
from _common import *

doc = new_doc(font="Calibri", size=10.5, margins=(1.9, 1.9, 1.5, 1.5))
W = text_width(doc)
ACC = "2E5E6E"

p = para(doc, "", align="center", after=0)
run(p, "Clodagh McInerney", bold=True, size=20, color=ACC)
run(p, "  RPN", size=12, color=ACC)
para(doc, "Registered Psychiatric Nurse", size=12, align="center", after=2)
para(doc, "14 Glenmore Park, Ballincollig, Co. Cork P31 X2K8   •   087 555 0147   •   clodagh.mcinerney@example.ie",
     size=9, align="center", after=8)


def heading(text):
    p = para(doc, text.upper(), bold=True, size=11, color=ACC, before=8, after=3)
    bottom_border(p, color=ACC, sz=6)
    return p


heading("Profile")
para(doc, "Newly registered psychiatric nurse with a 36-week internship on an acute admissions unit and three "
          "years as a healthcare assistant in residential care. Calm under pressure, confident with de-escalation "
          "and with recovery-focused care planning, and keen to build my career in adult acute and "
          "community mental health services in the Cork area.", after=2)

heading("Registration")
p = para(doc, "", after=1)
run(p, "Nursing and Midwifery Board of Ireland (NMBI)", bold=True)
run(p, " – Registered Psychiatric Nurse (RPN), PIN 842517. First registered October 2024.")
p = para(doc, "Garda vetted through the HSE (2024).", after=1)

heading("Employment")
tab = W
p = para(doc, "", after=0)
right_tab(p, tab)
run(p, "Staff Nurse (RPN)", bold=True)
run(p, "\tNov 2024 – present")
para(doc, "Acute Admissions Unit, St. Gobnait's Approved Centre, Cork", italic=True, after=2)
for b in [
    "Named nurse for up to six service users on a 32-bed adult acute unit; admission assessments, risk "
    "assessments and recovery care plans.",
    "Administer and monitor medication including depot injections and clozapine; physical health checks "
    "using the Lester tool.",
    "Take part in daily multidisciplinary huddles and family meetings; supervise student nurses on placement.",
]:
    bullet(doc, b)

p = para(doc, "", after=0, before=4)
right_tab(p, tab)
run(p, "Healthcare Assistant (part-time)", bold=True)
run(p, "\tJune 2021 – Aug 2024")
para(doc, "Caremount Nursing Home, Ballincollig", italic=True, after=2)
for b in [
    "Personal care for residents with dementia on a 24-bed unit, weekends and college holidays.",
    "Completed care records on the Epicare system and helped with the activities programme.",
]:
    bullet(doc, b)

heading("Clinical Placements")
para(doc, "Completed as part of the B.Sc. (Hons) Psychiatric Nursing, Lee Valley University.", italic=True,
     size=9.5, after=3)
rows = [
    ("Dates", "Placement area", "Service", "Weeks"),
    ("Jan – Oct 2024", "Internship – Adult Acute Mental Health", "St. Gobnait's Approved Centre, Cork", "36"),
    ("Sep – Oct 2023", "Child & Adolescent Mental Health (CAMHS)", "Lee Road CAMHS Team, Cork", "6"),
    ("Feb – Apr 2023", "Psychiatry of Later Life", "Shandon Community Hospital, Cork", "8"),
    ("May – June 2022", "Community Mental Health", "Blackpool Day Hospital, Cork", "6"),
    ("Jan – Feb 2022", "Intellectual Disability", "Ardfallen Residential Services, Mallow", "4"),
]
t = table(doc, len(rows), 4, widths=[Cm(3.0), Cm(6.6), Cm(6.0), Cm(1.6)], borders=True)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.rows[i].cells[j]
        cell_text(c, v, bold=(i == 0), size=9.5, align="center" if j == 3 else None)
        if i == 0:
            shade_cell(c, "DCE8EC")

heading("Education")
p = para(doc, "", after=0)
right_tab(p, tab)
run(p, "B.Sc. (Hons) Psychiatric Nursing", bold=True)
run(p, "\t2020 – 2024")
para(doc, "Lee Valley University, Cork – Second Class Honours, Grade 1 (2.1)", after=1)
para(doc, "Final-year project: Nurse-led physical health monitoring for people taking clozapine – a literature review",
     size=9.5, after=4)
p = para(doc, "", after=0)
right_tab(p, tab)
run(p, "Leaving Certificate", bold=True)
run(p, "\t2020")
para(doc, "Coláiste an Ghleanna, Ballincollig – 531 points", after=2)

heading("Training")
for b in [
    "Basic Life Support for Healthcare Providers – Irish Heart Foundation, 2024",
    "Therapeutic Management of Aggression and Violence (TMAV) – HSE, 2023",
    "Safe Administration of Medication – HSeLanD, 2024",
    "Children First e-learning – Tusla, 2022",
]:
    bullet(doc, b)

heading("Languages & Interests")
para(doc, "English (native); Irish (Leaving Certificate, Higher Level).", after=1)
para(doc, "Sea swimming, camogie, and volunteering on the youth advisory panel of the Lee Youth Mental Health Forum since 2022.", after=2)

heading("Referees")
t = table(doc, 1, 2, widths=[W / 2, W / 2])
for c, lines in zip(t.rows[0].cells, [
    ["Ms Siobhán Kearney", "CNM2, Acute Admissions Unit", "St. Gobnait's Approved Centre, Cork", "021 555 0163",
     "s.kearney@example.ie"],
    ["Mr Declan Furlong", "Lecturer in Mental Health Nursing", "Lee Valley University, Cork", "021 555 0188",
     "declan.furlong@lvu.example"],
]):
    cell_text(c, lines[0], bold=True)
    for l in lines[1:]:
        para(c, l, size=9.5, after=0)

core_props(doc, "CV – Clodagh McInerney", "Clodagh McInerney")
doc.save(sys.argv[1])
