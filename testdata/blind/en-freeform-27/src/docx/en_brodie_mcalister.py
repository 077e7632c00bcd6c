import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from common import *
from docx.shared import Cm, Pt
OUT = sys.argv[1]
d = new_doc(font="Liberation Sans", size=10, margins=1.8)
para(d, "BRODIE McALISTER", bold=True, size=18, after=0)
para(d, "Commercial Glazier & Leading Hand", size=11.5, color="1F6F8B", after=2)
para(d, "Corrimal NSW 2518   |   0491 570 156   |   brodie.mcalister@example.com.au", size=9, after=8)

def head(t):
    p = para(d, t, bold=True, size=11, color="1F6F8B", before=10, after=3); bottom_border(p, "1F6F8B")

def rows(items, left=3.6):
    t = d.add_table(rows=0, cols=2); no_borders(t)
    for dates, title, sub, bullets in items:
        c = t.add_row().cells
        c[0].width = Cm(left); c[1].width = Cm(17.4 - left)
        c[0].paragraphs[0].add_run(dates).bold = True
        p = c[1].paragraphs[0]; run(p, title, bold=True)
        if sub:
            c[1].add_paragraph().add_run(sub).italic = True
        for b in bullets:
            q = c[1].add_paragraph(style="List Bullet"); q.add_run(b)
    return t

head("About me")
para(d, "Glazier with ten years on commercial sites around the Illawarra and southern Sydney: curtain wall, shopfronts, "
        "frameless showers and balustrades. I run a crew of four, read the shop drawings, and get the glass in safely the first time.")

head("Work history")
rows([
 ("Feb 2020 – present", "Leading Hand Glazier, Escarpment Glass & Aluminium (Unanderra)", None,
  ["Run a crew of 3–4 on commercial fit-outs and mid-rise curtain wall (up to 9 storeys).",
   "Set out and install unitised and stick-built façades; EWP and crane lifts with the dogman.",
   "Site lead on the Wollongong Health Precinct façade package, 2,400 m² of glazing."]),
 ("Jan–Jun 2019", "Glazier (contract), Harbourline Façades (Alexandria)", "6-month contract on the Green Square apartments job",
  ["Installed 600+ sliding doors and window suites; QA sign-off per floor."]),
 ("2014 – 2018", "Apprentice, then Glazier, Coastal Glass Co. (Fairy Meadow)", None,
  ["Residential and shopfront work: measure, cut, install; frameless showers and pool fencing.",
   "Finished apprenticeship in 2017 and stayed on as a tradesman."]),
 ("2012 – 2014", "Storeman / yard hand (casual), Illawarra Timber & Hardware (Dapto)", None, []),
])

head("Training")
rows([
 ("2014 – 2017", "Certificate III in Glass and Glazing", "TAFE NSW, Wollongong", []),
 ("2013", "Higher School Certificate", "Towradgi Ridge High School", []),
])

head("Tickets & licences")
for b in ["General construction induction (White Card)", "EWP licence (boom over 11 m, WP)", "Working at Heights, renewed 2024",
          "Forklift licence (LF)", "First Aid HLTAID011, expires 03/2026", "NSW driver licence (C), own ute"]:
    bullet(d, b)

head("Skills")
para(d, "Curtain wall and shopfront install · frameless glass and balustrade · reading shop drawings · silicone and "
        "weather seals · hand and power tools · suction lifters and glazing robots")

head("Volunteering")
para(d, "Surf lifesaver (patrol member), Bellambi Surf Life Saving Club — 2015 to date")

head("Referees")
rows([
 ("", "Tony Marchetti — Site Manager, Escarpment Glass & Aluminium", "0491 570 118", []),
 ("", "Kerrie Doolan — Director, Coastal Glass Co.", "0491 570 143", []),
])
d.save(OUT)
