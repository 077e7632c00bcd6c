"""Wedding photographer, Bath: run-in headings (bold small-caps word + full stop opening
the first paragraph of each section), entries as paragraphs, four-pointed-star bullets,
contacts in the last run-in paragraph at the foot."""
import sys
from docxlib import new_doc, para, run, bullet, fixed_core
from docx.enum.text import WD_ALIGN_PARAGRAPH

out = sys.argv[1]
d = new_doc(font="Garamond", size=11, margins_cm=2.3)
fixed_core(d, "CV", "Beatrix Holloway")

p = para(d, "", align=WD_ALIGN_PARAGRAPH.LEFT, space_after=0)
run(p, "Beatrix Holloway", size=24, color="3B3B3B")
para(d, "Wedding & portrait photographer", italic=True, size=12, color="7A6A58", space_after=14)

GLYPH = "\u2726"  # four-pointed star


def runin(head, text, space_before=10):
    p = para(d, "", space_before=space_before, space_after=3)
    run(p, head + ". ", bold=True, small_caps=True, color="7A6A58")
    run(p, text)
    return p


runin("About",
      "I've photographed a little over 340 weddings since going full-time in 2019 \u2014 mostly barns, "
      "gardens and register offices around Bath, the Cotswolds and Somerset, plus a handful of elopements "
      "in Cornwall and on the Isle of Skye. Documentary first, a few gentle portraits, no cheesy poses. "
      "Fully insured, and everything is backed up twice.", space_before=0)

# Work: the heading runs into the first entry's header line
p = para(d, "", space_before=10, space_after=2)
run(p, "Work. ", bold=True, small_caps=True, color="7A6A58")
run(p, "Beatrix Holloway Photography, Bath", bold=True)
run(p, " \u2014 Owner & lead photographer, since 2019")
bullet(d, "40\u201355 weddings a season, most booked 12\u201318 months ahead; 4.9 stars from 212 Google reviews.", GLYPH)
bullet(d, "Hire and train two second shooters each season; run albums and print orders through my own lab account.", GLYPH)
bullet(d, "Family mini-sessions every October (around 60 families a year).", GLYPH)

p = para(d, "", space_before=6, space_after=2)
run(p, "Lark & Linden Weddings, Bristol", bold=True)
run(p, " \u2014 Second shooter (freelance), 2017 to 2019")
bullet(d, "Shot about 70 weddings alongside the lead photographer: bridal and groom prep, candids, details, the dance floor.", GLYPH)
bullet(d, "Culled and edited my own coverage in Lightroom to the studio's presets.", GLYPH)

p = para(d, "", space_before=6, space_after=2)
run(p, "Saltmarsh Studio, Frome", bold=True)
run(p, " \u2014 Studio assistant & retoucher, 2015 to 2017")
para(d, "Lighting set-ups for school, family and pet portraits; retouching in Lightroom and Photoshop; "
        "ran the front desk and the print room on Saturdays.", indent_cm=0.6)

runin("Volunteering",
      "Mendip Folk Festival, Shepton Mallet \u2014 crew photographer, Summer 2018.")

p = runin("Education",
          "Severnside College of Art, Bristol \u2014 BA (Hons) Photography, 2012 to 2015, First. "
          "Final project: \u201cSunday Best\u201d, portraits of church congregations in north Somerset.")

p = para(d, "", space_before=10, space_after=2)
run(p, "Kit. ", bold=True, small_caps=True, color="7A6A58")
run(p, "Cameras: ", italic=True)
run(p, "Nikon Z6 II (\u00d72), Nikon Z5 (backup)")
p = para(d, "", space_after=2, indent_cm=0.6)
run(p, "Lenses: ", italic=True)
run(p, "24\u201370mm f/2.8, 35mm f/1.4, 85mm f/1.8, 105mm macro")
p = para(d, "", space_after=2, indent_cm=0.6)
run(p, "Lighting: ", italic=True)
run(p, "Godox V1 flashes, AD200 Pro")
p = para(d, "", space_after=2, indent_cm=0.6)
run(p, "Software: ", italic=True)
run(p, "Lightroom Classic, Photoshop, Pixieset, Dubsado")

p = para(d, "", space_before=10, space_after=2)
run(p, "Recognition. ", bold=True, small_caps=True, color="7A6A58")
run(p, "Finalist, South West Wedding Photographer of the Year 2023 \u2014 Guild of Wedding Storytellers")
bullet(d, "Highly commended, Documentary Moment category, 2021 \u2014 Guild of Wedding Storytellers", GLYPH)

p = para(d, "", space_before=10, space_after=2)
run(p, "Featured in. ", bold=True, small_caps=True, color="7A6A58")
run(p, "\u201cEloping on Skye in November\u201d, Westcountry Bride magazine, 2022")
bullet(d, "\u201cA wildflower wedding at Hartley Barn\u201d, Little Book of Barns (blog), 2023", GLYPH)

runin("Also",
      "Full UK driving licence and own car. Enhanced DBS (for school portrait days). References on request.")

p = para(d, "", space_before=18, space_after=0)
run(p, "Find me. ", bold=True, small_caps=True, color="7A6A58")
run(p, "Widcombe, Bath BA2 \u00b7 07700 900471 \u00b7 beatrix@hollowayphoto.example \u00b7 "
       "www.hollowayphoto.example \u00b7 instagram.com/beatrix.holloway.weddings")

d.save(out)
