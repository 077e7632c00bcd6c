#!/usr/bin/env python3
"""Write split.json for en-freeform-24: a split by person, stratified by language prefix.

Per prefix (en, then bi) the people are sorted by name and shuffled with one shared
random.Random(SEED); the first half of each shuffled list goes to "test" with all of its
files (en rounds up, bi rounds down), the rest to "dev".
"""
import glob
import json
import math
import os
import random

SEED = 20250924
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")


def main():
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(SET, "*")) if p.endswith(EXTS) and os.path.basename(p) != "README.md")
    people = {}
    for f in files:
        people.setdefault(os.path.splitext(f)[0], []).append(f)
    rng = random.Random(SEED)
    dev, test = [], []
    for prefix, rounding in (("en", math.ceil), ("bi", math.floor)):
        names = sorted(p for p in people if p.startswith(prefix + "_"))
        rng.shuffle(names)
        k = rounding(len(names) / 2)
        for i, name in enumerate(names):
            (test if i < k else dev).extend(people[name])
    out = {
        "method": "by person, stratified by language prefix (en, bi): per prefix the people are sorted, shuffled "
                  "with one random.Random(seed) (en first) and the first half go to test with all their files "
                  "(en rounds up, bi rounds down)",
        "seed": SEED,
        "dev": sorted(dev),
        "test": sorted(test),
    }
    with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2)
        fh.write("\n")
    print("test %d files, dev %d files" % (len(test), len(dev)))


if __name__ == "__main__":
    main()
