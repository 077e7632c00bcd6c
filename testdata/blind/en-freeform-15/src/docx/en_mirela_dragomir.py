"""en_mirela_dragomir.docx: UK occupational therapist. The whole CV below the name is ONE
bordered two-column table; every section heading is a merged, shaded full-width row."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

out = sys.argv[1] if len(sys.argv) > 1 else "."
d = new_doc("Liberation Sans", 10, 1.8)
para(d, "Mirela Dragomir", bold=True, size=20, align="center", space_after=0)
para(d, "Occupational Therapist  (HCPC registered)", size=11, align="center", space_after=0)
para(d, "Leeds LS6  |  07700 900184  |  mirela.dragomir@example.co.uk", size=9.5, align="center", space_after=8)

t = d.add_table(rows=0, cols=2)
t.style = "Table Grid"


def heading(text):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[1])
    shade(c, "D9E2F3")
    p = first_para(c)
    run(p, text, bold=True, size=10.5)


def merged(text):
    r = t.add_row()
    c = r.cells[0].merge(r.cells[1])
    run(first_para(c), text)
    return c


def row(left, right_lines):
    r = t.add_row()
    run(first_para(r.cells[0]), left)
    c = r.cells[1]
    first = True
    for kind, text in right_lines:
        p = first_para(c) if first else None
        first = False
        if kind == "b":
            if p is not None:
                run(p, text, bold=True)
            else:
                para(c, text, bold=True)
        elif kind == "i":
            para(c, text, italic=True) if p is None else run(p, text, italic=True)
        elif kind == "-":
            bullet(c, text, glyph="\u2013")
        else:
            para(c, text) if p is None else run(p, text)
    return r


heading("PERSONAL STATEMENT")
merged("Occupational therapist with five years in NHS acute and community settings, now specialising in "
       "stroke rehabilitation. I enjoy goal setting with patients and families and getting people home safely "
       "with the right equipment and support.")

heading("PROFESSIONAL REGISTRATION")
row("Sep 2020", [("t", "Health and Care Professions Council, Occupational Therapist, registration no. OT71234")])
row("", [("t", "Member of the Royal College of Occupational Therapists (RCOT)")])

heading("EMPLOYMENT")
row("Apr 2023 \u2013 present", [
    ("b", "Specialist Occupational Therapist (Band 6)"),
    ("i", "Aire Valley Community Health NHS Trust, Leeds \u2013 Stroke Rehabilitation Unit"),
    ("t", "24-bed inpatient unit; I carry a caseload of 8\u201310 patients and supervise one Band 5 and two students."),
    ("-", "Introduced a kitchen-assessment pathway that cut discharge delays for equipment by about a week"),
    ("-", "Upper-limb group twice weekly, using GRASP and mirror therapy"),
    ("-", "Home visits and access visits with the community team"),
])
row("Oct 2020 \u2013 Mar 2023", [
    ("b", "Rotational Occupational Therapist (Band 5)"),
    ("i", "Calderbrook Teaching Hospitals NHS Foundation Trust, Halifax"),
    ("-", "Acute medicine (Oct 20 \u2013 May 21): frailty assessments, discharge planning"),
    ("-", "Orthopaedics & trauma (Jun 21 \u2013 Jan 22): hip precautions, equipment provision"),
    ("-", "Community neuro (Feb 22 \u2013 Mar 23): MS and Parkinson\u2019s caseload, fatigue management"),
])
row("Jul 2017 \u2013 Aug 2020", [
    ("b", "Healthcare Assistant (bank)"),
    ("i", "Calderbrook Teaching Hospitals NHS Foundation Trust"),
    ("t", "Weekend and holiday shifts on elderly care wards while studying."),
])

heading("EDUCATION")
row("2017 \u2013 2020", [
    ("b", "BSc (Hons) Occupational Therapy \u2013 First Class"),
    ("i", "Pennine Hallam University, Huddersfield"),
    ("t", "Dissertation: Return to driving after stroke: what occupational therapists ask"),
    ("t", "Practice placements:"),
    ("-", "Placement 1 (6 weeks) \u2013 older adults\u2019 inpatient mental health"),
    ("-", "Placement 2 (8 weeks) \u2013 hand therapy outpatients"),
    ("-", "Placement 3 (10 weeks) \u2013 social services reablement team"),
])
row("2012 \u2013 2016", [
    ("b", "Diploma de Bacalaureat"),
    ("i", "Liceul Teoretic nr. 4, Ia\u0219i, Romania"),
])

heading("COURSES")
row("2022", [("t", "Bobath Introductory Course, Leeds Neuro Learning Centre")])
row("2021", [("t", "Sensory Integration Level 1, online")])

heading("SKILLS")
row("Assessments", [("t", "AMPS, MoCA, COPM, Barthel Index")])
row("IT", [("t", "SystmOne, RiO, MS Office")])
row("Other", [("t", "Full UK driving licence")])

heading("LANGUAGES")
merged("Romanian (native)  \u2022  English (fluent)  \u2022  Italian (basic)")

heading("REFERENCES")
merged("Available on request.")

set_widths(t, [3.6, 13.8])
d.save(os.path.join(out, "en_mirela_dragomir.docx"))
