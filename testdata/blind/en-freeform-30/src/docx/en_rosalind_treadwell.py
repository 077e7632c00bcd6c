"""Audiobook narrator: Word file where each job is a small table, title in the left cell, employer in the right;
dates and description in a merged row under them. One row holds several short contracts."""
import sys
from common import *
from docx.shared import Pt
d = new_doc("Liberation Serif", 11, a4=False, margins=2.2)
para(d, "ROSALIND TREADWELL", bold=True, size=22, align="center", after=0)
para(d, "Audiobook Narrator & Voice Actor  ·  SAG-AFTRA", size=12, italic=True, align="center", after=2)
para(d, "Decatur, GA 30030  ·  (404) 555-0193  ·  ros@treadwellvoice.example  ·  treadwellvoice.example", size=10, align="center", after=2)
para(d, "Home studio: WhisperRoom booth, Neumann TLM 103, Universal Audio Apollo Twin, Source-Connect", size=9.5, color="555555", align="center", after=10)

def head(t):
    p = para(d, t, bold=True, size=12.5, before=10, after=4, color="5B2333"); bottom_border(p, "5B2333", 6)

head("Profile")
para(d, "Narrator of 60+ audiobooks, mostly literary fiction and memoir, with a warm low-alto voice and a good ear for Southern voices. Former drama teacher: I prep fast, direct myself, and deliver ACX-ready files.")

head("Experience")
def job(title, employer, dates, desc=None, bullets=()):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], title, bold=True)
    cell_text(t.rows[0].cells[1], employer, italic=True)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    cell_text(m, dates, size=10, color="555555")
    if desc: cell_para(m, desc)
    for b in bullets: cell_bullet(m, b)
    col_widths(t, [7.0, 10.0])
    para(d, "", after=2)

job("Narrator (staff, non-exclusive)", "Peachtree Audio Works, Atlanta", "2021 – now",
    "38 titles so far: literary fiction, memoir and two long fantasy series.",
    ["Average 1.4 finished hours a day, QC pass rate 98%", "Cast and directed two duet-narrated novels"])
job("Narrator — short contracts", "Lark & Lantern Audio (6 titles); Harrowgate Press Audio (3); Bellwether Books (2)", "2017 – 2020",
    "Eleven royalty-share and per-finished-hour contracts, recorded and edited in my home studio.")
job("Voice-over artist (e-learning, phone systems)", "freelance", "2015 – 2021",
    bullets=["Corporate training modules for two hospital groups", "IVR prompts for a regional credit union"])
job("Drama Teacher", "Oakhurst Middle School, Decatur", "Aug 2009 – May 2016",
    "Taught drama to grades 6–8 and ran the spring musical.")

head("Selected narration credits")
for t, rest in [("The Salt Orchard", " by M. J. Kessling — Peachtree Audio Works, 2023 (14 h 20 m)"),
                ("Nobody's Almanac", " by Dora Pike — Lark & Lantern Audio, 2019"),
                ("A Field Guide to Leaving", " by Theo Marchetti — Harrowgate Press Audio, 2018")]:
    p = para(d, "", after=2); run(p, t, italic=True); run(p, rest)

head("Awards")
bullet(d, "Listeners' Choice, Southern Audio Guild, 2023 — for The Salt Orchard")
bullet(d, "Finalist, Best Female Narrator, Southeastern Spoken Word Awards, 2021")

head("Education")
t = d.add_table(rows=0, cols=2); no_borders(t)
for a, b in [("MFA Acting", "Piedmont Conservatory, 2007 – 2009"), ("BA Theatre", "University of the Chattahoochee, 2003 – 2007 · GPA 3.8/4.0")]:
    c = t.add_row().cells; cell_text(c[0], a, bold=True); cell_text(c[1], b)
col_widths(t, [5.0, 12.0])

head("Skills")
p = para(d, "", after=2); run(p, "Accents & dialects: ", bold=True); run(p, "Southern US (Georgia, Appalachian), RP, Scottish, Irish, New York")
p = para(d, "", after=2); run(p, "Audio: ", bold=True); run(p, "Pro Tools, iZotope RX, Adobe Audition, ACX standards")
p = para(d, "", after=2); run(p, "Languages: ", bold=True); run(p, "English (native), Spanish (intermediate)")

head("Interests")
para(d, "Community theatre, long-distance walking (the Georgia section of the Appalachian Trail, slowly) and old-time radio plays.")
para(d, "References available on request.", italic=True, before=6)
d.save(sys.argv[1])
