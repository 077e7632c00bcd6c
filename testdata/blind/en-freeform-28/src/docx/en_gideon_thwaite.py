import sys
from common import *

d = new_doc(font="Caladea", size=10.5, a4=True, margins=2.0)
para(d, "GIDEON THWAITE", bold=True, size=20, after=0)
para(d, "Master Saddler & Qualified Saddle Fitter", italic=True, size=12, after=8)

heading(d, "About", color="5A3E1B")
para(d, "Saddler for twenty years, the last six with my own workshop on the edge of the Heath. I make and repair racing "
        "saddles, bridles and show tack, fit saddles for trainers and private owners, and train apprentices through the "
        "Society of Master Saddlers.")

heading(d, "The bench", color="5A3E1B")
tabbed(d, "Thwaite Saddlery, Newmarket – owner / master saddler", "since 03/2019")
for b in ["Bespoke racing saddles (exercise, race and lightweight), bridlework, repairs.",
          "Saddle fitting for 9 training yards on the Bury Road and Hamilton Road.",
          "Took on and trained 2 apprentices (one now qualified)."]:
    bullet(d, b)
tabbed(d, "Heathside Racing Saddlery Ltd, Newmarket – Saddler", "2012 – 2019")
for b in ["Race saddles and exercise saddles for the Newmarket yards; repair counter.",
          "Promoted to workshop foreman in 2016 (4 staff)."]:
    bullet(d, b)
tabbed(d, "Walsall Leather Works, Walsall – Apprentice Saddler", "Sept 2005 – Jul 2012")
bullet(d, "Bench apprenticeship: bridles, headcollars, then saddle trees and panels.")

heading(d, "Learnt at", color="5A3E1B")
tabbed(d, "Saltwell College of Saddlery", "2005 – 2008")
para(d, "City & Guilds Level 3 Diploma in Saddlery (Work-based)")
tabbed(d, "Fordham Road Community School", "1999 – 2005")
para(d, "GCSEs x 8, incl. Maths, English, D&T (A)")

heading(d, "Papers", color="5A3E1B")
for b in ["SMS Master Saddler (Society of Master Saddlers), 2014", "SMS Qualified Saddle Fitter, 2011",
          "SMS Qualified Bridle Maker, 2009", "First Aid at Work, St John Ambulance, 2023"]:
    bullet(d, b)

heading(d, "Prizes", color="5A3E1B")
for b in ["Best Racing Saddle, Society of Master Saddlers National Saddlery Competition 2017",
          "Runner-up, Bridlework class, National Saddlery Competition 2013"]:
    bullet(d, b)

heading(d, "Machines & materials", color="5A3E1B")
para(d, "Adler 205 and Pfaff 335 sewing machines, hand stitching (8 to the inch), English bridle leather, synthetic race "
        "saddles, flocking and wool panels, Prolite and gel pads.")

heading(d, "Other things", color="5A3E1B")
para(d, "Ride out for a local yard on Saturdays. Volunteer with Racing Welfare's Newmarket open day since 2018 "
        "(leatherwork demos). Clean driving licence (B + BE).")
para(d, "References on request.", italic=True, before=6)

footer_text(d, ["Tel. 01632 960582   ·   Mob. 07700 900563   ·   E. gideon@thwaitesaddlery.example",
                "Unit 4, Exning Road Yard, Newmarket, Suffolk CB8"])
d.save(sys.argv[1])
