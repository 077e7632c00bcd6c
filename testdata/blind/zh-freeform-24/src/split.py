#!/usr/bin/python3
"""Write split.json for zh-freeform-24.

By person, stratified by language prefix: the people of each prefix (zh_, tw_, hk_, bi_, in that
order) are sorted, shuffled with one random.Random(SEED) and dealt alternately to test and dev,
test first, the alternation continuing across prefixes (so the odd zh_ person and the single tw_
person are placed by the seed and the order). All files of a person go to the same side.
"""
import json
import os
import random

SEED = 24024
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
people = sorted({os.path.splitext(f)[0] for f in files})
rng = random.Random(SEED)
side = {}
turn = 0
for prefix in ("zh_", "tw_", "hk_", "bi_"):
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        side[p] = "test" if turn % 2 == 0 else "dev"
        turn += 1
out = {
    "method": "by person, stratified by language prefix (zh_, tw_, hk_, bi_): each prefix's people sorted, "
              "shuffled with random.Random(24024), dealt alternately test/dev (test first, alternation "
              "continuing across prefixes); all files of a person on one side",
    "seed": SEED,
    "dev": [f for f in files if side[os.path.splitext(f)[0]] == "dev"],
    "test": [f for f in files if side[os.path.splitext(f)[0]] == "test"],
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split.json: dev %d files, test %d files" % (len(out["dev"]), len(out["test"])))
