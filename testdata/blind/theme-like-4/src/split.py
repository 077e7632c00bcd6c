#!/usr/bin/python3
"""Writes split.json: 5 of the 11 people on the test side, chosen with random.Random(SEED):
one Chinese (zh_), one English (en_), one bilingual (bi_), then two more from everyone left. Every format of a person
is on the same side."""
import glob, json, os, random

SEED = 20261207
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
people = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "src/truth/*.json")))
rng = random.Random(SEED)
test = [rng.choice([p for p in people if p.startswith(k)]) for k in ("zh_", "en_", "bi_")]
test += rng.sample([p for p in people if p not in test], 2)
split = {
    "method": "seeded random choice (src/split.py, seed %d): one zh, one en, one bi, then two of the rest; a name covers every format of that person" % SEED,
    "seed": SEED,
    "dev": [p for p in people if p not in test],
    "test": sorted(test),
}
with open(os.path.join(HERE, "split.json"), "w") as w:
    json.dump(split, w, indent=2)
    w.write("\n")
print(split["test"])
