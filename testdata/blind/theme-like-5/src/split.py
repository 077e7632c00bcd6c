#!/usr/bin/env python3
"""Per language group (zh, en, bi): shuffle whole people with random.Random(20261205) and put people on
the test side, in shuffled order, while the group's test files stay within half of its files."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
files = sorted(f[:-len(".truth.json")] for f in os.listdir(OUT) if f.endswith(".truth.json"))
rng = random.Random(20261205); test = []
for g in ("zh", "en", "bi"):
    people = sorted({f.rsplit(".", 1)[0] for f in files if f.startswith(g + "_")})
    rng.shuffle(people)
    total = sum(1 for f in files if f.startswith(g + "_")); used = 0
    for p in people:
        mine = [f for f in files if f.rsplit(".", 1)[0] == p]
        if used + len(mine) <= total / 2:
            test += mine; used += len(mine)
json.dump({"method": "per language group (zh, en, bi), people shuffled with random.Random(20261205) (groups in that order, one generator); a person goes to test while the group's test files stay within half of its files; all files of a person on one side",
           "seed": 20261205, "test": sorted(test)}, open(os.path.join(OUT, "split.json"), "w"), indent=2)
print(len(test), "test files:", sorted({f.rsplit('.',1)[0] for f in test}))
