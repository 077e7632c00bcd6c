"""Dale Ormesher: the steeplejack's Word version (tidied by a friend, same content)."""
import sys
from common import *

d = new_doc("Liberation Sans", 10.5)
para(d, "DALE ORMESHER", bold=True, size=18, after=0)
para(d, "Steeplejack & Lightning Protection Engineer", size=12, color="7A4A12", after=0)
para(d, "Wakefield, West Yorkshire WF1  |  mob 07700 900731  |  dale.ormesher@example.co.uk", size=9.5, color="555555")

heading(d, "About me", color="7A4A12")
para(d, "Time-served steeplejack, 12 years on spires, chimneys, mills and towers across Yorkshire and the North East. "
        "Happy on ladders, bosun's chair or rope. Looking for a supervisor's job with a firm that does its own "
        "lightning protection.")

heading(d, "Where I've worked", color="7A4A12")
tabbed(d, "Steeplejack / Lightning Protection Engineer — Calder Spire Access Ltd, Wakefield", "2019 - present", pos_cm=17)
for b in ["Inspect and test LP systems to BS EN 62305, write up the reports",
          "Lead a 3-man gang on church and mill chimney repairs",
          "Ladder-and-lash work on spires up to 60m, dropped and rebuilt pinnacles",
          "Training new lads on ladder lashing and rope rescue"]:
    bullet(d, b)
p = para(d); p.paragraph_format.space_before = __import__("docx").shared.Pt(4)
add(p, "Steeplejack", bold=True); add(p, " for 3 years from 2016 at Pennine Heights Steeplejacks (Halifax).")
for b in ["Chimney demolition by hand, stonework repointing, weathervane regilding",
          "First job as lead on a spire: St Aldric's, Ossett (2018)"]:
    bullet(d, b)
tabbed(d, "Roofer's mate — Ossett Roofing & Leadwork (lead flashings, slating)", "2015")
tabbed(d, "Labourer — Ossett Roofing & Leadwork", "2014")
tabbed(d, "Apprentice Roofer — Heath Common Roofing, Wakefield", "Sep 2012 - Jul 2014")
para(d, "Did not finish - firm closed.", italic=True)

heading(d, "Tickets", color="7A4A12")
t = d.add_table(rows=0, cols=2); no_borders(t)
for a, b in [("CSCS Blue Card (Skilled Worker)", "exp 2027"), ("IPAF 3a 3b", ""), ("PASMA Towers for Users", ""),
             ("Rescue from Height", "2023"), ("ATLAS Lightning Protection Installer course", "2020"),
             ("First Aid at Work (3 day)", "renewed 2024")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b

heading(d, "School / college", color="7A4A12")
para(d, "Horbury Bridge Academy, GCSEs 2012 (8 incl maths & english)")
para(d, "Calder Valley College - NVQ Level 2 Roofing Occupations, 2014")

heading(d, "Big jobs I'm proud of", color="7A4A12")
bullet(d, "St Aldric's Church spire, Ossett - 2018 - rebuilt top 6m of the spire, new cross and LP tape")
bullet(d, "Thornes Mill chimney, Wakefield - 2021 - took 20m off a listed chimney by hand and capped it")

heading(d, "Other", color="7A4A12")
para(d, "Driving licence (B, clean). Own van.")
para(d, "Fell running (Calderdale Way Relay), racing pigeons with my dad.")
para(d, "References - Gary Hebden, Contracts Manager, Calder Spire Access, 01632 960517")
d.save(sys.argv[1])
