"""Mitchell Coughlan -- senior mine surveyor, FIFO ex Perth. Each job is a two-row Word table
(header row: title | employer & site | dates; second row merged: roster line and bullets);
tickets as a grid with expiry dates."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

d = new_doc(font="Carlito", size=10, margins=(1.5, 1.5, 1.5, 1.5))
core(d, "Mitchell Coughlan CV", "Mitchell Coughlan")
ACC = "7A3E12"

p = para(d, space_after=0)
run(p, "Mitchell Coughlan", bold=True, size=22, color=ACC)
para(d, "Senior Mine Surveyor  |  FIFO ex Perth", size=12.5, bold=True, space_after=2)
para(d, "Baldivis WA 6171   |   0491 570 158   |   m.coughlan@example.com.au", size=9.5, space_after=6)


def heading(text):
    p = para(d, space_before=8, space_after=4)
    run(p, text.upper(), bold=True, size=11, color=ACC)
    border(p, "bottom", sz=8, color=ACC)


heading("Career Summary")
para(d, "Mine surveyor with ten years in Western Australia, eight of them FIFO on open pit and underground "
        "gold and iron ore operations. Currently senior surveyor on an 8/6 roster, running a team of three "
        "and responsible for statutory plans, reconciliations and drone survey. Holder of the WA Mine "
        "Surveyor's Certificate of Competency.")

heading("Employment History")


def job(title, employer, dates, roster, bullets):
    t = d.add_table(rows=2, cols=3)
    cell_borders(t, sz=4, color="B08060")
    widths(t, [4.6, 9.4, 4.0])
    cell_text(t.cell(0, 0), title, bold=True)
    cell_text(t.cell(0, 1), employer)
    cell_text(t.cell(0, 2), dates, align="right", bold=True)
    for j in range(3):
        shade(t.cell(0, j), "F3E9DF")
    m = t.cell(1, 0).merge(t.cell(1, 2))
    pr = m.paragraphs[0]
    run(pr, "Roster: ", bold=True, size=9.5)
    run(pr, roster, size=9.5, italic=True)
    for b in bullets:
        bullet(m, b)
    para(d, space_after=4)


job("Senior Mine Surveyor",
    "Goldfields Ridge Mining Pty Ltd – Yarri Downs Gold Operation (open pit & underground), Eastern Goldfields",
    "Feb 2021 – Present", "8/6 FIFO ex Perth",
    ["Lead a team of two surveyors and a survey technician across two open pits and a decline.",
     "Produce statutory mine plans and abandonment plans; month-end volumes and stockpile reconciliations for the mining contractor.",
     "Introduced drone LiDAR pickups of pit walls and stockpiles, replacing most GNSS rover work and saving about 30 field hours a month.",
     "Set out underground development, rises and drill positions; check-surveyed 2.4 km of decline development."])
job("Mine Surveyor",
    "Ironbark Mining Services (contract) – Marra Creek Iron Ore Mine, Pilbara",
    "Mar 2017 – Jan 2021", "2:1 (14/7) FIFO ex Perth",
    ["Pit design set-out, blast hole pickups and toe/crest updates for a 60 Mtpa operation with 14 rigs.",
     "Weekly dig-line and grade-block set-out for the load and haul fleet; end-of-month volumes for contractor invoicing.",
     "Trained graduate surveyors on Maptek I-Site scanning and Vulcan triangulation clean-up."])
job("Graduate Surveyor",
    "Coastline Survey Group, Mandurah WA",
    "Jan 2015 – Feb 2017", "Monday to Friday, residential",
    ["Feature and level surveys, subdivision set-out and construction control for civil contractors."])
job("Vacation Survey Assistant",
    "Pindan Land Surveys, Broome WA",
    "Dec 2013 – Feb 2014", "Summer vacation work",
    ["Chainman on cadastral and topographic surveys in the Kimberley."])

heading("Education")
p = para(d, space_after=0)
run(p, "Bachelor of Science (Surveying)", bold=True)
run(p, " – Swan Coast University of Technology, Perth\t2011 – 2014")
right_tab(p, 18.0)
para(d, "Final-year project: Accuracy of UAV photogrammetry for open-pit stockpile volumes", italic=True, space_after=4)

heading("Tickets & Licences")
rows = [("Ticket / licence", "Issued by", "Number", "Expiry"),
        ("WA Mine Surveyor's Certificate of Competency", "DMIRS", "MS 0000", "No expiry"),
        ("Remote Pilot Licence (RePL), multirotor < 25 kg", "CASA", "ARN 0000000", "No expiry"),
        ("Provide First Aid (HLTAID011)", "St John WA", "—", "03/2026"),
        ("Work Safely at Heights (RIIWHS204E)", "Mining Skills WA", "—", "09/2026"),
        ("Enter and Work in Confined Spaces (RIIWHS202E)", "Mining Skills WA", "—", "09/2026"),
        ("National Police Certificate", "WA Police", "—", "05/2026"),
        ("Driver Licence – Class C (manual)", "Department of Transport WA", "—", "11/2029")]
t = d.add_table(rows=len(rows), cols=4)
cell_borders(t, sz=4, color="B08060")
widths(t, [8.0, 4.6, 2.8, 2.6])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
        if i == 0:
            shade(t.cell(i, j), "F3E9DF")

heading("Software & Equipment")
p = para(d, space_after=1)
run(p, "Software: ", bold=True)
run(p, "Deswik.CAD, Maptek Vulcan, Maptek PointStudio, Trimble Business Center, 12d Model, AutoCAD Civil 3D")
p = para(d, space_after=1)
run(p, "Equipment: ", bold=True)
run(p, "Leica TS16 and MS60 total stations, Trimble R12 GNSS, Maptek SR3 laser scanner, DJI Matrice 300 RTK with Zenmuse L1")

heading("Referees")
para(d, "Darren Petricevic, Registered Manager, Yarri Downs Gold Operation – 0491 570 159", space_after=1)
para(d, "Kylie Brennan, Chief Surveyor, Ironbark Mining Services – 0491 570 110")
d.save(sys.argv[1])
