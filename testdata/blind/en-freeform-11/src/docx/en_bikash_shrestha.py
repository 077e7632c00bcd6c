# Consultant CV on the multilateral-bank proposal form ("FORM TECH-6"): numbered form rows in a
# bordered 2-column table (label | content), languages grid, "From: … To: …" employment record
# blocks with several positions in one cell, "Work Undertaken that Best Illustrates Capability"
# project blocks of labelled lines, certification paragraph and signature lines.
import sys
from docxlib import *

doc = new_doc(font="Liberation Sans", size=9.5, margins=(1.8, 1.8, 2.0, 2.0))
W = text_width(doc)

para(doc, [("FORM TECH-6", {"bold": True})], align="right", after=2)
para(doc, [("CURRICULUM VITAE (CV) FOR PROPOSED PROFESSIONAL STAFF", {"bold": True, "size": 12})], align="center", after=8)

L, R = 5.2, W - 5.2


def row_table():
    return table(doc, 1, 2, [L, R], size=4)


def add_row(t, label, fill, first=False):
    r = t.rows[0] if first else t.add_row()
    r.cells[0].width, r.cells[1].width = Cm(L), Cm(R)
    first_para(r.cells[0], [(label, {"bold": True})])
    shade(r.cells[0], "F2F2F2")
    fill(r.cells[1])
    return r


def lines(items, bold_first=False):
    def f(c):
        for i, it in enumerate(items):
            parts = it if isinstance(it, list) else [it]
            if i == 0:
                first_para(c, parts)
            else:
                para(c, parts)
    return f


t = row_table()
add_row(t, "1. Proposed Position:", lines([[("Senior Hydropower Engineer", {"bold": True}), " (Key Expert K-3)"]]), first=True)
add_row(t, "2. Name of Firm:", lines(["Himalayan Hydro Consult Pvt. Ltd., Kathmandu, in association with Nordfjell Engineering AS"]))
add_row(t, "3. Name of Staff:", lines([[("Er. Bikash Shrestha", {"bold": True})]]))
add_row(t, "4. Date of Birth:", lines(["14 August 1979\t\tNationality: Nepali"]))
add_row(t, "5. Contact information:", lines(["e-mail: bikash.shrestha@example.com.np",
                                              "mobile: +977 980-5550147",
                                              "address: Sanepa-2, Lalitpur, Nepal"]))
add_row(t, "6. Education:", lines([
    "M.Sc. in Hydropower Development, Trondelag Institute of Technology, Trondheim, Norway, 2008 (NORAD fellowship)",
    "B.E. (Civil), Kathmandu Valley Engineering College, Lalitpur, Nepal, 2003 \u2014 First Division"]))
add_row(t, "7. Membership of Professional Associations:", lines([
    "Nepal Engineering Council, Reg. No. 3147 'A' (Civil) \u2014 since 2004",
    "Nepal Engineers' Association (Life Member)",
    "International Hydropower Association (individual member)"]))
add_row(t, "8. Other Training:", lines([
    "Sediment Management in Hydropower Reservoirs, 2 weeks, Trondheim, 2012",
    "FIDIC Conditions of Contract (Red and Yellow Books), 5 days, Kathmandu, 2016",
    "Dam Safety Inspection, 1 week, Thimphu, 2019"]))
add_row(t, "9. Countries of Work Experience:", lines(["Nepal, Bhutan, Lao PDR, Norway"]))


def lang_grid(c):
    first_para(c, "Indicate proficiency: Excellent / Good / Fair / Poor", after=2)
    g = c.add_table(rows=5, cols=4)
    data = [("Language", "Speaking", "Reading", "Writing"),
            ("Nepali", "Native", "Native", "Native"),
            ("English", "Excellent", "Excellent", "Excellent"),
            ("Hindi", "Good", "Good", "Fair"),
            ("Newari (Nepal Bhasa)", "Native", "Fair", "Poor")]
    for i, rw in enumerate(data):
        for j, v in enumerate(rw):
            first_para(g.cell(i, j), [(v, {"bold": i == 0})])
    grid_borders(g)
    para(c, "", after=0)


add_row(t, "10. Languages:", lang_grid)


def employment(c):
    blocks = [
        ("January 2015", "Present", "Himalayan Hydro Consult Pvt. Ltd., Kathmandu",
         "Principal Hydropower Engineer (2015 \u2013 2018); Head, Hydropower Division (2019 \u2013 present)"),
        ("March 2009", "December 2014", "Sagarmatha Power Engineering Pvt. Ltd., Kathmandu",
         "Civil Engineer (2009 \u2013 2011); Senior Civil Engineer (2011 \u2013 2014)"),
        ("July 2003", "August 2006", "Bagmati Small Hydro Developers Ltd., Makwanpur", "Site Engineer"),
    ]
    for k, (f, to, emp, pos) in enumerate(blocks):
        parts = [("From: ", {"bold": True}), f + "\t", ("To: ", {"bold": True}), to]
        if k == 0:
            first_para(c, parts, tabs=[(4.0,)], before=2)
        else:
            para(c, parts, tabs=[(4.0,)], before=6)
        para(c, [("Employer: ", {"bold": True}), emp])
        para(c, [("Positions held: ", {"bold": True}), pos])
    para(c, [("(September 2006 \u2013 June 2008: full-time M.Sc. studies in Norway)", {"italic": True})], before=6)


