# Indian "BIO-DATA" for a nursing-college post, Word version of src/txt/en_anjali_kuriakose.txt:
# numbered fields in a borderless 3-column table with a photo box, bordered qualification and
# experience tables, declaration with place / date / name in brackets.
import sys
from docxlib import *

doc = new_doc(font="Liberation Serif", size=11, margins=(1.8, 1.8, 2.0, 2.0))
W = text_width(doc)

para(doc, [("BIO-DATA", {"bold": True, "size": 16, "underline": True})], align="center", after=10)
para(doc, [("Post applied for\t:\t", {"bold": True}), ("NURSING TUTOR (Medical-Surgical Nursing)", {"bold": True})],
     tabs=[(4.0,), (4.5,)])
para(doc, "\t\tRef: Advt. No. SACN/ADM/07/2025 dated 18.03.2025", tabs=[(4.0,), (4.5,)], after=8)

FIELDS = [
    ("1.", "Name in full (in CAPITALS)", ["ANJALI KURIAKOSE"]),
    ("2.", "Father's name", ["K. J. Kuriakose"]),
    ("3.", "Date of birth & age", ["12/03/1992  (33 years)"]),
    ("4.", "Sex", ["Female"]),
    ("5.", "Marital status", ["Married"]),
    ("6.", "Religion / Community", ["Christian (Syro-Malabar Catholic)"]),
    ("7.", "Nationality", ["Indian"]),
    ("8.", "Permanent address", ["Kuzhiyil House, Chengaloor P.O.,", "Thrissur Dist., Kerala - 680312"]),
    ("9.", "Address for communication", ["Same as above"]),
    ("10.", "Mobile / WhatsApp", ["+91 90000 01846"]),
    ("11.", "E-mail ID", ["anjali.kuriakose92@example.com"]),
    ("12.", "Languages known", ["Malayalam (Read/Write/Speak), English (Read/Write/Speak),",
                                "Hindi (Read/Speak), Arabic (Speak - basic)"]),
]
t = table(doc, len(FIELDS), 4, [0.9, 5.0, 0.5, 7.0], borders=False)
for i, (n, label, val) in enumerate(FIELDS):
    first_para(t.cell(i, 0), n)
    first_para(t.cell(i, 1), label)
    first_para(t.cell(i, 2), ":")
    cell_text(t.cell(i, 3), [[(v, {"bold": i == 0})] for v in val])
para(doc, "", after=4)

para(doc, [("13.\tRegistration details:", {"bold": True})], tabs=[(0.9,)], before=4)
for s in ["a)\tKerala Nurses and Midwives Council - Reg. No. KL/RN/00418/2013 (renewed 2024)",
          "b)\tSaudi Commission for Health Specialties - Classification No. 16-R-0000213 (Nurse Specialist), 2016",
          "c)\tPassed SCFHS Prometric examination - 2016 ; DataFlow verification completed 2016"]:
    para(doc, s, left=1.6, hanging=0.7, tabs=[(1.6,)])

para(doc, [("14.\tEducational qualifications:", {"bold": True})], tabs=[(0.9,)], before=6, after=4)
EDU = [
    ("Sl. No.", "Course", "Institution", "University / Board", "Year of passing", "% of marks"),
    ("1", "S.S.L.C.", "St. Mary's Girls High School, Chengaloor", "Kerala State Board", "2007", "91%"),
    ("2", "Plus Two (Science - Biology)", "Govt. Higher Secondary School, Puthukkad", "Kerala Board of Higher Secondary Educn.", "2009", "86.5%"),
    ("3", "B.Sc. Nursing", "St. Anne's College of Nursing, Thrissur", "Kerala University of Health Sciences", "2013", "71.2% (I Class)"),
    ("4", "M.Sc. Nursing (Medical-Surgical Nursing)", "Mar Baselios College of Nursing, Kothamangalam", "Kerala University of Health Sciences", "2023", "78.4% (I Class with Distinction)"),
]
t = table(doc, len(EDU), 6, [1.1, 3.4, 4.2, 3.6, 1.6, 2.5], size=4)
for r, row in enumerate(EDU):
    for c, v in enumerate(row):
        first_para(t.cell(r, c), [(v, {"bold": r == 0, "size": 10})], align="center" if c in (0, 4) else "left")
para(doc, "M.Sc. dissertation: \u201cEffectiveness of a structured teaching programme on ventilator-associated "
     "pneumonia (VAP) bundle among staff nurses in selected hospitals, Ernakulam\u201d (2023)", left=0.9, before=4)

