#!/usr/bin/env python3
"""Write OUT/split.json: per language group (en, bi) the people are sorted, shuffled with
random.Random(20261205) (a fresh generator per group) and taken in that order onto the test side
whenever the group's test files stay within half of the group's files (a person who would push it
over is skipped, later ones may still fit). All files of one person are on the same side."""
import json
import os
import random
import re
from collections import defaultdict

SEED = 20261205
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

files = sorted(f for f in os.listdir(OUT) if re.match(r"(en|bi)_[a-z_]+\.(txt|md|html|docx|pdf)$", f))
people = defaultdict(list)
for f in files:
    people[f.split(".")[0]].append(f)

test = []
for group in ("en", "bi"):
    names = sorted(p for p in people if p.startswith(group + "_"))
    total = sum(len(people[p]) for p in names)
    rng = random.Random(SEED)
    rng.shuffle(names)
    n = 0
    for p in names:
        if n + len(people[p]) <= total / 2:
            test.extend(people[p])
            n += len(people[p])
    print(group, "people", len(names), "files", total, "test files", n)

split = {
    "method": "per language group (en, bi): people sorted by name, shuffled with random.Random(seed) "
              "(fresh per group) and moved to the test side in that order while the group's test files "
              "stay within half of its files; all files of one person on one side",
    "seed": SEED,
    "test": sorted(test),
}
json.dump(split, open(os.path.join(OUT, "split.json"), "w"), indent=1)
open(os.path.join(OUT, "split.json"), "a").write("\n")
print("test", len(test), "of", len(files))
