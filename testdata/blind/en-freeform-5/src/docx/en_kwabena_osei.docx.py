# "Modern" Word template: coloured full-width name banner (one shaded cell), Summary of
# Qualifications bullets, Core Competencies in a 3-column table, employers in bold caps with an
# italic one-line company description, several titles per employer with right-tab dates,
# "Key achievements:" under each role, Professional Development, Affiliations, Volunteer Experience.
import sys
from docxlib import *

d = new_doc(font="Cambria", size=10.5, margins_cm=(1.3, 1.6, 1.8, 1.8))
TEAL = "0E5C63"
band = d.add_table(rows=1, cols=1); no_borders(band); col_widths(band, [17.4])
c = band.rows[0].cells[0]; shade_cell(c, TEAL); cell_margins(c, 220, 220, 300, 300)
cell_para(c, [("KWABENA ADJEI OSEI", dict(b=True, size=24, color="FFFFFF", font="Cambria"))], after=2)
cell_para(c, [("Financial Controller  •  Chartered Accountant (ICAG)", dict(size=12, color="D8EEF0"))], after=6)
cell_para(c, [("East Legon, Accra, Ghana   |   +233 20 555 0183   |   kwabena.osei@example.com   |   linkedin.com/in/kwabena-a-osei", dict(size=9, color="FFFFFF"))], after=0)

def head(txt):
    p = para(d, [(txt, dict(b=True, color=TEAL, size=12, caps=True))], before=12, after=4)
    border(p, "bottom", TEAL, 8)

head("Summary of Qualifications")
for b in ["14 years in finance and audit, the last 8 in agro-processing and manufacturing.",
          "Leads a finance team of 23 across two countries; reports to the CEO and the Board Audit Committee.",
          "Hands-on with IFRS, Ghana Revenue Authority filings, transfer pricing and SAP S/4HANA.",
          "Raised GH₵ 180 million in working-capital facilities from three banks at below-market rates."]:
    bullet(d, [b], indent=0.6, sym="■")

head("Core Competencies")
comp = [["Financial reporting (IFRS)", "Treasury & cash management", "Budgeting & forecasting"],
        ["Tax planning & compliance", "Internal controls & audit", "ERP implementation"],
        ["Transfer pricing", "Board reporting", "Team leadership"]]
t = d.add_table(rows=3, cols=3); no_borders(t); col_widths(t, [5.8, 5.8, 5.8])
for i, row in enumerate(comp):
    for j, txt in enumerate(row):
        cell_para(t.rows[i].cells[j], ["• " + txt])

head("Professional Experience")

def employer(name, blurb):
    para(d, [(name, dict(b=True, size=11))], before=8, after=0)
    para(d, [(blurb, dict(i=True, color="555555", size=9.5))], after=3)

def role(title, dates):
    p = para(d, [(title, dict(b=True, color=TEAL)), "\t" + dates], before=3, after=1)
    tab_stop(p, 17.4, "right")

def label(txt):
    para(d, [(txt, dict(i=True, b=True))], after=1)

employer("VOLTA BASIN AGRO-PROCESSING LTD — Tema", "Cassava, shea and cashew processor; 1,400 staff; plants in Ghana and Côte d'Ivoire.")
role("Financial Controller", "10/2019 – Present")
para(d, ["Own group reporting, treasury and tax for two operating companies; team of 23."], after=1)
label("Key achievements:")
for b in ["Closed the books in 6 working days instead of 15 by redesigning the month-end calendar.",
          "Led the finance stream of the SAP S/4HANA go-live (2021) on time and 8% under budget.",
          "Negotiated a GH₵ 180m revolving facility with three banks."]:
    bullet(d, [b], indent=0.6, sym="–")
role("Finance Manager", "06/2017 – 09/2019")
para(d, ["Ran management accounts, budgeting and cost control for the Tema plant."], after=1)
label("Key achievements:")
for b in ["Built the first plant-level cost model; found GH₵ 4.2m a year of yield losses.",
          "Cleared a three-year backlog of VAT refunds worth GH₵ 11m."]:
    bullet(d, [b], indent=0.6, sym="–")

employer("ASANTEWAA & PARTNERS, CHARTERED ACCOUNTANTS — Kumasi", "Mid-tier audit, tax and advisory firm serving Ashanti-region businesses.")
role("Audit Senior", "01/2014 – 05/2017")
para(d, ["Led statutory audits of manufacturing, mining-services and NGO clients with fees up to GH₵ 600,000."], after=1)
role("Audit Associate", "08/2011 – 12/2013")
para(d, ["Fieldwork on 30+ audits a year; drafted management letters."], after=1)

head("Education")
para(d, [("Coastal Business School, Accra — ", dict(b=True)), "MBA (Finance), 2016"], after=1)
para(d, [("Ashanti Lakeside University — ", dict(b=True)), "BSc Administration (Accounting), First Class Honours, 2007–2011"], after=1)

head("Professional Qualifications")
para(d, ["Chartered Accountant — Institute of Chartered Accountants, Ghana (ICAG), admitted 2014"], after=1)
para(d, ["Certified Tax Practitioner — Chartered Institute of Taxation, Ghana, 2018"], after=1)

head("Professional Development")
for b in ["IFRS 16 and IFRS 17 update courses, ICAG (2019, 2022)", "Leading Finance Transformation, Coastal Business School executive programme (2023)"]:
    bullet(d, [b], indent=0.6, sym="■")

head("Affiliations")
para(d, ["Member, Institute of Chartered Accountants, Ghana  •  Member, Ghana Association of Treasurers"], after=1)

head("Volunteer Experience")
p = para(d, [("Honorary Treasurer", dict(b=True)), ", Osu Children's Library Fund, Accra\t2018 – present"], after=1); tab_stop(p, 17.4, "right")
para(d, ["Keep the books and prepare the annual accounts for a charity running three reading rooms."], after=1)

head("Interests")
para(d, ["Highlife music, chess, mentoring young accountants"], after=1)
para(d, [("References available on request.", dict(i=True))], before=8)
d.save(sys.argv[1])
