#!/usr/bin/python3
"""Write split.json for zh-freeform-21.

By person, stratified by language prefix: the groups are zh_, then tw_ + hk_ together, then
bi_. Each group's people are sorted, shuffled with one random.Random(SEED) (shared across the
groups, in that order) and dealt alternately to "test" and "dev", test first; the alternation
carries on from one group to the next, so odd groups balance out (7 people each side).
All files of a person go to the same side."""
import json
import os
import random

SEED = 21021
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and not f.endswith(".truth.json")
               and f != "README.md")
people = sorted({f.split(".")[0] for f in files})
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
rng = random.Random(SEED)
side = {}
turn = 0
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        side[p] = "test" if turn % 2 == 0 else "dev"
        turn += 1
out = {
    "method": "by person, stratified by language prefix (zh_ | tw_+hk_ | bi_); each group sorted, "
              "shuffled with random.Random(%d) and dealt alternately test/dev, test first, the "
              "alternation continuing across groups; all files of a person on one side" % SEED,
    "seed": SEED,
    "dev": [f for f in files if side[f.split(".")[0]] == "dev"],
    "test": [f for f in files if side[f.split(".")[0]] == "test"],
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split.json: dev %d files, test %d files" % (len(out["dev"]), len(out["test"])))
