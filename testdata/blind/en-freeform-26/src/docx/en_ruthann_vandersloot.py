from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font="Georgia", size=10.5, letter=True, margins=0.9)
para(d, [("Ruth Ann Vandersloot", "b")], size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(d, "Head Cheesemaker  ·  Licensed Dairy Products Processor (Oregon)", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(d, "Tillamook, OR 97141   |   (503) 555-0119   |   ruthann.v@example.com", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

def heading(t):
    p = para(d, [(t, "b C")], size=11, before=10, after=3)
    bottom_rule(p, "7F6000")

heading("About me")
para(d, "I make washed-rind and alpine-style cheeses from raw and pasteurized milk, and I have run "
        "the make room at two creameries. I care about milk quality, clean records and training people "
        "to read the curd by hand.")

heading("Work")
def job(title, where, dates, lines, summary=None):
    para(d, [(title, "b"), ("\t" + dates, "")], right_tab=True, before=5, after=0)
    para(d, [(where, "i")], after=1)
    if summary:
        para(d, summary, after=1)
    for l in lines:
        bullet(d, l)

job("Head Cheesemaker", "Nestucca Bay Creamery, Cloverdale, OR", "Apr 2019 – now   (5 yrs 10 mos)", [
    "Lead a make team of 5 on 9,000 lb of milk a day from two family herds",
    "Developed Nestucca Tomme and Bay Crottin; Nestucca Tomme took a 2nd place at the American Cheese Society judging, 2023",
    "Wrote the plant's HACCP and FSMA preventive-controls plan; zero FDA 483 observations at the 2022 inspection"],
    summary="Responsible for the whole make schedule, aging caves (4,000 wheels) and the raw-milk program.")
job("Assistant Cheesemaker", "Kilchis River Cheese Co., Tillamook, OR", "2015–2019   (4 yrs)", [
    "Cheddar and Colby vats, brining, cave turning and washing",
    "Kept pH, titratable acidity and moisture logs for every vat"])
job("Cheese Counter Lead (part-time)", "Portland Provisions Market, Portland, OR", "Summer ’14 – Dec 2014", [
    "Cut-to-order counter; trained staff on 120 cheeses"])

heading("Education & training")
para(d, [("B.S. Food Science and Technology", "b"), ("\t2010 – 2014", "")], right_tab=True, after=0)
para(d, [("Willamette Valley State University, Corvallis, OR", "i")], after=3)
para(d, [("Certificate, Farmstead Cheesemaking Short Course", "b"), ("\t2016", "")], right_tab=True, after=0)
para(d, [("Green Mountain Dairy Arts Institute, Burlington, VT", "i")], after=3)

heading("Licenses & certifications")
for l in ["Oregon Dairy Products Processor License (ODA) — renewed annually",
          "ACS Certified Cheese Professional (ACS CCP®), American Cheese Society — 2020",
          "PCQI — Preventive Controls Qualified Individual, FSPCA — 2018",
          "HACCP Certified, International HACCP Alliance — 2017"]:
    bullet(d, l)

heading("What else I bring")
para(d, [("Make room: ", "b"), ("raw-milk safety, culture selection, rind development, cave management, affinage", "")])
para(d, [("Quality: ", "b"), ("HACCP, FSMA, environmental monitoring (Listeria swabbing), SQF basics", "")])
para(d, [("Software: ", "b"), ("Excel, Google Sheets, Trace Genesis", "")])

heading("Also")
para(d, "Member, Oregon Cheese Guild (board secretary, 2021–2023). Judge at the Oregon State Fair cheese competition, 2022 and 2024.")
para(d, "Interests: goat husbandry, fly fishing, sourdough.")

save(d, out_path("en_ruthann_vandersloot.docx"))