para(doc, [("15.\tProfessional experience  ", {"bold": True}), "(Total: 7 years 11 months)"], tabs=[(0.9,)], before=8, after=4)
EXP = [
    ("Sl. No.", "Name of Institution", "Designation", "From", "To", "Period"),
    ("1", "Lourdes Matha Mission Hospital, Chalakudy", "Staff Nurse (Medical ICU)", "01.07.2013", "30.06.2016", "3 yrs"),
    ("2", "Al Rawdah Specialist Hospital, Riyadh, K.S.A.", "Staff Nurse (Cardiac Surgical ICU)", "15.08.2016", "10.09.2019", "3 yrs 1 month"),
    ("3", "St. Anne's College of Nursing, Thrissur", "Clinical Instructor", "02.06.2023", "Till date", "1 yr 10 months"),
]
t = table(doc, len(EXP), 6, [1.1, 4.9, 4.0, 2.2, 2.2, 2.0], size=4)
for r, row in enumerate(EXP):
    for c, v in enumerate(row):
        first_para(t.cell(r, c), [(v, {"bold": r == 0, "size": 10})], align="center" if c in (0, 3, 4) else "left")
para(doc, "Break in service: 10/2019 - 05/2021 (maternity and family reasons); 06/2021 - 05/2023 M.Sc. Nursing (full time)",
     left=0.9, before=4, after=4)
para(doc, [("Duties at present post:", {"italic": True})], left=0.9)
for s in ["Clinical supervision of II and III year B.Sc. Nursing students in medical and surgical wards",
          "Taking classes on Medical-Surgical Nursing, Pharmacology and Nursing Procedures",
          "Preparing clinical rotation plans, evaluation of care studies and case presentations",
          "Member, Infection Control Committee (college) and NABH documentation team of parent hospital"]:
    bullet(doc, s, left=1.6, hang=0.5, sym="-")
para(doc, [("Experience in K.S.A.:", {"italic": True})], left=0.9, before=3)
for s in ["12-bed CSICU (CABG, valve replacement, post-PCI care); JCI accredited hospital",
          "Handling of IABP, ventilators (Hamilton G5), CRRT, arterial line and central line care",
          "Preceptor for newly joined nurses (2018 - 2019)"]:
    bullet(doc, s, left=1.6, hang=0.5, sym="-")

def numbered(n, title, lines, sym="-"):
    para(doc, [(n + "\t" + title, {"bold": True})], tabs=[(0.9,)], before=6, after=2)
    for s in lines:
        if sym:
            bullet(doc, s, left=1.6, hang=0.5, sym=sym)
        else:
            para(doc, s, left=0.9)

numbered("16.", "Certificates / trainings:", [
    "BLS and ACLS Provider (American Heart Association) - valid till 02/2026",
    "Infection Prevention and Control - 5 day training, KUHS, 2024",
    "NABH Nursing Excellence awareness programme, 2023"])
numbered("17.", "Paper published:", [
    "Kuriakose A, Joseph S. Knowledge on VAP bundle among ICU nurses: a pre-experimental study. "
    "Kerala Journal of Nursing Sciences. 2023; 11(2): 41-46."], sym=None)
numbered("18.", "Paper presented:", [
    "\u201cEarly mobilisation after cardiac surgery\u201d - State level CNE, Kochi, 2022 (poster)"], sym=None)
numbered("19.", "Extra-curricular activities:", [
    "Student Nurses' Association (SNA) unit secretary, St. Anne's College of Nursing (2011 - 2012)",
    "Volunteer nurse, Santhwanam Palliative Care Unit, Chalakudy (2021 - 2022, Sundays)"])
para(doc, [("20.\tHobbies", {"bold": True}), "\t:  Reading, church choir, gardening"], tabs=[(0.9,), (4.0,)], before=6)

para(doc, [("DECLARATION", {"bold": True, "underline": True})], align="center", before=14, after=4)
para(doc, "I hereby declare that the above furnished details are true and correct to the best of my knowledge and belief.",
     first=1.2, align="justify")
para(doc, "Place : Chengaloor", before=14)
para(doc, "Date  : 05.04.2025\t(ANJALI KURIAKOSE)", tabs=[(W, "right")])

# photo box: a small bordered table placed right after the title block would push text; the
# candidate pasted it into the first-page header instead (a common trick), right-aligned.
doc.sections[0].different_first_page_header_footer = True
hdr = doc.sections[0].first_page_header
ht = table(hdr, 1, 1, [2.8], size=6, indent=W - 2.8)
first_para(ht.cell(0, 0), [("Affix", {"size": 8, "color": "888888"})], align="center", before=22)
para(ht.cell(0, 0), [("passport size", {"size": 8, "color": "888888"})], align="center")
para(ht.cell(0, 0), [("photograph", {"size": 8, "color": "888888"})], align="center", after=22)

save(doc, sys.argv[1])
