"""en_ola_nwosu: a designer's one-page CV laid out in Word with text boxes: the name/contact block
and a 'Portfolio' list each sit in a floating text box (VML, as older Word/WPS save them); the body
text flows beside them. Short year ranges typed as '19–'21."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Liberation Sans", size=10, margins=1.6)
p = para(d)
textbox(p, [[("OLA NWOSU", True)],
            [("Brand & Product Designer", False)],
            [("London E8  ·  07700 900561  ·  ola@olanwosu.example.com", False)],
            [("behance.net/olanwosu  ·  olanwosu.example.com", False)]],
        width_pt=500, height_pt=62, left_pt=0, top_pt=0, border=False)
for _ in range(5):
    para(d)

def h(t):
    p = para(d, t, bold=True, size=11, color="C0392B", before=8, after=2)

# right-hand portfolio box, anchored beside the experience section
p = para(d)
textbox(p, [[("PORTFOLIO", True)],
            [("Fenwick & Lye Gin — identity + packaging ('23)", False)],
            [("Tidemark Banking app — design system ('22)", False)],
            [("Mare Street Open Studios — poster series ('21)", False)],
            [("Kiln Café — signage & menus ('20)", False)],
            [("Case studies: olanwosu.example.com/work", False)]],
        width_pt=165, height_pt=150, left_pt=340, top_pt=0, border=True)

h("About")
q = para(d, "Designer with 7 years across agencies and an in-house fintech team. I move between brand "
            "identity and product UI, and I like the awkward bit in the middle where a logo has to work "
            "as an app icon.")
q.paragraph_format.right_indent = Cm(6.3)

h("Experience")
def job(head, dates, items):
    q = para(d); run(q, head, bold=True); run(q, "   " + dates)
    q.paragraph_format.right_indent = Cm(6.3)
    for t in items:
        b = bullet(d, t); b.paragraph_format.right_indent = Cm(6.3)

job("Senior Product Designer, Tidemark Bank", "'21–now",
    ["Own the Tidemark design system (Figma, 240 components)",
     "Led the redesign of onboarding; completion up from 61% to 78%"])
job("Designer, Studio Ashgrove", "'18–'21",
    ["Identity and packaging for food & drink brands; 2 D&AD shortlists"])
job("Junior Designer, Printworks Collective", "'16–'18",
    ["Print, signage and exhibition graphics"])

h("Education")
q = para(d, "BA (Hons) Graphic Communication Design — Thameside College of Arts, '13–'16")

h("Tools")
q = para(d, "Figma, Adobe Illustrator, InDesign, Photoshop, After Effects, Principle, Webflow")

h("Recognition")
q = para(d, "D&AD Shortlist, Packaging Design, 2020")
q = para(d, "Typecraft Student Award, 2016")
d.save(sys.argv[1])
