"""Liam Costigan -- Melbourne sous chef, written in Google Docs (Title / Subtitle / Heading 1 / Heading 2
styles, Arial, bullets) and downloaded twice: as .docx (this script) and as plain text
(File > Download > Plain text). With a second argument ending in .txt the script writes that
plain-text export instead: UTF-8 with a BOM, CRLF line ends, `* ` bullets, as Google Docs does."""
import sys
from docxlib import *

CONTENT = [
    ("title", "Liam Costigan"),
    ("subtitle", "Sous Chef · modern Australian, wood-fired · Melbourne"),
    ("p", "Brunswick East VIC 3057 · 0491 570 118 · liam.costigan@example.com · Instagram: @liam.cooks.fire"),
    ("h1", "About me"),
    ("p", "Sous chef with ten years in kitchens from a Geelong pub to a hatted South Yarra dining room. I run a "
          "clean, calm pass, I cost every dish, and I like training apprentices. Looking for a head chef or "
          "senior sous role in a produce-driven kitchen."),
    ("h1", "Kitchen experience"),
    ("h2", "Bluestone Dining Room — Fitzroy, VIC"),
    ("p", "Sous Chef · March 2022 – present"),
    ("li", "Run the kitchen on the head chef's days off: 14 chefs, 120–160 covers a night, wood oven and charcoal grill"),
    ("li", "Rewrote all recipe costings in a shared sheet; food cost down from 34% to 29% in six months"),
    ("li", "Set up the in-house dry-ageing program (whole lamb and beef ribs)"),
    ("h2", "Ember & Vine — South Yarra, VIC"),
    ("p", "Junior Sous Chef · 2020–22"),
    ("li", "Part of the opening team; ran the grill section through lockdown takeaway and the reopening"),
    ("p", "Chef de Partie (larder, then grill) · 2018–20"),
    ("li", "Built the larder section's prep lists and ordering pars"),
    ("h2", "The Wharfside Hotel — Geelong, VIC"),
    ("p", "Apprentice Cook, then Commis Chef · Jan 2014 – Nov 2017"),
    ("li", "Four-year apprenticeship in a 200-seat pub and function kitchen"),
    ("h1", "Qualifications"),
    ("li", "Certificate IV in Kitchen Management (SIT40521) — Yarra Hospitality Institute, 2019"),
    ("li", "Certificate III in Commercial Cookery (SIT30816) — Corio Bay Institute of TAFE, 2017"),
    ("h1", "Certificates & licences"),
    ("li", "Food Safety Supervisor (SITXFSA005, SITXFSA006), 2023"),
    ("li", "Responsible Service of Alcohol (RSA), Victoria, 2022"),
    ("li", "Allergen awareness – All About Allergens, 2023"),
    ("h1", "Skills"),
    ("li", "Cooking: wood-fired and charcoal cooking, whole-animal butchery, dry-ageing, fermentation, pastry basics"),
    ("li", "Kitchen management: costing, menu engineering, rostering, ordering, HACCP"),
    ("li", "Systems: Deputy, Apicbase, Lightspeed POS, Google Sheets"),
    ("h1", "Awards"),
    ("li", "Young Chef of the Year – runner-up, Geelong Regional Food Awards, 2017"),
    ("h1", "Referees"),
    ("li", "Maria Kostadinova, Head Chef, Bluestone Dining Room – (03) 5550 0131"),
    ("li", "Tom Hennessy, Executive Chef, Ember & Vine – (03) 5550 0164"),
]


def write_docx(path):
    doc = new_doc(font="Arial", size=11, margins=(2.54, 2.54, 2.54, 2.54), page="A4")
    heading_style_font(doc, "Title", "Arial", 26, color="000000", bold=False, after=3)
    heading_style_font(doc, "Subtitle", "Arial", 15, color="666666", bold=False, after=12)
    heading_style_font(doc, "Heading 1", "Arial", 16, color="000000", bold=False, before=16, after=4)
    heading_style_font(doc, "Heading 2", "Arial", 13, color="000000", bold=False, before=12, after=4)
    core(doc, title="Liam Costigan - Resume", author="")
    # Google Docs's title style has a bottom border in the template; docx Title too -- drop it
    for kind, text in CONTENT:
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
            pbdr = p.style.element.find(qn("w:pPr"))
            if pbdr is not None and pbdr.find(qn("w:pBdr")) is not None:
                pbdr.remove(pbdr.find(qn("w:pBdr")))
        elif kind == "subtitle":
            doc.add_paragraph(text, style="Subtitle")
        elif kind == "h1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(text, style="Heading 2")
        elif kind == "p":
            para(doc, text, after=4)
        elif kind == "li":
            bullet(doc, text, after=0)
    doc.save(path)


def write_txt(path):
    lines = []
    for kind, text in CONTENT:
        if kind == "li":
            lines.append("* " + text)
        else:
            lines.append(text)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    out = sys.argv[1]
    if out.endswith(".txt"):
        write_txt(out)
    else:
        write_docx(out)
