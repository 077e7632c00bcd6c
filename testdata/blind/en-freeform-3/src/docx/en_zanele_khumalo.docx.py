"""Zanele Khumalo -- Cape Town brand designer. One-row, two-cell table: a shaded LEFT sidebar
(contact, skills, tools, languages, referees) and the main column (name, profile, experience...)."""
import sys
from docxlib import *

doc = new_doc(font="Century Gothic", size=9.5, margins=(1.2, 1.2, 1.2, 1.2))
core(doc, title="Zanele Khumalo CV", author="Zanele Khumalo")

t = table(doc, 1, 2, [5.9, 12.7])
side, main = t.rows[0].cells
shade(side, "2E3B37")
W = "FFFFFF"
ACC = "E0A458"


def sh(cell, text, first=False):
    f = first_para if first else para
    f(cell, [(text, {"b": True, "color": ACC, "size": 10.5})], before=10, after=3)


def sp(cell, runs, after=1):
    if isinstance(runs, str):
        runs = [(runs, {"color": W})]
    return para(cell, runs, after=after)


sh(side, "CONTACT", first=True)
sp(side, "+27 (0)21 555 0139")
sp(side, "zanele.khumalo@example.com")
sp(side, "zanelekhumalo.example.org")
sp(side, "behance.net/zanelek_design")
sp(side, "Observatory, Cape Town")

sh(side, "WHAT I DO")
for s in ["Brand identity systems", "Packaging design", "Art direction", "Editorial & layout",
          "Illustration", "Motion (basic)"]:
    sp(side, "– " + s, after=0)

sh(side, "TOOLS")
for s in ["Adobe Illustrator", "Adobe InDesign", "Photoshop", "After Effects", "Figma", "Procreate"]:
    sp(side, "– " + s, after=0)

sh(side, "LANGUAGES")
sp(side, "isiZulu – mother tongue", after=0)
sp(side, "English – fluent", after=0)
sp(side, "isiXhosa – good", after=0)
sp(side, "Afrikaans – basic", after=0)

sh(side, "REFERENCES")
sp(side, [("Lindani Mahlangu", {"b": True, "color": W})], after=0)
sp(side, "Creative Director, Fynbos & Salt Studio", after=0)
sp(side, "+27 (0)21 555 0171", after=4)
sp(side, [("Ruth van Wyk", {"b": True, "color": W})], after=0)
sp(side, "Design Lead, Thirteen Hands Agency", after=0)
sp(side, "+27 (0)31 555 0122", after=0)

# main column
first_para(main, [("Zanele Khumalo", {"b": True, "size": 24, "color": "2E3B37"})], after=0)
para(main, [("Brand & Visual Designer", {"size": 13, "color": ACC})], after=8)

para(main, [("PROFILE", {"b": True, "color": "2E3B37", "size": 11})], after=2)
para(main, "I build brand identities that still work when they are printed on a spaza-shop poster and shrunk to a "
           "favicon. Eight years across studios and agencies in Durban and Cape Town, mostly food, retail and "
           "non-profit clients.", after=8)


def job(title, org, meta, bullets):
    para(main, [(title, {"b": True}), " — " + org], after=0)
    para(main, [(meta, {"i": True, "color": "6B6B6B"})], after=1)
    for b in bullets:
        para(main, "• " + b, after=0, indent=0.35, first=-0.35)
    para(main, "", after=2)


para(main, [("EXPERIENCE", {"b": True, "color": "2E3B37", "size": 11})], after=2)
job("Senior Designer", "Fynbos & Salt Studio", "Cape Town | Feb 2020 – present",
    ["Lead designer on 14 identity projects, from strategy workshop to brand guidelines",
     "Redesigned the packaging range for a craft coffee roaster (38 SKUs); sales up 22% in the first year",
     "Mentor two junior designers and run the studio's monthly type crit"])
job("Designer", "Thirteen Hands Agency", "Durban | 2016–19",
    ["Retail campaigns for a regional supermarket group: in-store, print and social",
     "Designed the agency's own rebrand and website"])
job("Freelance designer", "self-employed", "Durban | 2015 – 2016",
    ["Logos, menus and signage for small businesses in Durban and Pietermaritzburg"])

para(main, [("EDUCATION", {"b": True, "color": "2E3B37", "size": 11})], after=2)
para(main, [("BA in Visual Communication Design", {"b": True})], after=0)
para(main, [("Table Bay School of Design, Cape Town | 2012 – 2014", {"i": True, "color": "6B6B6B"})], after=0)
para(main, "Graduated cum laude; final-year project on township signwriting traditions.", after=8)

para(main, [("AWARDS", {"b": True, "color": "2E3B37", "size": 11})], after=2)
para(main, "2022  Kaapstad Design Awards – Bronze, Packaging (Rooibos Lane Coffee range)", after=0)
para(main, "2019  Durban Creative Week – Young Designer of the Year, shortlist", after=8)

para(main, [("VOLUNTEERING", {"b": True, "color": "2E3B37", "size": 11})], after=2)
para(main, [("Design mentor", {"b": True}), ", Ikhaya Youth Arts Project, Khayelitsha (2021 – present)"], after=0)
para(main, "Saturday portfolio classes for high-school learners applying to design schools.", after=0)

doc.save(sys.argv[1])