add_row(t, "11. Employment Record:", employment)
add_row(t, "12. Detailed Tasks Assigned:", lines([
    "- Review of the feasibility study and detailed design of headworks, waterways and powerhouse civil works",
    "- Hydraulic design checks (weir, settling basin, headrace tunnel, surge shaft, penstock)",
    "- Review of contractor's construction drawings and method statements",
    "- Site supervision of tunnelling and concrete works; input to monthly progress reports"]))

PROJECTS = [
    dict(name="Lower Ghalekhola Hydroelectric Project (42 MW)", year="2019 \u2013 2023", loc="Gorkha District, Nepal",
         client="Ghalekhola Hydropower Company Ltd.",
         feat="Run-of-river scheme; 28 m high concrete diversion weir, 5.4 km headrace tunnel, surface powerhouse "
              "with 3 \u00d7 14 MW Francis units.",
         pos="Team Leader / Design Manager",
         act=["Led the detailed design of headworks and waterways with a team of 11 engineers.",
              "Prepared the tender documents (FIDIC Yellow Book) and evaluated bids.",
              "Resident reviewer of contractor's drawings during construction (2021 \u2013 2023)."]),
    dict(name="Wangdue Small Hydropower Project (18 MW)", year="2017 \u2013 2018", loc="Wangdue Phodrang, Bhutan",
         client="Punakha Valley Energy Ltd.",
         feat="Run-of-river scheme with a 2.1 km low-pressure tunnel and underground surge tank; Pelton units.",
         pos="Hydraulic Design Engineer",
         act=["Hydraulic design of the desanding basin and surge tank; transient analysis of the penstock.",
              "Prepared the sediment handling strategy for the monsoon season."]),
    dict(name="Nam Sone Hydropower Project (60 MW)", year="2013 \u2013 2014", loc="Xieng Khouang Province, Lao PDR",
         client="Lao Nordic Power Co.",
         feat="Storage scheme with a 65 m rockfill dam and 3.2 km headrace tunnel.",
         pos="Civil Engineer (tunnel design)",
         act=["Tunnel support design based on the Q-system; site visits during excavation."]),
    dict(name="Rosi Khola Small Hydropower Project (4.5 MW)", year="2004 \u2013 2006", loc="Kavre District, Nepal",
         client="Bagmati Small Hydro Developers Ltd.",
         feat="Run-of-river small hydro with a 1.2 km canal and steel penstock.",
         pos="Site Engineer",
         act=["Day-to-day supervision of civil works, quantity measurement and site records."]),
]


def projects(c):
    for k, p in enumerate(PROJECTS):
        items = [
            [("Name of assignment or project: ", {"bold": True}), p["name"]],
            [("Year: ", {"bold": True}), p["year"]],
            [("Location: ", {"bold": True}), p["loc"]],
            [("Client: ", {"bold": True}), p["client"]],
            [("Main project features: ", {"bold": True}), p["feat"]],
            [("Positions held: ", {"bold": True}), p["pos"]],
            [("Activities performed: ", {"bold": True})],
        ]
        for i, it in enumerate(items):
            if k == 0 and i == 0:
                first_para(c, it)
            else:
                para(c, it, before=8 if i == 0 else 0)
        for a in p["act"]:
            bullet(c, a, left=0.5, hang=0.35, sym="-")


add_row(t, "13. Work Undertaken that Best Illustrates Capability to Handle the Tasks Assigned:", projects)

para(doc, "", after=4)
para(doc, [("Certification:", {"bold": True})], after=2)
para(doc, "I, the undersigned, certify that to the best of my knowledge and belief, this CV correctly describes myself, "
     "my qualifications, and my experience, and I am available, as and when necessary, to undertake the assignment in "
     "case of an award. I understand that any misstatement or misrepresentation described herein may lead to my "
     "disqualification or dismissal by the Client, and/or sanctions by the Bank.", align="justify", after=10)
para(doc, "Name of Expert: Bikash Shrestha\tSignature: ____________________\tDate: 12/03/2025 (Day/Month/Year)",
     tabs=[(6.5,), (12.0,)], after=8)
para(doc, "Name of authorized Representative of the Consultant: Rajendra Maharjan\tSignature: ____________________",
     tabs=[(12.0,)])

save(doc, sys.argv[1])
