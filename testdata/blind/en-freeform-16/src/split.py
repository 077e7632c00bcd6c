#!/usr/bin/env python3
"""Writes split.json: by person, stratified by language prefix, random.Random(SEED)."""
import glob
import json
import os
import random

SEED = 20261216
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "*_*.*"))
               if not f.endswith(".json"))
people = sorted({f.rsplit(".", 1)[0] for f in files})
rng = random.Random(SEED)
test_people = []
for lang, up in (("en", 1), ("bi", 0)):   # en: half rounded up, bi: half rounded down -> 7 / 7 people
    group = sorted(p for p in people if p.startswith(lang + "_"))
    rng.shuffle(group)
    test_people += group[: (len(group) + up) // 2]
test = [f for f in files if f.rsplit(".", 1)[0] in test_people]
dev = [f for f in files if f not in test]
json.dump({"method": f"by person, stratified by language prefix (en, bi): each group sorted, shuffled with "
                     f"random.Random({SEED}) (one generator, en first), the first half to test (en rounded up, bi rounded down, so 7 people each side); "
                     f"all files of a person on the same side",
           "seed": SEED, "dev": dev, "test": test},
          open(os.path.join(OUT, "split.json"), "w"), indent=2, ensure_ascii=False)
print("test", len(test), sorted(test_people))
print("dev", len(dev), sorted({f.rsplit('.', 1)[0] for f in dev}))
