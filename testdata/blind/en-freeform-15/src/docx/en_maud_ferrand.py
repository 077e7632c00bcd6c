"""en_maud_ferrand.docx: Montreal pastry chef. Headings are bold Title Case with a trailing colon;
employer on a bold line, each brigade post below it with its dates at the end in parentheses;
bullets with a small square glyph typed as text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

out = sys.argv[1] if len(sys.argv) > 1 else "."
d = new_doc("Carlito", 11, 2.2)
para(d, "Maud Ferrand", bold=True, size=22, space_after=0)
para(d, "Pastry Chef \u00b7 Chef p\u00e2tissi\u00e8re", italic=True, size=12, space_after=2)
para(d, "Montr\u00e9al (Plateau)  \u00b7  514 555 0176  \u00b7  maud.ferrand@example.ca  \u00b7  instagram.com/maud.patisse",
     size=9.5, color="555555", space_after=10)


def heading(text):
    p = para(d, text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(10)
    bottom_rule(p, 4, "999999")


def employer(text):
    p = para(d, text, bold=True)
    p.paragraph_format.space_before = Pt(6)


def post(title, dates):
    p = para(d)
    p.paragraph_format.left_indent = Cm(0.4)
    run(p, title, italic=True)
    run(p, "  (" + dates + ")")


def sq(text):
    bullet(d, text, glyph="\u25aa", indent_cm=1.0)


heading("Profile:")
para(d, "Pastry chef with ten years in hotel and restaurant kitchens in Montr\u00e9al and Paris. Laminated doughs, "
        "plated desserts for tasting menus, wedding cakes for 250. I run a clean, calm section and write recipes in grams.")

heading("Experience:")
employer("H\u00f4tel Beaumanoir, Vieux-Montr\u00e9al")
post("Sous-chef p\u00e2tissi\u00e8re", "Mar 2021 \u2013 present")
sq("Second to the executive pastry chef; run the pastry kitchen (5 cooks) on her days off")
sq("Breakfast viennoiserie for 180 rooms, banquet desserts up to 400 covers")
sq("Rewrote the allergen sheets and the costing for every plated dessert")
post("Chef de partie, p\u00e2tisserie", "2019 \u2013 Feb 2021")
sq("Plated desserts for the restaurant and afternoon tea; ordering for the section")
employer("Bistro Ardoise, Mile End")
post("Demi-chef de partie", "2017 to 2019")
post("Commis p\u00e2tissi\u00e8re", "2015 to 2017")
employer("Maison Verlaine, Paris")
post("Stagiaire", "Summer 2014")
sq("Tarts and entremets for the shop; tempering by hand")

heading("Education:")
para(d, "DEP P\u00e2tisserie (1,350 hrs) \u2014 Centre de formation professionnelle Laurentide, Montr\u00e9al, 2013\u20132014")

heading("Certificates:")
para(d, "MAPAQ Food Handler Manager certificate, 2019")
para(d, "WHMIS 2015")

heading("Languages:")
para(d, "French (mother tongue), English (fluent), Spanish (kitchen Spanish)")

heading("Interests:")
para(d, "Sourdough, cycling, the Atwater market on Saturday mornings")
d.save(os.path.join(out, "en_maud_ferrand.docx"))
