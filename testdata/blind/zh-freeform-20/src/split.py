#!/usr/bin/env python3
"""Write split.json for zh-freeform-20: split by person, stratified by language prefix.

Groups: zh_, then tw_ + hk_ together, then bi_. Each group's people are sorted, shuffled with one
random.Random(SEED) and dealt alternately, test first, the alternation continuing across groups.
All files of a person land on the same side.
"""
import json, os, random

SEED = 20260120
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
people = sorted({os.path.splitext(f)[0] for f in files})
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
    "method": "by person, stratified by language prefix (zh_ | tw_+hk_ | bi_); each group sorted, shuffled with "
              "random.Random(seed) and dealt alternately test/dev, test first, alternation continuing across groups",
    "seed": SEED,
    "dev": [f for f in files if side[os.path.splitext(f)[0]] == "dev"],
    "test": [f for f in files if side[os.path.splitext(f)[0]] == "test"],
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"split.json: dev {len(out['dev'])} files, test {len(out['test'])} files")
