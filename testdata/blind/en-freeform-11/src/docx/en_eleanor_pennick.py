# Barrister's chambers CV, London: lettered section headings ("A — PRACTICE") in spaced small
# caps, every paragraph numbered 1, 2, 3 … straight through the document (pleading style, typed
# by hand with a hanging indent), dates + TAB + "Title, Employer, City" lines, case names in
# italics with neutral citations, and the ONLY contact details in the footer part (chambers
# address, clerks' phone and e-mail, her direct e-mail) with a PAGE field.
import sys
from docxlib import *

doc = new_doc(font="Liberation Serif", size=11, margins=(2.2, 2.6, 2.5, 2.5))
W = text_width(doc)

para(doc, [("ELEANOR PENNICK", {"bold": True, "size": 20, "spacing": 3})], align="center", after=2)
para(doc, [("Barrister", {"italic": True, "size": 12}), ("  —  Call 2013 (Middle Temple)", {"size": 11})],
     align="center", after=2)
p = para(doc, [("Employment  ·  Discrimination  ·  Professional Discipline", {"smallcaps": True, "size": 11})],
         align="center", after=10)
bottom_border(p, size=8, space=6)

n = [0]


def head(letter, title):
    para(doc, [(letter + " \u2014 " + title, {"bold": True, "smallcaps": True, "spacing": 1.5, "size": 11.5})],
         before=12, after=6, keep=True)


def num(parts, tabs=None, after=5):
    n[0] += 1
    if isinstance(parts, str):
        parts = [parts]
    return para(doc, [str(n[0]) + ".\t"] + list(parts), left=1.0, hanging=1.0, tabs=tabs or [(1.0,)],
                after=after, align="justify")


def dated(years, parts):
    n[0] += 1
    if isinstance(parts, str):
        parts = [parts]
    return para(doc, [str(n[0]) + ".\t" + years + "\t"] + list(parts), left=4.0, hanging=4.0,
                tabs=[(1.0,), (4.0,)], after=4)


head("A", "PRACTICE")
num("Eleanor has a broad employment and discrimination practice, acting for claimants, respondents and "
    "regulators. She appears regularly in the Employment Tribunal and the Employment Appeal Tribunal and has "
    "particular experience of long, document-heavy whistleblowing and discrimination hearings.")
num("Alongside her employment work she prosecutes and defends before professional disciplinary panels, "
    "including the Nursing and Midwifery Council and the Solicitors Disciplinary Tribunal.")
num("She is recommended in The Legal 500 (Employment, London Bar).")

head("B", "CAREER")
dated("2015 \u2013 present", [("Tenant", {"bold": True}), ", Quillon Chambers, London"])
dated("2014 \u2013 2015", [("Pupil", {"bold": True}), ", Quillon Chambers (pupil supervisors: Adrian Fell KC; Priya Lal)"])
dated("2011 \u2013 2012", [("Paralegal", {"bold": True}), ", Employment Team, Harcastle Brierley LLP, Manchester"])
dated("2010 \u2013 2011", [("Caseworker (Employment)", {"bold": True}), ", Irwell Advice Centre, Salford"])

head("C", "APPOINTMENTS")
dated("2020 \u2013 present", "Member, Attorney General\u2019s C Panel of Junior Counsel to the Crown")
dated("2022 \u2013 present", "Legal Assessor (fee-paid), Allied Health Practitioners Council")

head("D", "NOTABLE CASES")
CASES = [
    ("Okoye v Brantwell Foods Ltd", " [2024] EAT 57 \u2014 successful appeal on the meaning of \u201cunfavourable "
     "treatment\u201d under s.15 Equality Act 2010 (led by Adrian Fell KC, for the Claimant)."),
    ("Harrow Vale Community NHS Trust v Sayers", " (ET, 2023) \u2014 twelve-day whistleblowing and race "
     "discrimination claim; all claims dismissed (unled, for the Respondent)."),
    ("R (Lindqvist) v Nursing and Midwifery Council", " [2022] EWHC 1123 (Admin) \u2014 challenge to the "
     "extension of an interim suspension order (for the NMC)."),
    ("SRA v Mallory", " (SDT, 2021) \u2014 six-day prosecution of a solicitor for dishonesty in the handling of "
     "client account; struck off."),
]
for name, rest in CASES:
    num([(name, {"italic": True}), rest])

head("E", "EDUCATION")
dated("2012 \u2013 2013", "Bar Professional Training Course, Holborn Law School \u2014 Very Competent")
dated("2011 \u2013 2012", "Graduate Diploma in Law (part-time), Northgate College of Law, Manchester \u2014 Commendation")
dated("2007 \u2013 2010", "BA (Hons) History, Castlegate University, York \u2014 2:1")

head("F", "SCHOLARSHIPS AND AWARDS")
num("Rosewell Scholarship, The Honourable Society of the Middle Temple (2012)")
num("Legal 500 \u201cRising Star\u201d (Employment, London Bar), 2022")

head("G", "PUBLICATIONS AND TALKS")
num([("\u201cReasonable adjustments after ", {}), ("Okoye", {"italic": True}),
     ("\u201d (2024) 35 Employment Law Quarterly 14.", {})])
num([("Contributor, ", {}), ("Harland on Discrimination Law", {"italic": True}),
     (" (3rd edn, Sweet & Maxwell 2022), chapter 9 (\u201cDisability: the duty to make adjustments\u201d).", {})])
num("Regular speaker at Quillon Chambers employment seminars and ELA training days.")

head("H", "MEMBERSHIPS")
num("Employment Lawyers Association; Industrial Law Society; Discrimination Law Association; "
    "Employment Law Bar Association.")

# ---- footer: the only contact details -------------------------------------------------------
ft = doc.sections[0].footer
fp = ft.paragraphs[0]
run(fp, "Quillon Chambers, 7 Harcourt Row, Temple, London EC4Y 9XX", size=8.5, color="444444")
fp.alignment = ALIGN["center"]
bottom_border(fp, size=4, space=4, side="top")
para(ft, [("Clerks: 020 7946 0312  \u00b7  clerks@quillon.example.co.uk  \u00b7  Direct: eleanor.pennick@quillon.example.co.uk",
           {"size": 8.5, "color": "444444"})], align="center", after=0)
p = para(ft, [("Page ", {"size": 8.5, "color": "444444"})], align="center")
field(p, "PAGE")

save(doc, sys.argv[1])
