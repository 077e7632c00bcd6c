#!/usr/bin/python3
"""Write split.json for zh-freeform-26.

By person, stratified by language prefix (zh_, tw_, hk_, bi_ in that order): each
prefix's people are sorted, shuffled with one random.Random(SEED) and dealt
alternately, test first, the alternation continuing across prefixes (so the odd
zh_ person and the single tw_ person are placed by the seed and the order).
All files of a person go to the same side.
"""
import json, os, random

SEED = 26026
PREFIXES = ["zh_", "tw_", "hk_", "bi_"]
FORMATS = ("txt", "md", "html", "pdf", "docx")
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

files = sorted(n for n in os.listdir(SET)
               if os.path.isfile(os.path.join(SET, n))
               and not n.endswith(".truth.json")
               and n not in ("README.md", "split.json")
               and n.rsplit(".", 1)[-1] in FORMATS)
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)

rng = random.Random(SEED)
dev, test = [], []
turn = 0  # 0 -> test, 1 -> dev
for pre in PREFIXES:
    group = sorted(p for p in people if p.startswith(pre))
    rng.shuffle(group)
    for p in group:
        (test if turn == 0 else dev).extend(sorted(people[p]))
        turn ^= 1

out = {
    "method": "by person, stratified by language prefix (zh_, tw_, hk_, bi_); each prefix's "
              "people sorted, shuffled with random.Random(%d), dealt alternately test/dev "
              "starting with test, the alternation continuing across prefixes; all files of "
              "a person on one side" % SEED,
    "seed": SEED,
    "dev": sorted(dev),
    "test": sorted(test),
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split.json: dev %d files, test %d files" % (len(dev), len(test)))
