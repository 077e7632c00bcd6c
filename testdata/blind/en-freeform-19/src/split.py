#!/usr/bin/env python3
"""Write split.json for en-freeform-19: split by person, stratified by language prefix.

Per prefix (en, bi) the people are sorted and shuffled with one random.Random(SEED); the first half go to
"test" with all their files (en: 6 of 11, rounding up; bi: 1 of 3, rounding down), the rest to "dev".
"""
import json
import os
import random

SEED = 19190503
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(HERE) if f.endswith(EXTS) and f != "README.md")
people = {}
for f in files:
    people.setdefault(os.path.splitext(f)[0], []).append(f)

rng = random.Random(SEED)
test, dev = [], []
for prefix, take in (("en", lambda n: (n + 1) // 2), ("bi", lambda n: n // 2)):
    names = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(names)
    k = take(len(names))
    for i, p in enumerate(names):
        (test if i < k else dev).extend(people[p])

out = {"method": "by person, stratified by language prefix (en, bi); per prefix sorted then shuffled with "
                 "random.Random(seed); first half to test (en rounds up, bi rounds down) with all their files",
       "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
with open(os.path.join(HERE, "split.json"), "w") as fh:
    json.dump(out, fh, indent=2)
    fh.write("\n")
print("dev %d files, test %d files" % (len(dev), len(test)))
