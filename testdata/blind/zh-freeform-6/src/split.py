#!/usr/bin/python3
"""Write split.json: whole people at random, half of them on the test side.
Stratified by language group (zh_ = Chinese, bi_ = Chinese with English mixed in): within each group the
people are sorted by id, shuffled with random.Random(SEED) (one generator, zh group first), and the first
half of each group goes to test (9 of 18 zh, 2 of 4 bi)."""
import json, os, random

SEED = 20261207
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

files = sorted(f for f in os.listdir(OUT)
               if os.path.isfile(os.path.join(OUT, f)) and not f.endswith(".truth.json")
               and f not in ("README.md", "split.json"))
people = sorted({f.split(".")[0] for f in files})
rng = random.Random(SEED)
test = set()
for prefix in ("zh_", "bi_"):
    group = [p for p in people if p.startswith(prefix)]
    rng.shuffle(group)
    test.update(group[: len(group) // 2])
split = {"dev": [f for f in files if f.split(".")[0] not in test],
         "test": [f for f in files if f.split(".")[0] in test]}
with open(os.path.join(OUT, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(split, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split: dev %d files / %d people, test %d files / %d people"
      % (len(split["dev"]), len(people) - len(test), len(split["test"]), len(test)))
