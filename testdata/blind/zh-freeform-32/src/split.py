#!/usr/bin/env python3
"""Split zh-freeform-32 by person, stratified by prefix, with a fixed seed."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 32032
files = sorted(l.split()[0] for l in open(os.path.join(HERE, "convert.txt")) if l.strip() and not l.startswith("#"))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
turn = 0  # alternation continues across prefixes, test first
for prefix in ["zh_", "tw_", "hk_", "bi_"]:
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        (test if turn % 2 == 0 else dev).extend(people[p])
        turn += 1
json.dump({"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_); each prefix's people sorted, shuffled with random.Random(SEED) and dealt alternately test/dev, the alternation continuing across prefixes",
           "seed": SEED, "dev": sorted(dev), "test": sorted(test)},
          open(os.path.join(OUT, "split.json"), "w"), ensure_ascii=False, indent=1)
print("split: dev", len(dev), "test", len(test))
