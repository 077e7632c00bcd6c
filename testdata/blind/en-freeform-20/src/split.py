#!/usr/bin/env python3
"""Writes split.json for en-freeform-20: split by person, stratified by language prefix.

For each prefix in the order en, bi the people (file names without extension) are sorted
and shuffled with one random.Random(SEED); the first half of each prefix goes to "test"
with all of that person's files (en rounds up: 6 of 11; bi rounds down: 1 of 3), the rest
to "dev"."""
import json, math, os, random

SEED = 20200620
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
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

out = {"method": "by person, stratified by language prefix (en, bi); per prefix the sorted people are "
                 "shuffled with one random.Random(seed) and the first half (en rounded up, bi rounded "
                 "down) go to test with all their files",
       "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, indent=2)
    fh.write("\n")
print(f"dev {len(dev)} files, test {len(test)} files")
