#!/usr/bin/env python3
"""Write split.json for zh-freeform-19: split by person, stratified by language prefix.

Groups: zh_ (9 people), then tw_ + hk_ (3), then bi_ (2). Each group is sorted, shuffled with one
random.Random(SEED) and dealt alternately, test first; the alternation carries on across groups, so
the 14 people fall 7 / 7. All files of a person go to the same side.
"""
import json, os, random

SEED = 20260119
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

outs = []
for line in open(os.path.join(HERE, "convert.txt"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        outs.append(line.split()[0])
people = sorted({o.split(".")[0] for o in outs})
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
rng = random.Random(SEED)
side = {}
k = 0
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        side[p] = "test" if k % 2 == 0 else "dev"
        k += 1
res = {"method": "by person, stratified by language prefix (zh_ | tw_+hk_ | bi_); each group sorted, shuffled "
                 "with random.Random(%d), dealt alternately test/dev with the alternation continuing across groups"
                 % SEED,
       "seed": SEED,
       "dev": sorted(o for o in outs if side[o.split(".")[0]] == "dev"),
       "test": sorted(o for o in outs if side[o.split(".")[0]] == "test")}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as f:
    json.dump(res, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("split.json: dev %d files, test %d files" % (len(res["dev"]), len(res["test"])))
