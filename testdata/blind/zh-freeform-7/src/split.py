#!/usr/bin/python3
"""Write split.json: split by PERSON. Within each language group (zh = Simplified, tw/hk =
Traditional, bi = Chinese mixed with English) the people are sorted and shuffled with one
random.Random(20270107) generator (groups in that order); the first half (rounded up for the
first and third group, down for the second) goes to test, the rest to dev."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
files = sorted(f for f in os.listdir(SET) if f.endswith(".truth.json"))
docs = [f[:-len(".truth.json")] for f in files]
people = sorted({d.rsplit(".", 1)[0] for d in docs})
rng = random.Random(20270107)
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
test = set()
for i, g in enumerate(groups):
    g = sorted(g)
    rng.shuffle(g)
    k = (len(g) + (1 if i != 1 else 0)) // 2
    test.update(g[:k])
split = {"dev": [d for d in docs if d.rsplit(".", 1)[0] not in test],
         "test": [d for d in docs if d.rsplit(".", 1)[0] in test]}
with open(os.path.join(SET, "split.json"), "w") as o:
    json.dump(split, o, ensure_ascii=False, indent=2)
    o.write("\n")
