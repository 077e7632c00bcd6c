# Actor's CV (UK casting style), one page: a 3-cell header table (name + links | vital statistics
# | shaded agent box), section bars with white text on black paragraph shading, credits as a
# borderless 5-column table Year | Production | Role | Director | Company / Venue, training lines,
# skills as "Label:" lines with * marking "high standard".
import sys
from docxlib import *

doc = new_doc(font="Liberation Sans", size=9.5, margins=(1.4, 1.4, 1.6, 1.6))
W = text_width(doc)

t = table(doc, 1, 3, [7.6, 4.8, 5.4], borders=False)
c = t.cell(0, 0)
first_para(c, [("SHEVON LEZAMA", {"bold": True, "size": 20})], after=0)
para(c, [("Actor / Voice-over", {"size": 11, "color": "555555"})], after=6)
para(c, "shevonlezama.example.com", after=0)
para(c, "instagram.com/shevon.lezama", after=0)
para(c, [("Equity  \u00b7  Spotlight 5550-0193-0471", {"size": 8.5, "color": "555555"})], before=4)

c = t.cell(0, 1)
STATS = [("Height", "5'10\" (178 cm)"), ("Playing age", "25\u201335"), ("Eyes", "Dark brown"),
         ("Hair", "Black (locs)"), ("Build", "Athletic"), ("Voice", "Baritone"), ("Based", "London")]
for i, (k, v) in enumerate(STATS):
    parts = [(k, {"bold": True}), "\t" + v]
    if i == 0:
        first_para(c, parts, tabs=[(2.1,)], after=0)
    else:
        para(c, parts, tabs=[(2.1,)], after=0)

c = t.cell(0, 2)
shade(c, "EDEDED")
first_para(c, [("Represented by", {"italic": True, "size": 8.5})], before=4, left=0.2)
para(c, [("QUAYSIDE ARTISTS", {"bold": True, "size": 11})], left=0.2, after=0)
para(c, "Nell Ashcroft", left=0.2, after=0)
para(c, "020 7946 0877", left=0.2, after=0)
para(c, "nell@quayside.example.co.uk", left=0.2, after=4)


def bar(title):
    p = para(doc, [(title, {"bold": True, "color": "FFFFFF", "spacing": 2})], before=8, after=3, left=0.1, keep=True)
    shade_para(p, "111111")


def credits(rows):
    t = table(doc, len(rows), 5, [1.4, 4.9, 3.6, 3.0, 4.9], borders=False)
    for r, row in enumerate(rows):
        for i, v in enumerate(row):
            if i == 1:
                name, note = v if isinstance(v, tuple) else (v, "")
                first_para(t.cell(r, i), [(name, {"italic": True})] + ([(" " + note, {})] if note else []), after=1)
            else:
                first_para(t.cell(r, i), v, after=1)


bar("THEATRE")
credits([
    ("2024", ("Carnival Monday", "(world premiere)"), "Lloyd", "Kemi Fashola", "Kiln Lane Theatre, London"),
    ("2023", ("Twelfth Night", ""), "Orsino", "Fergus Lane", "Thameside Rep / UK tour"),
    ("2022", ("Bamboo and Iron", ""), "Ephraim", "Dionne Achebe-Reyes", "Coalhouse Theatre, Bristol"),
    ("2021", ("A Doll's House", "(new version by Tayo Fenn)"), "Torvald", "Sam Whitlow", "Northgate Playhouse, Leeds"),
])
bar("TELEVISION")
credits([
    ("2024", ("Holloway Road", "(Series 3)"), "PC Darren Mayers (recurring)", "Ines Ward", "Fenwick Pictures for BBC One"),
    ("2022", ("Harbour Lights", ""), "Paramedic Jay", "Colm Devlin", "Blackrock Films for ITV"),
])
bar("FILM")
credits([
    ("2023", ("Salt Road", "(short)"), "Curtis", "Amara Jules", "Little Ox Films / BFI Network"),
])
bar("AUDIO")
credits([
    ("2023", ("The Hurricane Diaries", "(audiobook, unabridged)"), "Narrator", "\u2014", "Storyhall Audio"),
])

bar("TRAINING")
for yrs, txt in [("2017 \u2013 2020", [("BA (Hons) Acting", {"bold": True}), ", Thameside School of Drama, London"]),
                 ("2015 \u2013 2016", [("Foundation Certificate in Acting", {"bold": True}), ", Savannah Performing Arts Academy, Port of Spain"]),
                 ("2022", "Screen acting masterclass, Kiln Lane Studio (one-week workshop)")]:
    para(doc, [yrs + "\t"] + (txt if isinstance(txt, list) else [txt]), tabs=[(2.2,)], after=1)

bar("SKILLS")
SK = [("Accents", "Trinidadian (native), Jamaican*, Barbadian, RP*, London*, General American, Nigerian (Yoruba)"),
      ("Music", "Steelpan (tenor pan, advanced)*, Singing (baritone, Grade 5), Guitar (basic)"),
      ("Sport", "Cricket*, Football, Swimming, Boxing (stage)"),
      ("Dance", "Calypso & soca*, Contemporary (basic)"),
      ("Other", "Stage combat (BADC Intermediate, 2019), Full UK driving licence, Horse riding")]
for k, v in SK:
    para(doc, [(k + ":", {"bold": True}), "\t" + v], tabs=[(2.2,)], left=2.2, hanging=2.2, after=1)
para(doc, [("* high standard", {"italic": True, "size": 8, "color": "555555"})], before=3)

save(doc, sys.argv[1])
