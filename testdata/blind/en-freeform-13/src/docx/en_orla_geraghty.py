"""Irish humanitarian field coordinator: headings in letter-spaced caps (Word character spacing, the text
itself is not spaced), postings as `COUNTRY — Place<TAB>dates` over `Title · Organisation`, a country
list, training with years, languages with CEFR."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new_doc(font="Arial", size=10, margins=1.9)
RED = "9B2226"
RT = [(17.2, "right")]


def head(t):
    p = para(d, "", space_before=11, space_after=3)
    run(p, t, bold=True, size=10.5, color=RED, spacing=60)
    bottom_border(p, "BBBBBB", 4)


def posting(where, when, title_org, summary=None, bullets=()):
    p = para(d, "", space_before=6, space_after=0, tabs=RT)
    run(p, where, bold=True)
    run(p, "\t" + when, bold=True, color="555555")
    para(d, title_org, italic=True, space_after=2)
    if summary:
        para(d, summary, space_after=2)
    for b in bullets:
        para(d, "\u25aa  " + b, indent=0.55, first=-0.4, space_after=1)


p = para(d, "", space_after=0)
run(p, "ORLA GERAGHTY", bold=True, size=20, spacing=40)
para(d, "Humanitarian Field Coordinator | emergency nutrition & WASH", size=11, color=RED, space_after=2)
para(d, "Based in Galway, Ireland (deployable at 72 hours\u2019 notice)  |  +353 87 555 0164  |  "
        "orla.geraghty@example.ie  |  linkedin.com/in/orla-geraghty-aid", size=9, color="444444", space_after=4)

head("SUMMARY")
para(d, "Eight years with international NGOs in conflict and displacement settings, five of them in the field. "
        "I run bases: people, security, budgets and the relationships that keep programmes open. Calm under "
        "pressure, fair with staff, and stubborn about reporting on time.")

head("COUNTRY EXPERIENCE")
para(d, "Nigeria  \u00b7  South Sudan  \u00b7  Lebanon  \u00b7  Jordan (short mission)  \u00b7  Uganda (assessment, 3 weeks)")

head("FIELD POSTINGS")
posting("NIGERIA \u2014 Maiduguri, Borno State", "Jul 2023 \u2013 present",
        "Field Coordinator \u00b7 Tearmann International",
        "Lead a base of 46 national and 5 international staff running outpatient nutrition sites and a "
        "stabilisation centre for the Jere and Konduga LGAs.",
        ["Budget holder for \u20ac2.3M across ECHO and Irish Aid grants; zero ineligible costs in the 2024 audit.",
         "Chair the base security cell; negotiated access to two hard-to-reach wards with local authorities.",
         "Cut SAM treatment default rate from 14% to 6% by moving distributions closer to camps."])
posting("SOUTH SUDAN \u2014 Bentiu, Unity State", "Jan 2022 \u2013 Jun 2023",
        "Deputy Field Coordinator \u00b7 Tearmann International",
        None,
        ["Ran logistics, HR and security for a 30-staff base during the 2022 floods.",
         "Set up a KoboToolbox monitoring system for 12 nutrition sites."])
posting("LEBANON \u2014 Zahl\u00e9, Bekaa Valley", "Sep 2019 \u2013 Nov 2021",
        "WASH Project Officer \u00b7 Fu\u00e1ran Water Trust",
        None,
        ["Water trucking, latrine desludging and hygiene promotion for 38 informal tented settlements.",
         "Covid-19 response: handwashing stations and messaging in Arabic and English."])

head("HEADQUARTERS & EARLIER")
posting("IRELAND \u2014 Dublin", "2017 \u2013 2019",
        "Programme Support Officer (East Africa desk) \u00b7 Tearmann International",
        "Grant reporting and compliance for Uganda and South Sudan programmes; two field support visits.")
posting("VIETNAM \u2014 Hanoi", "2015 \u2013 2016",
        "English Teacher (TEFL) \u00b7 Bright Lotus Language Centre")

head("EDUCATION")
p = para(d, "", space_before=4, space_after=0, tabs=RT)
run(p, "MSc Humanitarian Action", bold=True)
run(p, " \u2014 Corrib University, Galway\t2016 \u2013 2017")
para(d, "Merit. Dissertation: \u201cCash or kind? Food assistance choices in protracted displacement\u201d", space_after=3)
p = para(d, "", space_before=2, space_after=0, tabs=RT)
run(p, "BA (Hons) Geography and Sociology", bold=True)
run(p, " \u2014 Shannonside University, Limerick\t2011 \u2013 2014")
para(d, "Second Class Honours, Grade 1 (2.1)", space_after=3)

head("TRAINING")
for t in ["HEAT \u2014 Hostile Environment Awareness Training, 2019 (refreshed 2023)",
          "CMAM \u2014 Community Management of Acute Malnutrition, 2022",
          "Sphere Standards (online), 2020",
          "4x4 off-road driving, 2019"]:
    para(d, "\u25aa  " + t, indent=0.55, first=-0.4, space_after=1)

head("LANGUAGES")
para(d, "English (native)  \u00b7  Irish (fluent)  \u00b7  French (B2)  \u00b7  Arabic, Levantine (basic)")

head("SKILLS")
para(d, "Programme: logframes, budget monitoring, donor reporting (ECHO, BHA, Irish Aid)")
para(d, "Tools: KoboToolbox, ODK, Power BI, Excel")

head("REFEREES")
para(d, "Two referees from Tearmann International and one from Fu\u00e1ran Water Trust \u2014 on request.")

d.save(sys.argv[1])
