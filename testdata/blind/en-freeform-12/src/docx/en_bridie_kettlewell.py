"""Australian council job application: résumé (Part A) + key selection criteria (Part B)."""
import sys

from docxlib import (border_bottom, bullet, cell_margins, cell_text, footer_text, new_doc, page_break,
                     para, right_tab, run, shade, table)

out = sys.argv[1]
doc = new_doc(font="Liberation Sans", size=10, margins_cm=(1.8, 1.8, 2.2, 2.2))

para(doc, "APPLICATION FOR EMPLOYMENT", bold=True, size=9, color="555555", space_after=0)
para(doc, "Senior Environmental Health Officer", bold=True, size=17, space_after=0)
para(doc, "Position No. 2025/EH/014  ·  Coral Tablelands Regional Council", size=10, color="555555", space_after=6)
p = para(doc, "", space_after=10)
run(p, "Applicant: ", bold=True)
run(p, "Bridie Kettlewell")
border_bottom(p, sz=12, color="1F5F5B")

para(doc, "PART A — RÉSUMÉ", bold=True, size=11, color="1F5F5B", space_after=6)


def heading(text):
    p = para(doc, text, bold=True, size=11, space_before=8, space_after=3)
    border_bottom(p, sz=4, color="999999")
    return p


heading("1.  Personal details")
rows = [
    ("Name", "Bridie Kettlewell"),
    ("Residential address", "14 Poinciana Crescent, Kirwan QLD 4817"),
    ("Mobile", "0491 572 665"),
    ("Email", "bridie.kettlewell@example.com.au"),
    ("Driver licence", "Open C (Queensland)"),
    ("Citizenship", "Australian citizen"),
    ("Availability", "Four weeks' notice"),
]
t = table(doc, len(rows), 2, [4.6, 11.9], borders=True)
cell_margins(t)
for i, (k, v) in enumerate(rows):
    cell_text(t.cell(i, 0), k, bold=True)
    shade(t.cell(i, 0), "E6EFEE")
    cell_text(t.cell(i, 1), v)

heading("2.  Career summary")
para(doc, "Environmental Health Officer with nine years in Queensland local government, in a large regional "
          "council and as the sole EHO of a rural shire. Broad experience across food safety, public health "
          "complaints, vector control, water quality and disaster recovery, and a steady record of getting "
          "compliance through education first and enforcement when needed. Now looking to step up to a senior "
          "role that includes supervising and mentoring junior officers.", align="justify")

heading("3.  Employment history")


def job(title, dates, employer, resp, ach=None):
    p = para(doc, "", space_before=6, space_after=0)
    right_tab(p, 17.4)
    run(p, title, bold=True)
    run(p, "\t" + dates)
    para(doc, employer, italic=True, space_after=2)
    p = para(doc, "Key responsibilities:", size=9.5, space_after=1)
    p.runs[0].underline = True
    for b in resp:
        bullet(doc, b)
    if ach:
        p = para(doc, "Achievements:", size=9.5, space_after=1, space_before=2)
        p.runs[0].underline = True
        for b in ach:
            bullet(doc, b)


job("Environmental Health Officer (Level 5)", "March 2019 – current",
    "Magnetic Coast Regional Council, Townsville QLD",
    ["Inspect and assess about 420 licensed food businesses each year under the Food Act 2006, including "
     "risk-based audits of higher-risk premises.",
     "Investigate public health complaints (asbestos, pests, unsanitary premises, mosquito breeding) and "
     "prepare notices and compliance reports.",
     "Administer local laws for caravan parks, higher-risk personal appearance services and shared "
     "accommodation.",
     "Coordinate the council's dengue and mosquito control program over the wet season (Nov–Apr)."],
    ["Led the move to tablet-based inspections, cutting report turnaround from 10 working days to 2.",
     "Acted as Coordinator Environmental Health for 11 weeks in 2023 (team of 6)."])

job("Environmental Health Officer", "July 2016 – February 2019",
    "Balonne Plains Shire Council, St George QLD",
    ["Sole EHO for a shire of 4,600 people: food safety, on-site sewerage approvals, water quality "
     "monitoring and disaster recovery.",
     "Sampled town water supplies weekly and reported results under the council's Drinking Water Quality "
     "Management Plan.",
     "Public health assessments of 130 inundated homes and businesses after the 2017 flood."])

