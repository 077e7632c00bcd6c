#!/usr/bin/python3
"""Write split.json: dev/test by person, stratified by language prefix.

Groups (in this order): zh_, then tw_ + hk_, then bi_. Each group's people are sorted,
shuffled with ONE random.Random(SEED) shared by all groups, and dealt alternately,
test first, the alternation continuing across groups. All files of a person go to the
same side. Only résumé files (.md .txt .html .docx .pdf) are listed; README.md is not.
"""
import json
import os
import random

SEED = 20251206
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".md", ".txt", ".html", ".docx", ".pdf")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)

groups = [("zh_",), ("tw_", "hk_"), ("bi_",)]
rng = random.Random(SEED)
side = {"dev": [], "test": []}
turn = 0
for g in groups:
    names = sorted(p for p in people if p.startswith(g))
    rng.shuffle(names)
    for p in names:
        side["test" if turn % 2 == 0 else "dev"].extend(people[p])
        turn += 1

out = {
    "method": f"by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with "
              f"one random.Random({SEED}) and dealt alternately test/dev (test first, alternation continuing "
              f"across groups); all files of a person on one side",
    "seed": SEED,
    "dev": sorted(side["dev"]),
    "test": sorted(side["test"]),
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"split.json: dev {len(out['dev'])} files, test {len(out['test'])} files")
