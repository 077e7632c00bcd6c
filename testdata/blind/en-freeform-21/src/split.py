#!/usr/bin/env python3
"""Write split.json for en-freeform-21: a split by person, stratified by language prefix.

People are the file stems (NAME of NAME.EXT); their language prefix is the part before the first
underscore (en, bi). For each prefix in sorted order the people are sorted and shuffled with one shared
random.Random(SEED); the first half go to "test" with all their files (en: 11 people, half rounded up =
6; bi: 3 people, half rounded down = 1), the rest to "dev".
"""
import json
import math
import os
import random

SEED = 20250621
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
ROUND = {"en": math.ceil, "bi": math.floor}


def main():
    files = sorted(f for f in os.listdir(SET)
                   if f.endswith(EXTS) and f.startswith(("en_", "bi_")) and not f.endswith(".truth.json"))
    people = {}
    for f in files:
        people.setdefault(os.path.splitext(f)[0], []).append(f)
    rng = random.Random(SEED)
    test, dev = [], []
    for prefix in sorted({p.split("_", 1)[0] for p in people}):
        group = sorted(p for p in people if p.split("_", 1)[0] == prefix)
        rng.shuffle(group)
        k = ROUND.get(prefix, math.floor)(len(group) / 2)
        for i, person in enumerate(group):
            (test if i < k else dev).extend(people[person])
    out = {
        "method": "by person, stratified by language prefix (en, bi): per prefix the people are sorted and "
                  "shuffled with one random.Random(seed); the first half (en rounded up, bi rounded down) go to "
                  "test with all their files, the rest to dev (src/split.py)",
        "seed": SEED,
        "dev": sorted(dev),
        "test": sorted(test),
    }
    with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2)
        fh.write("\n")
    print(f"dev {len(dev)} files, test {len(test)} files")


if __name__ == "__main__":
    main()
