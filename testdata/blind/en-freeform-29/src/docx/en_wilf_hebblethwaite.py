import sys
from common import *

d = new_doc(font="Liberation Sans", size=10)
core(d, "Wilf", "CV")
para(d, "Wilf  Hebblethwaite", bold=True, size=18, after=0)
para(d, "Dry stone waller  -  DSWA Master Craftsman", italic=True, after=0)
para(d, "Settle, North Yorkshire BD24   |  07700 900562  |  wilf.hebb@example.co.uk", after=10)

def head(t):
    para(d, t, bold=True, size=11, before=8, after=2)

head("ABOUT")
para(d, "Walling, hedge laying and stone gateposts across the Dales since 2004. I work on my own or with one "
        "trainee, price by the metre and leave a site tidy.")
head("WORK")

def year(y):
    para(d, y, bold=True, size=12, before=6, after=0)

def job(emp, title, dates):
    p = right_tab(d, d.add_paragraph())
    run(p, emp + ": ", bold=True); run(p, title); run(p, "\t" + dates, italic=True)
    p.paragraph_format.space_after = Pt(0)

year("2016")
job("Hebblethwaite Walling", "Self-employed waller", "May 2016 - now")
bullet(d, "Field walls, retaining walls and cripple holes for farms and estates between Ribblesdale and Malhamdale")
bullet(d, "Boundary restoration contracts for the Yorkshire Dales National Park Authority, about 2 km of wall a year")
bullet(d, "Take on one trainee a year through the DSWA craft skills scheme")
year("2009")
job("Ingleborough Fell Estates", "Estate waller", "01.2009 - 04.2016")
bullet(d, "Kept 60 km of intake and fell wall stock-proof on a 4,000 acre hill estate")
bullet(d, "Rebuilt the Crina Bottom sheepfold with the estate's volunteers")
job("Ribblesdale Hedgelaying Society", "Volunteer instructor", "winters, 2009-2015")
year("2004")
job("Craven Stone & Gate, Giggleswick", "Labourer, then trainee waller", "Sept 2004-Dec 2008")
bullet(d, "Gateposts, stiles and repairs; learnt walling from Jack Metcalfe and his son")

head("SKILLS  (years)")
for s in ["Dry stone walling -- 20", "Hedge laying, Yorkshire and Midland styles -- 12",
          "Stone stiles and gate stoups -- 9", "Mini digger (3 t) -- 8", "Quarry stone selection and splitting -- 15"]:
    para(d, s.replace(" -- ", " — "), after=0)

head("TICKETS, CARDS, LICENCES")
t = d.add_table(rows=0, cols=3)
for a, b, c in [("DSWA Master Craftsman certificate", "", "2015"),
                ("DSWA Advanced certificate", "", "2010"),
                ("CSCS Skilled Worker card", "no. 0000 0000", "expires 06/2027"),
                ("Lantra chainsaw maintenance & cross-cutting (CS30/31)", "cert. 000000", "expires 09/2026"),
                ("NPTC PA1/PA6 pesticides", "cert. NP000000", "(no expiry)"),
                ("Driving licence", "B, BE (trailer)", "")]:
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text = a, b, c
set_cell_border_none(t)

head("SCHOOL")
para(d, "Ribble Bank School, Settle: GCSEs (6, incl. Maths and English)  2004", after=0)
para(d, "Ingleton Rural College: NVQ Level 2 Dry Stone Walling   2006")
head("PRIZES")
para(d, "2019  Champion, open class, Malham Dale Walling Match", after=0)
para(d, "2013  Best young waller, Settle Show walling competition")
head("OUTSIDE WORK")
para(d, "Fell running, cricket for Langcliffe 2nd XI")
para(d, "References on request", italic=True, before=10)
d.save(sys.argv[1])
