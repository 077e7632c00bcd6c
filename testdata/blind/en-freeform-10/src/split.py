#!/usr/bin/env python3
"""Write split.json: split BY PERSON, stratified by language prefix.

For each prefix group (en_, bi_) the people are sorted, shuffled with random.Random(seed), and the
first half of the group goes to test, the rest to dev. The seed starts at START and is raised by one
until both sides hold all five formats (.txt .md .html .docx .pdf).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".docx", ".pdf")
START = 20260310

files = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and re.match(r"(en|bi|zh|tw|hk)_", f))
people = sorted({f.rsplit(".", 1)[0] for f in files})
groups = {}
for p in people:
    groups.setdefault(p.split("_", 1)[0], []).append(p)

seed = START
while True:
    test = []
    for g in sorted(groups):
        ps = sorted(groups[g])
        random.Random(seed).shuffle(ps)
        test += ps[: len(ps) // 2]
    tf = [f for f in files if f.rsplit(".", 1)[0] in test]
    df = [f for f in files if f.rsplit(".", 1)[0] not in test]
    ok = all(any(f.endswith(e) for f in side) for side in (tf, df) for e in EXTS)
    if ok:
        break
    seed += 1

out = {
    "method": (f"by person, stratified by language prefix (en_ {len(groups['en'])}, bi_ {len(groups['bi'])}): "
               f"each group sorted, shuffled with Python random.Random({seed}), first half to test; the seed "
               f"started at {START} and was raised until both sides hold .txt, .md, .html, .docx and .pdf"),

    "dev": df,
    "test": tf,
}
json.dump(out, open(os.path.join(ROOT, "split.json"), "w"), indent=2)
print(seed, len(df), len(tf))
print("test people:", sorted(test))
