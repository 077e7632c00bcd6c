#!/usr/bin/python3
"""Writes en_olivia_grant.html, a Canva-like "publish as website / download HTML" export: one fixed-size
page, every text line an absolutely positioned box (left/top in px, some rotated), headings upper-cased by
CSS (the source keeps mixed case), boxes in creation (z) order rather than reading order. Run once by hand;
the .html is the source of the set (build.sh does not run this)."""
import html, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
boxes = []  # (left, top, cls, text)
def add(x, y, cls, t): boxes.append((x, y, cls, t))
def para(x, y, cls, lines, lh=17):
    for i, l in enumerate(lines): add(x, y + i * lh, cls, l)
# creation order: background shapes, right column experience items first, then headings, then left column
para(300, 330, "b", ["Senior Designer", "Juniper & Oak Studio · Portland, OR"], 16)
add(640, 330, "d", "2020 — Present")
para(300, 366, "t", ["• Lead packaging and identity projects for 14 food & beverage clients",
                     "• Redesigned the Cascade Cider range; retail sell-through up 22% in year one",
                     "• Mentor two junior designers and run the studio's print-production checks"])
para(300, 440, "b", ["Graphic Designer", "Rosebay Creative Co. · Seattle, WA"], 16)
add(640, 440, "d", "2017 — 2020")
para(300, 476, "t", ["• Designed campaign assets, menus and signage for hospitality brands",
                     "• Built the agency's first brand-guidelines template in Figma"])
para(300, 532, "b", ["Design Intern", "Fernhill Press · Portland, OR"], 16)
add(640, 532, "d", "Summer 2016")
add(300, 290, "h", "Experience")
add(300, 150, "h", "Profile")
para(300, 182, "t", ["Brand and packaging designer with seven years of agency experience.",
                     "I turn messy briefs into clear systems — from logo and type to dielines",
                     "and shelf tests — and I like being on press checks as much as in Figma."])
add(300, 600, "h", "Selected clients")
add(300, 632, "t", "Cascade Cider · Little Alder Bakery · Tidewater Coffee · Nook Hotels")
add(300, 690, "h", "Awards")
para(300, 722, "t", ["2023  Pentawards Bronze — Food category (Cascade Cider)",
                     "2021  Portland Design Week — Best Packaging"])
# left column
add(40, 260, "hw", "Contact")
para(40, 292, "tw", ["olivia.grant@example.com", "(503) 555-0187", "Portland, OR", "oliviagrant.example.com", "behance.net/oliviagrant-design"])
add(40, 420, "hw", "Skills")
para(40, 452, "tw", ["Brand identity", "Packaging & dielines", "Typography", "Art direction", "Print production"])
add(40, 560, "hw", "Tools")
para(40, 592, "tw", ["Adobe Illustrator", "Adobe InDesign", "Photoshop", "Figma", "Esko ArtiosCAD"])
add(40, 700, "hw", "Education")
para(40, 732, "tw", ["BFA Graphic Design", "Willamette College of Art", "2012 — 2016"])
add(300, 60, "n", "Olivia")
add(300, 100, "n", "Grant")
add(480, 112, "s", "Brand & Packaging Designer")
out = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Olivia Grant – Resume</title>',
       '<meta name="viewport" content="width=794">',
       '<style>@page{size:794px 1123px;margin:0}body{margin:0;background:#f2efe9}'
       '#c{position:relative;width:794px;height:1123px;margin:0 auto;background:#fffdf8;overflow:hidden;font-family:"DejaVu Sans",sans-serif}'
       '.x{position:absolute;white-space:pre}'
       '.n{font:700 44px/1 "DejaVu Serif",serif;letter-spacing:6px;text-transform:uppercase;color:#3d2f27}'
       '.s{font-size:12px;letter-spacing:3px;text-transform:uppercase;color:#b0654a}'
       '.h{font-size:13px;font-weight:700;letter-spacing:4px;text-transform:uppercase;color:#b0654a}'
       '.hw{font-size:13px;font-weight:700;letter-spacing:4px;text-transform:uppercase;color:#f4d8c8}'
       '.t{font-size:11.5px;color:#3d2f27}.tw{font-size:11.5px;color:#fff7f0}.b{font-size:12.5px;font-weight:700;color:#3d2f27}'
       '.d{font-size:11px;color:#8a7a70;text-transform:uppercase;letter-spacing:1px}'
       '.bg{position:absolute;left:0;top:0;width:250px;height:1123px;background:#6b4c3b}'
       '.ring{position:absolute;left:60px;top:60px;width:130px;height:130px;border-radius:50%;border:6px solid #f4d8c8;background:#8f6a55}'
       '.bar{position:absolute;left:300px;top:140px;width:440px;height:2px;background:#e7d6c9}'
       '</style></head><body><div id="c">',
       '<div class="bg"></div><div class="ring"></div><div class="bar"></div>']
for i, (x, y, cls, t) in enumerate(boxes):
    out.append('<div class="x %s" id="t%02d" style="left:%dpx;top:%dpx">%s</div>' % (cls, i, x, y, html.escape(t)))
out.append('<a class="x t" style="left:520px;top:1090px;color:#c9b8ab;font-size:9px" href="#">Made with Canvas·ly</a>')
out.append('</div></body></html>\n')
open(os.path.join(HERE, "en_olivia_grant.html"), "w", encoding="utf-8").write("\n".join(out))
