#!/usr/bin/python3
"""Write split.json: a dev / test split BY PERSON, stratified by language prefix.

For each prefix group (en_, bi_) the people are sorted, shuffled with random.Random(seed)
and the first k go to test: k = ceil(n/2) for en_ (11 people -> 6) and floor(n/2) for bi_
(3 people -> 1), so each side has 7 people.  The seed starts at 20270111 and is raised by one
until both sides hold at least one file of every format (pdf, docx, html, md, txt).
"""
import glob
import json
import math
import os
import random

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = ("pdf", "docx", "html", "md", "txt")
files = sorted(os.path.basename(p) for e in EXTS for p in glob.glob(os.path.join(SET, "*." + e))
               if os.path.basename(p) != "README.md")
people = sorted({f.split(".")[0] for f in files})
groups = {}
for p in people:
    groups.setdefault(p.split("_")[0], []).append(p)

seed = 20270111
while True:
    rng = random.Random(seed)
    test = set()
    for prefix in sorted(groups):
        g = list(groups[prefix])
        rng.shuffle(g)
        k = math.ceil(len(g) / 2) if prefix == "en" else len(g) // 2
        test.update(g[:k])
    tf = [f for f in files if f.split(".")[0] in test]
    df = [f for f in files if f.split(".")[0] not in test]
    if all(any(f.endswith("." + e) for f in side) for side in (tf, df) for e in EXTS):
        break
    seed += 1

out = {
    "method": (f"By person, stratified by language prefix: for each prefix the people are sorted and shuffled "
               f"with Python random.Random({seed}); the first ceil(n/2) en_ people (6 of 11) and the first "
               f"floor(n/2) bi_ people (1 of 3) go to test, the rest to dev. Seeds from 20270111 upward were "
               f"tried until both sides held every format (pdf, docx, html, md, txt); {seed} was the first that did."),
    "dev": df,
    "test": tf,
}
json.dump(out, open(os.path.join(SET, "split.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("seed", seed)
print("test:", sorted(test))
print("dev:", sorted(set(people) - test))
