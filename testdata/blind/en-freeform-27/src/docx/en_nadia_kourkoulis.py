import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from common import *
OUT = sys.argv[1]
d = new_doc(font="Carlito", size=10.5, margins=1.9, letter=True)
para(d, "Nadia Kourkoulis", size=24, color="7A2E4D", after=0)
para(d, "Senior Perfumer — fine fragrance & personal care", size=12, color="555555", after=2)
para(d, "Teaneck, NJ 07666   ·   (201) 555-0194   ·   nadia.kourkoulis@example.com   ·   linkedin.com/in/nadiakourkoulis", size=9, after=10)

def head(t):
    p = para(d, t.upper(), bold=True, size=10, color="7A2E4D", before=10, after=3); bottom_border(p, "C9A2B4")

head("Summary")
para(d, "Perfumer with eleven years of creation for prestige and masstige brands. Trained in Grasse, I build fragrances from "
        "brief to launch, work closely with evaluators and regulatory, and like the challenge of a tight cost and an IFRA-compliant formula.")

head("Experience")
def job(line, dates, bullets):
    p = para(d, "", before=6, after=1); right_tab(p, 17.8)
    run(p, line, bold=True); run(p, "\t" + dates, color="555555")
    for b in bullets: bullet(d, b)
job("Senior Perfumer at Palisade Fragrance House, Teaneck NJ", "09/19 – present", [
    "Lead perfumer on 14 launched fine fragrances and 30+ personal-care fragrances.",
    "Won 38% of competitive briefs entered in 2023–2024 (team average 22%).",
    "Mentor two junior perfumers; run the monthly raw-material olfaction class."])
job("Perfumer at Palisade Fragrance House, Teaneck NJ", "06/16 – 08/19", [
    "Personal-care and home fragrances for mass brands; reformulated 60 legacy formulas for IFRA 49th Amendment."])
job("Junior Perfumer at Maison Aubrac Arômes, Grasse, France", "10/13 – 05/16", [
    "Accords and modifications for the fine-fragrance team; natural-extract evaluation at harvest."])

head("Selected launches")
t = d.add_table(rows=1, cols=4); t.style = "Light List Accent 1"
for i, h in enumerate(["Year", "Fragrance", "Brand", "Category"]):
    t.rows[0].cells[i].text = h
for row in [("2024", "Salt Orchard", "Linden & Vane", "Eau de parfum"),
            ("2022", "Night Fig", "Corsaire Beauty", "Eau de toilette"),
            ("2021", "Pure Cotton Cloud", "Hollis Home", "Candle and diffuser")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v

head("Education")
def edu(lines):
    p = para(d, "", before=5, after=0); right_tab(p, 17.8)
    run(p, lines[0][0], bold=True); run(p, "\t" + lines[0][1])
    for l in lines[1:]: para(d, l, after=0)
edu([("Diploma in Perfumery", "2011 – 2013"), "École de Parfumerie de la Siagne, Grasse, France", "Ranked 2nd of 12"])
edu([("B.S. Chemistry", "2007 – 2011"), "Hudson Valley University, New Paltz, NY", "GPA 3.84 / 4.0, summa cum laude",
     "Minor: French", "Senior thesis: Headspace analysis of night-blooming jasmine"])

head("Patents")
bullet(d, "Kourkoulis N., Brandt P. Fragrance composition with reduced allergen load. US Patent Application 17/000,418, filed 2022 (pending).")

head("Skills")
for lab, items in [("Creation", "fine fragrance, personal care, home care, accords, naturals"),
                   ("Technical", "GC-MS interpretation, IFRA standards, SAP formula management, cost modelling"),
                   ("Languages", "English (native), Greek (fluent), French (fluent)")]:
    p = para(d, "", after=1); run(p, lab + ": ", bold=True); run(p, items)

head("Memberships")
para(d, "American Society of Perfumers · Society of Cosmetic Chemists")
d.save(OUT)
