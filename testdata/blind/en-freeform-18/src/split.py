#!/usr/bin/env python3
"""Writes split.json: a split by person, stratified by language prefix (en_, bi_).

Per prefix the people (file base names) are sorted and shuffled with one random.Random(SEED), shared
across the prefixes in the order en, bi; the first half go to "test" with all their files (en rounds up:
6 of 11; bi rounds down: 1 of 3), the rest to "dev".
"""
import glob, json, math, os, random

SEED = 18180623
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(SET, "*.*"))
               if not f.endswith(".json") and not f.endswith("README.md"))
rng = random.Random(SEED)
dev, test = [], []
for prefix, rounding in (("en", math.ceil), ("bi", math.floor)):
    people = sorted({f.rsplit(".", 1)[0] for f in files if f.startswith(prefix + "_")})
    rng.shuffle(people)
    k = rounding(len(people) / 2)
    for i, p in enumerate(people):
        (test if i < k else dev).extend(f for f in files if f.rsplit(".", 1)[0] == p)
out = {"method": "by person, stratified by language prefix (en, bi); people sorted, shuffled with "
                 "random.Random(seed); first half of each prefix to test (en rounds up, bi rounds down)",
       "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
json.dump(out, open(os.path.join(SET, "split.json"), "w"), indent=2, ensure_ascii=False)
print(len(dev), "dev,", len(test), "test")
