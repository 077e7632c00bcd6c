#!/usr/bin/python3
"""Writes split.json: 4 of the 12 people on the test side, chosen with random.Random(SEED): one
Chinese (zh_), one English (en_), then two more from everyone left. "dev" and "test" list file names
(every format of a person on the same side); "people" lists the persons of each side."""
import glob, json, os, random

SEED = 20261205
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
people = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "src/truth/*.json")))
files = sorted(os.path.basename(f)[:-len(".truth.json")] for f in glob.glob(os.path.join(HERE, "*.truth.json")))
rng = random.Random(SEED)
test = [rng.choice([p for p in people if p.startswith("zh_")]), rng.choice([p for p in people if p.startswith("en_")])]
test += rng.sample([p for p in people if p not in test], 2)
side = lambda f: "test" if f.rsplit(".", 1)[0] in test else "dev"
split = {
    "method": "seeded random choice (src/split.py, seed %d): one zh, one en, then two of the rest; "
              "every format of a person is on the same side. The parser's engineers never look at the "
              "test files' failures." % SEED,
    "seed": SEED,
    "dev": [f for f in files if side(f) == "dev"],
    "test": [f for f in files if side(f) == "test"],
    "people": {"dev": [p for p in people if p not in test], "test": sorted(test)},
}
with open(os.path.join(HERE, "split.json"), "w") as w:
    json.dump(split, w, indent=2)
    w.write("\n")
print(split["people"]["test"], len(split["test"]), "test files,", len(split["dev"]), "dev files")
