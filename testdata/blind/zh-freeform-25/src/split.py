#!/usr/bin/env python3
"""Write split.json for zh-freeform-25.

By person, stratified by language prefix: the people of each prefix (zh_, tw_, hk_, bi_, in that
order) are sorted, shuffled with one random.Random(25025) and dealt alternately, test first, the
alternation continuing across prefixes (so the odd zh_ person and the single tw_ person are placed
by the seed and the order). All files of a person go to the same side.
"""
import json
import os
import random

SEED = 25025
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
FORMATS = ("txt", "md", "html", "pdf", "docx")

files = sorted(f for f in os.listdir(SET) if f.rsplit(".", 1)[-1] in FORMATS and f != "README.md")
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)

rng = random.Random(SEED)
side = {"dev": [], "test": []}
turn = 0  # 0 -> test, 1 -> dev
for prefix in ("zh_", "tw_", "hk_", "bi_"):
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        side["test" if turn == 0 else "dev"].extend(people[p])
        turn ^= 1

out = {
    "method": "by person, stratified by language prefix (zh_, tw_, hk_, bi_): each prefix's people sorted, "
              "shuffled with random.Random(seed) and dealt alternately test/dev, test first, the alternation "
              "continuing across prefixes; all files of a person on one side",
    "seed": SEED,
    "dev": sorted(side["dev"]),
    "test": sorted(side["test"]),
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"split.json: dev {len(out['dev'])} files, test {len(out['test'])} files")
