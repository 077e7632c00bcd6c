"""Word version of Rocco's plain-text résumé (reads src/txt/en_rocco_pietrangeli.txt).
Letter, Arial; ALL-CAPS headings with a rule; dates on a right tab stop."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from _common import *

SRC = os.path.join(os.path.dirname(__file__), "..", "txt", "en_rocco_pietrangeli.txt")
out = sys.argv[1]
lines = open(SRC, encoding="utf-8").read().splitlines()

doc = new_doc("Arial", 10, letter=True, margins_cm=1.8)
W = text_width(doc)
core(doc, "Resume - Rocco J. Pietrangeli", "Rocco Pietrangeli")

name, contact, headline = lines[0], lines[1], lines[2]
para(doc, name, bold=True, size=18, align="center", after=0)
para(doc, contact.replace("  |  ", "   |   "), size=9.5, align="center", after=0)
para(doc, headline.replace(" - ", " \u2013 "), italic=True, size=10.5, align="center", after=6)

section = None
prev_blank = True
i = 3
bullets = []


def flush_bullet():
    global bullets
    if bullets:
        bullet(doc, " ".join(bullets), indent_cm=0.6, sym="\u2022")
        bullets = []


while i < len(lines):
    l = lines[i]
    i += 1
    if not l.strip():
        flush_bullet()
        prev_blank = True
        continue
    if re.fullmatch(r"[A-Z&' ]+", l):
        flush_bullet()
        section = l
        p = para(doc, l, bold=True, size=11, before=8, after=3, color="1F3864")
        bottom_border(p, sz=8, color="1F3864")
        prev_blank = True
        continue
    if l.startswith("- "):
        flush_bullet()
        bullets = [l[2:].strip()]
        continue
    if l.startswith("  ") and bullets:
        bullets.append(l.strip())
        continue
    flush_bullet()
    if "\t" in l:
        left, right = l.split("\t", 1)
        right = right.strip("\t").replace(" - ", " \u2013 ")
        p = doc.add_paragraph()
        right_tab(p, W)
        employer = section == "EXPERIENCE" and prev_blank
        if section == "EXPERIENCE":
            run(p, left, bold=employer, italic=not employer)
        elif section.startswith("TRAINING"):
            run(p, left, bold=True)
        else:
            run(p, left)
        run(p, "\t" + right, italic=not employer)
        p.paragraph_format.space_before = Pt(4 if employer else 1)
        p.paragraph_format.space_after = Pt(1)
    elif l.startswith("  ") and section.startswith("TRAINING"):
        para(doc, l.strip(), italic=True, after=1)
    else:
        # a wrapped paragraph or a wrapped label line: join its lines
        words = [l.strip()]
        while i < len(lines) and lines[i].strip() and (
                lines[i].startswith("  ") or (section == "SUMMARY")):
            words.append(lines[i].strip())
            i += 1
        para(doc, " ".join(words), after=2)
    prev_blank = False
flush_bullet()
doc.save(out)