job("Food Safety Auditor (casual)", "Nov 2015 – Jun 2016",
    "Tropic Audit Services Pty Ltd, Cairns QLD",
    ["Third-party audits of food safety programs in aged-care kitchens and private hospitals."])

heading("4.  Qualifications")
quals = [
    ("Bachelor of Environmental Health (Honours)", "2012 – 2015",
     "Northern Tropics University, Townsville",
     "Honours Class I. Thesis: Mosquito breeding in domestic rainwater tanks in north Queensland."),
    ("Graduate Certificate in Public Health", "completed 2021", "Coral Sea University (online)", None),
    ("Certificate IV in Training and Assessment (TAE40116)", "2018", "Townsville Skills Institute", None),
]
for deg, dates, inst, note in quals:
    p = para(doc, "", space_before=4, space_after=0)
    right_tab(p, 17.4)
    run(p, deg, bold=True)
    run(p, "\t" + dates)
    para(doc, inst, italic=True, space_after=1)
    if note:
        para(doc, note, size=9.5, space_after=1)

heading("5.  Licences, authorisations and training")
for b in ["Authorised Person — Food Act 2006, Public Health Act 2005, Environmental Protection Act 1994 (Qld)",
          "Asbestos Awareness (10675NAT) — 2022",
          "Provide First Aid (HLTAID011) — expires 09/2026",
          "Construction induction (White Card) — 2016"]:
    bullet(doc, b)

heading("6.  Professional memberships")
bullet(doc, "Member, Environmental Health Australia (MEHA)")

heading("7.  Referees")
t = table(doc, 1, 2, [8.25, 8.25], borders=False)
refs = [("Ms Leanne Trevethan", "Coordinator Environmental Health", "Magnetic Coast Regional Council",
         "(07) 5550 4172", "l.trevethan@example.com.au"),
        ("Mr Ross Dunleavy", "Director Community Services", "Balonne Plains Shire Council",
         "(07) 5550 3981", "rdunleavy@example.com.au")]
for i, r in enumerate(refs):
    c = t.cell(0, i)
    cell_text(c, r[0], bold=True)
    for line in r[1:]:
        c.add_paragraph(line)

page_break(doc)
para(doc, "PART B — RESPONSE TO THE KEY SELECTION CRITERIA", bold=True, size=11, color="1F5F5B", space_after=6)
ksc = [
    ("KSC 1 — Tertiary qualifications in environmental health and eligibility for appointment as an "
     "authorised person under the Food Act 2006 and Public Health Act 2005.",
     ["I hold a Bachelor of Environmental Health (Honours) and a Graduate Certificate in Public Health, and "
      "have been appointed as an authorised person by two Queensland councils since 2016. My current "
      "appointments cover the Food Act 2006, Public Health Act 2005 and Environmental Protection Act 1994."]),
    ("KSC 2 — Demonstrated experience in the administration and enforcement of public health and food "
     "safety legislation.",
     ["In 2022 a takeaway outlet in Aitkenvale failed two routine inspections with serious pest activity. I "
      "issued an improvement notice, ran a follow-up visit within 48 hours and, when the work was not done, "
      "prepared the brief for a prohibition order that was upheld. The business re-opened after six weeks "
      "with a new pest contract and has scored four stars or better since.",
      "I prepare around 60 notices a year and have given evidence once in the Magistrates Court."]),
    ("KSC 3 — Well-developed communication, negotiation and conflict-resolution skills.",
     ["Much of my work is with operators who are stressed or angry. During the 2017 flood recovery at "
      "Balonne Plains I ran kerb-side sessions for residents on safe clean-up and food disposal, and "
      "negotiated with 14 businesses on staged re-opening plans so that none traded unsafely."]),
    ("KSC 4 — Ability to supervise, train and mentor staff.",
     ["While acting as coordinator in 2023 I allocated work for six officers, reviewed their notices and "
      "set up fortnightly case reviews. I hold a Certificate IV in Training and Assessment and have "
      "supervised four environmental health students on placement."]),
    ("KSC 5 — Current \u201cC\u201d class driver licence.",
     ["I hold an open C class Queensland driver licence."]),
]
for crit, paras in ksc:
    p = para(doc, crit, bold=True, italic=True, space_before=8, space_after=3)
    for t_ in paras:
        para(doc, t_, align="justify", space_after=3)

footer_text(doc, "Bridie Kettlewell  —  Application 2025/EH/014  —  Page ", size=8, page_field=True)
doc.save(out)
