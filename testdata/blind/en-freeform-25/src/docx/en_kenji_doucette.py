"""Kenji Doucette -- strength & conditioning coach, Victoria BC. Functional résumé (Letter):
skill groups with accomplishments first, a short Employment list at the end."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

d = new_doc(font="Carlito", size=10.5, page="Letter", margins=(1.9, 1.9, 1.8, 1.8))
core(d, "Kenji Doucette - Resume", "Kenji Doucette")

p = para(d, space_after=0)
run(p, "KENJI DOUCETTE", bold=True, size=20, color="1B3A5C")
run(p, ", CSCS", size=14, color="1B3A5C")
para(d, "Strength & Conditioning Coach", size=13, color="4A6A8A", space_after=2)
p = para(d, "Victoria, BC  •  250-555-0148  •  kenji.doucette@example.ca  •  ", size=9.5, space_after=8)
hyperlink(p, "https://kdstrength.example", "kdstrength.example", color="1B3A5C", underline=False)
border(p, "bottom", sz=12, color="1B3A5C", space=4)


def heading(text):
    p = para(d, space_before=9, space_after=3)
    run(p, text.upper(), bold=True, size=11, color="1B3A5C")
    return p


heading("Profile")
para(d, "Strength and conditioning coach with eight years in university and academy sport, mostly rugby, "
        "rowing and soccer. I build training around testing data, keep it simple enough for a "
        "17-year-old to follow, and work closely with physiotherapists on return to play.")

heading("Skills & Accomplishments")
groups = [
    ("Athlete Assessment & Monitoring", [
        "Set up a twice-yearly testing battery (countermovement jump, isometric mid-thigh pull, 1.2 km shuttle) for 60 academy athletes.",
        "Introduced daily wellness questionnaires and session-RPE load tracking; coaches now adjust the week from a one-page report.",
    ]),
    ("Program Design & Periodization", [
        "Write individual off-season, pre-season and in-season blocks for squads of up to 45 athletes.",
        "Academy athletes improved mean relative squat strength from 1.4 to 1.8 × body mass over two seasons.",
    ]),
    ("Injury Prevention & Return to Play", [
        "Run hamstring and groin screening with the physiotherapy team; soft-tissue injuries fell by a third in 2023–24.",
        "Design the gym phase of return-to-play plans for ACL and shoulder reconstructions.",
    ]),
    ("Coaching & Leadership", [
        "Supervise two assistant coaches and four kinesiology practicum students each year.",
        "Deliver nutrition and sleep workshops to athletes and parents with the academy's dietitian.",
    ]),
]
for name, items in groups:
    p = para(d, space_before=4, space_after=1)
    run(p, name, bold=True, italic=True)
    for it in items:
        bullet(d, it)

heading("Tools & Technology")
para(d, "VALD ForceDecks, NordBord, GymAware, Catapult GPS, TeamBuildr, Excel")

heading("Certifications")
for lead, rest in [
    ("Certified Strength and Conditioning Specialist (CSCS)", ", National Strength and Conditioning Association, 2018"),
    ("CSEP Certified Personal Trainer (CSEP-CPT)", ", Canadian Society for Exercise Physiology, 2016"),
    ("NCCP Rugby – Competition Introduction (Trained)", ", Coaching Association of Canada, 2020"),
    ("Standard First Aid & CPR-C", ", Canadian Red Cross, expires 03/2026"),
]:
    p = para(d, style="List Bullet")
    run(p, lead, bold=True)
    run(p, rest)

heading("Education")
p = para(d, space_after=0)
run(p, "Bachelor of Science in Kinesiology", bold=True)
run(p, ", Cordova Bay University, Victoria, BC\t2012 – 2016")
right_tab(p, 17.8)
para(d, "Exercise Science stream; varsity rower (2013 – 2016)", italic=True, size=10)

heading("Employment")
for title, emp, dates in [
    ("Head Strength & Conditioning Coach", "Pacific Tideline Rugby Academy, Victoria, BC", "09/2021 – Present"),
    ("Strength & Conditioning Coach (part-time)", "Cordova Bay University Athletics, Victoria, BC", "01/2019 – 08/2021"),
    ("Personal Trainer", "Harbourview Athletic Club, Victoria, BC", "05/2016 – 12/2018"),
    ("Lifeguard & Swim Instructor", "Goldstream Aquatic Centre, Langford, BC", "Summers 2012 – 2015"),
]:
    p = para(d, space_after=1)
    run(p, title, bold=True)
    run(p, " — " + emp + "\t")
    run(p, dates)
    right_tab(p, 17.8)

para(d, "References available upon request.", italic=True, space_before=8)
d.save(sys.argv[1])
