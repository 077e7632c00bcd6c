#!/usr/bin/python3
"""Write split.json for zh-freeform-22.

Split by person, stratified by language prefix: the groups are zh_, then tw_ + hk_ together,
then bi_. Each group's people are sorted, shuffled with one random.Random(SEED) and dealt
alternately, test first, the alternation continuing across groups, so that each side gets
half the people (7 and 7) and every file of a person lands on the same side.
"""
import glob
import json
import os
import random

SEED = 22022
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = ("txt", "md", "html", "pdf", "docx")

files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(SET, "*.*"))
               if f.rsplit(".", 1)[1] in EXTS and not f.endswith(".truth.json")
                   and os.path.basename(f) != "README.md")
people = sorted({f.rsplit(".", 1)[0] for f in files})
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
              "shuffled with random.Random(seed), dealt alternately test/dev, test first, the "
              "alternation continuing across groups; all files of a person on one side",
    "seed": SEED,
    "dev": [f for f in files if side[f.rsplit(".", 1)[0]] == "dev"],
    "test": [f for f in files if side[f.rsplit(".", 1)[0]] == "test"],
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"split.json: dev {len(out['dev'])} files, test {len(out['test'])} files")
