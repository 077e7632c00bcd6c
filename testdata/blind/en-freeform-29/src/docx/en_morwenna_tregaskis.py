"""Sailmaker: the look of a Google Docs 'Serif' résumé template downloaded as .docx
(name in big Playfair Display, contact line under it, coloured headings, right-tab dates)."""
import sys
from common import *

ACC = "A61C4A"
d = new_doc(font="Merriweather", size=9.5, a4=False, margins=2.2)
core(d, "", "Morwenna Tregaskis - CV")
para(d, "Morwenna Tregaskis", size=28, font="Playfair Display", after=0)
para(d, "12 Medina Terrace, Cowes, Isle of Wight PO31 · 07700 900734 · morwenna.t@example.co.uk",
     size=8.5, color="666666", after=2)
para(d, "Sailmaker — racing and classic yacht sails", italic=True, size=10, after=10)

def head(t):
    para(d, t.upper(), bold=True, size=9, color=ACC, font="Open Sans", before=12, after=4)

def job(title, where, dates):
    p = right_tab(d, d.add_paragraph())
    run(p, title, bold=True); run(p, f" ({where})"); run(p, "\t" + dates, size=8.5, color="666666")
    p.paragraph_format.space_after = Pt(1)

head("Profile")
para(d, "Sailmaker trained in Falmouth and Denmark, now running the loft at Quayhead Sails. I build and repair "
        "sails from 14 ft dinghies to 90 ft gaff schooners and look after the loft's racing customers through Cowes Week.")

head("Experience")
job("Loft Manager", "Quayhead Sails, Cowes", "Mar 2018 – present")
para(d, "A loft of nine making about 300 new sails a year.", after=1)
bullet(d, "Plan the floor, nesting and Zünd cutting for every job")
bullet(d, "Brought in a repair booking system that cut turnaround in Cowes Week from five days to two")
bullet(d, "Train the loft's two apprentices")
job("Sailmaker", "Quayhead Sails, Cowes", "Apr 2014 – Feb 2018")
bullet(d, "Hand finishing of classic cotton-look Dacron sails; rigging work on the Solent classics fleet")
job("Sailmaker", "Søndergaard Sejl, Svendborg, Denmark", "2013 (3 months)")
bullet(d, "Hand-sewn tanbark sails for Baltic trading ketches")
job("Apprentice Sailmaker", "Penrose Sailmakers, Falmouth", "Sep 2010 – Mar 2014")

head("Education")
p = right_tab(d, d.add_paragraph())
run(p, "Carrick Marine College, Falmouth", bold=True); run(p, " — Advanced Apprenticeship in Sailmaking (Level 3)")
run(p, "\t2010 – 2013", size=8.5, color="666666")
para(d, "Day release alongside the apprenticeship at Penrose Sailmakers.", italic=True, after=4)
p = right_tab(d, d.add_paragraph())
run(p, "Penryn Sixth Form", bold=True); run(p, " — A levels: Design & Technology (B), Mathematics (C), Physics (C)")
run(p, "\t2008 – 2010", size=8.5, color="666666")

head("Skills")
para(d, "Sail design: SMAR Azure, loft plotter nesting", after=0)
para(d, "Materials: Dacron, laminates, Vectran, tanbark canvas", after=0)
para(d, "Hand work: roping, hand-sewn rings, leatherwork, splicing")

head("Certificates")
para(d, "RYA Day Skipper (2016) · RYA Powerboat Level 2 (2015) · First Aid at Work (2023)")

head("Languages")
para(d, "Danish (basic), Cornish (conversational)")

head("Interests")
para(d, "Cornish pilot gig rowing, dinghy racing (RS200), sea swimming")
d.save(sys.argv[1])
