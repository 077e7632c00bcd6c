#!/usr/bin/env python3
"""Write ../split.json: dev/test split BY PERSON, stratified by language prefix.
Per prefix, people are sorted by name, shuffled with random.Random(SEED), and the first
round(n/2) go to test (for odd n the odd person goes to test for en, to dev for bi:
test gets ceil(n/2) when the prefix index is even)."""
import json, os, random

SEED = 20251215
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(OUT)
               if f.split("_")[0] in ("en", "bi") and not f.endswith(".truth.json") and "." in f)
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for i, prefix in enumerate(("en", "bi")):
    names = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(names)
    k = (len(names) + (1 if i % 2 == 0 else 0)) // 2
    for j, n in enumerate(names):
        (test if j < k else dev).extend(people[n])
doc = {
    "method": f"by person, stratified by language prefix (en, bi): per prefix the people are sorted, shuffled "
              f"with Python random.Random({SEED}) (one generator, en first), and the first half (en: ceil(n/2), "
              f"bi: floor(n/2)) go to test with all their files; the rest to dev. src/split.py rewrites this file.",
    "dev": sorted(dev),
    "test": sorted(test),
}
json.dump(doc, open(os.path.join(OUT, "split.json"), "w"), indent=2, ensure_ascii=False)
print(len(dev), "dev files;", len(test), "test files")
