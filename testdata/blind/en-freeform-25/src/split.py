#!/usr/bin/env python3
"""Write ../split.json: split by person, stratified by language prefix.

Per prefix (en, then bi) the people are sorted by name and shuffled with one
random.Random(SEED); the first half of each shuffled list goes to "test" with all of
its files (en rounds up: 6 of 11; bi rounds down: 1 of 3), the rest to "dev".
"""
import json, math, os, random

SEED = 20250825
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(SET) if f.startswith(("en_", "bi_")) and f.endswith(EXTS))
people = {}
for f in files:
    people.setdefault(os.path.splitext(f)[0], []).append(f)

rng = random.Random(SEED)
test, dev = [], []
for prefix, rounding in (("en", math.ceil), ("bi", math.floor)):
    names = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(names)
    k = rounding(len(names) / 2)
    for i, n in enumerate(names):
        (test if i < k else dev).extend(people[n])

out = {
    "method": "by person, stratified by language prefix (en, bi): people sorted, shuffled with one "
              "random.Random(seed) (en first), first half to test with all their files (en rounds up, "
              "bi rounds down); see src/split.py",
    "seed": SEED,
    "dev": sorted(dev),
    "test": sorted(test),
}
with open(os.path.join(SET, "split.json"), "w") as fh:
    json.dump(out, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
print("dev %d files, test %d files" % (len(dev), len(test)))
