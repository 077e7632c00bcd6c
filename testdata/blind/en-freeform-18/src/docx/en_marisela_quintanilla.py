"""US medical coder, the Word original of the ATS plain-text export in src/txt/: Letter size,
centred header, caps headings with a rule, job title bold / employer / dates, Core Skills as a
two-column borderless table."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
src = os.path.join(os.path.dirname(__file__), "..", "txt", "en_marisela_quintanilla.txt")
lines = open(src, encoding="utf-8").read().split("\n")

doc = new_doc(font="Cambria", size=10.5, margins_cm=(1.8, 1.8, 2.0, 2.0), a4=False)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, lines[0], bold=True, size=17, color="17365D")
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(p, lines[1], size=9.5)

HEADS = {"PROFESSIONAL SUMMARY", "CORE SKILLS", "CERTIFICATIONS", "PROFESSIONAL EXPERIENCE", "EDUCATION",
         "ADDITIONAL INFORMATION"}
section = None
block = []  # lines of the current blank-separated block


def flush():
    global block
    if not block:
        return
    if section == "CORE SKILLS":
        items = [x.strip() for x in block[0].split(";")]
        half = (len(items) + 1) // 2
        t = doc.add_table(rows=half, cols=2)
        no_borders(t)
        for i, it in enumerate(items):
            c = t.cell(i % half, i // half)
            c.paragraphs[0].text = ""
            run(c.paragraphs[0], "▪ " + it, size=10)
    elif section in ("PROFESSIONAL EXPERIENCE", "EDUCATION"):
        p = doc.add_paragraph(); space(p, before=6, after=0)
        run(p, block[0], bold=True)
        p = doc.add_paragraph(); right_tab(p, 17.6); space(p, after=1)
        run(p, block[1], italic=True)
        run(p, "\t" + block[2], size=9.5)
        for b in block[3:]:
            bullet(doc, b[2:])
    elif section == "CERTIFICATIONS":
        for b in block:
            bullet(doc, b)
    else:
        for b in block:
            doc.add_paragraph(b)
    block = []


for ln in lines[3:]:
    if ln in HEADS:
        flush()
        section = ln
        p = doc.add_paragraph(); space(p, before=10, after=3)
        run(p, ln, bold=True, size=11, color="17365D")
        bottom_border(p, "17365D", 6)
    elif ln.strip() == "":
        flush()
    else:
        block.append(ln)
flush()
doc.save(out)
