#!/usr/bin/python3
"""Write ../split.json: split by person, stratified by language prefix.

For each prefix group (en, bi) the people are sorted and shuffled with random.Random(seed); the first
ceil(n/2) English people and the first floor(n/2) bilingual people go to test, the rest to dev, so each
side holds 7 people. The seed starts at 20270112 and is raised by one until both sides hold every
format present in the set.
"""
import json
import math
import os
import random

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")
files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f[:3] in ("en_", "bi_"))
people = sorted({os.path.splitext(f)[0] for f in files})
formats = {os.path.splitext(f)[1] for f in files}

seed = 20270112
while True:
    test = []
    for prefix, take in (("en", math.ceil), ("bi", math.floor)):
        group = sorted(p for p in people if p.startswith(prefix + "_"))
        random.Random(seed).shuffle(group)
        test += group[:take(len(group) / 2)]
    dev_f = [f for f in files if os.path.splitext(f)[0] not in test]
    test_f = [f for f in files if os.path.splitext(f)[0] in test]
    if all({os.path.splitext(f)[1] for f in side} == formats for side in (dev_f, test_f)):
        break
    seed += 1

out = {
    "method": f"by person, stratified by language prefix: each prefix group sorted, shuffled with "
              f"random.Random({seed}); first ceil(n/2) en_ people and floor(n/2) bi_ people to test, the rest "
              f"to dev (seed raised from 20270112 until both sides hold every format)",
    "dev": dev_f,
    "test": test_f,
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(seed, "test:", sorted(test))
