import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from common import *
OUT = sys.argv[1]
d = new_doc(font="Caladea", size=10.5, margins=2.0)
para(d, "ISLA GRANT", bold=True, size=20, color="5A3A1A", after=0)
para(d, "Head Distiller · Malt Whisky", italic=True, size=12, after=2)
para(d, "Dufftown, Moray AB55 4ZX  |  07700 900538  |  isla.grant@example.co.uk  |  linkedin.com/in/isla-grant-distiller", size=9.5, after=8)

def head(t):
    p = para(d, t, bold=True, size=11.5, color="5A3A1A", before=8, after=3); bottom_border(p, "5A3A1A")

head("Profile")
para(d, "Fourteen years on Speyside, from the mash house to head distiller. I run a 2.4 million LPA malt distillery with a "
        "team of nine and care most about new-make character, a safe process and excise records the HMRC officer never has to query.")

head("Where I have worked")
def job(title, dates, bullets):
    p = para(d, "", before=5, after=1); right_tab(p, 17.0)
    run(p, title, bold=True); run(p, "\t" + dates, italic=True)
    for b in bullets: bullet(d, b)

job("Head Distiller, Glenmarnoch Distillery (Dufftown)", "2019 to date", [
    "Own production of 2.4m LPA a year from two wash stills and two spirit stills; team of 9 operators on a 24/5 rota.",
    "Lengthened fermentation from 56 to 72 hours for the heavier house style; new-make panel scores up 11%.",
    "Led the 2023 conversion of No. 1 wash still from direct fire to steam coils, on time and with no lost production week.",
    "Keep the spirit receiver, filling and warehouse records for HMRC excise returns; two clean audits."])
job("Assistant Distiller, Glenmarnoch Distillery (Dufftown)", "Sep '16 – Aug '19", [
    "Ran the night shift, made the middle cut calls and trained four new stillmen.",
    "Wrote the standard operating procedures for the mill, mash tun and washbacks."])
job("Volunteer team member, Moray Hill Rescue Team (Dufftown)", "2014 to date", [
    "Callout rota, casualty care and search management; about 25 callouts a year."])
job("Stillman, Auchbreck Distillery (Aberlour)", "Mar '13 – Aug '16", [
    "Operated a four-still house on the Siemens PCS7 control system; cask filling and dispatch."])
job("Mashman & Tun Room Operator, Auchbreck Distillery (Aberlour)", "Jun '10 – Feb '13", [
    "Milling, mashing and fermentation on a 5-tonne semi-lauter tun; yeast pitching and gravity checks."])

head("Education")
p = para(d, "", before=4, after=0); right_tab(p, 17.0)
run(p, "MSc Brewing and Distilling", bold=True); run(p, "\t2009 – 2010", italic=True)
para(d, "Strathdee University, Edinburgh", after=0)
para(d, "Distinction", after=0)
para(d, "Dissertation: Lactic bacteria in long malt whisky fermentations", italic=True)
p = para(d, "", before=4, after=0); right_tab(p, 17.0)
run(p, "BSc (Hons) Biochemistry", bold=True); run(p, "\t2005 – 2009", italic=True)
para(d, "Northmuir University, Aberdeen", after=0)
para(d, "Upper Second Class (2:1)")

head("Qualifications")
for b in ["General Certificate in Distilling, Institute of Brewing & Distilling (2011)",
          "Diploma in Distilling, Institute of Brewing & Distilling (2015)",
          "IOSH Managing Safely (2020)",
          "Counterbalance forklift licence"]:
    bullet(d, b)

head("Awards")
for b in ["Gold Medal, IWSC 2022 – Glenmarnoch 12 Year Old",
          "Silver Medal, IWSC 2019 – Glenmarnoch Cask Strength Batch 3"]:
    bullet(d, b)

head("What I know")
for lab, items in [("Process", "mashing, fermentation, distillation cut points, cask filling, new-make sensory"),
                   ("Systems", "Siemens PCS7, SAP PM, Excel"),
                   ("Compliance", "HMRC excise warehousing, COSHH, DSEAR")]:
    p = para(d, "", after=1); run(p, lab + ": ", bold=True); run(p, items)

head("Outside work")
para(d, "Hill running, and second fiddle in the Dufftown Strathspey & Reel Society.")
para(d, "References on request.", italic=True, before=6)
d.save(OUT)
