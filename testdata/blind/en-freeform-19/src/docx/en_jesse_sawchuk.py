"""Word version of Jesse Sawchuk's plain-text résumé (src/txt/en_jesse_sawchuk.txt):
the same words, laid out the way he keeps it in Word (ruled headings, bold titles, a skills table)."""
import re
import sys
from _common import *

src = open("../txt/en_jesse_sawchuk.txt", encoding="utf-8").read().split("\n")
doc = new_doc(font="Arial", size=10, margins=(2.0, 2.0, 1.6, 1.6), letter=True)

# header: first two lines name + headline, then contact lines until the first heading
p = para(doc, src[0], bold=True, size=18, after=0)
para(doc, src[1], size=11.5, color="8A3B12", after=4)
i = 2
contact = []
while not (i + 1 < len(src) and re.match(r"^=+$", src[i + 1])):
    if src[i].strip():
        contact.append(src[i].strip())
    i += 1
for c in contact:
    para(doc, c, size=9.5, after=0)

section = None
buf = []


def flush_para(lines, **kw):
    if lines:
        para(doc, " ".join(l.strip() for l in lines), **kw)


while i < len(src):
    line = src[i]
    nxt = src[i + 1] if i + 1 < len(src) else ""
    if re.match(r"^=+$", nxt) and line.strip():
        section = line.strip()
        h = para(doc, section.title().replace("&", "&"), bold=True, size=11.5, color="8A3B12", before=10, after=3)
        bottom_border(h, color="8A3B12", sz=6)
        i += 2
        continue
    if re.match(r"^~+$", nxt) and line.strip():
        para(doc, line.strip(), bold=True, before=6, after=0)
        i += 2
        continue
    if section == "SKILLS" and "...." in line:
        label, rest = re.split(r"\s*\.{3,}\s*", line.strip(), maxsplit=1)
        cont = []
        while i + 1 < len(src) and src[i + 1].startswith(" " * 10):
            i += 1
            cont.append(src[i].strip())
        t = table(doc, 1, 2, widths=[Cm(3.2), Cm(14.0)])
        cell_text(t.rows[0].cells[0], label, bold=True)
        cell_text(t.rows[0].cells[1], " ".join([rest] + cont))
        i += 1
        continue
    m = re.match(r"^\s*[*-] (.*)$", line)
    if m:
        text = [m.group(1)]
        while i + 1 < len(src) and re.match(r"^ {4,}\S", src[i + 1]) and not re.match(r"^\s*[*-] ", src[i + 1]):
            i += 1
            text.append(src[i].strip())
        bullet(doc, " ".join(text))
        i += 1
        continue
    if line.strip():
        text = [line.strip()]
        while i + 1 < len(src) and src[i + 1].strip() and not re.match(r"^\s*[*-] ", src[i + 1]) \
                and not re.match(r"^[=~]+$", src[i + 2] if i + 2 < len(src) else "") \
                and (section in ("SUMMARY", "TRAINING") or src[i + 1][:1].islower()):
            i += 1
            text.append(src[i].strip())
        italic = bool(re.search(r"Ltd\. –", line))
        para(doc, " ".join(text), italic=italic, after=1)
    i += 1

core_props(doc, "Jesse Sawchuk - Resume", "Jesse Sawchuk")
doc.save(sys.argv[1])
