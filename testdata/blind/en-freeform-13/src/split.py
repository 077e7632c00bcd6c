#!/usr/bin/env python3
"""Write split.json: people split by language prefix with random.Random(seed); the first ceil(n/2) English
people and the first floor(n/2) bilingual people go to test. The seed starts at START and is raised by one
until both sides hold every format."""
import json, math, os, random

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START = 20270301
files = sorted(f for f in os.listdir(SET) if f.endswith((".pdf", ".docx", ".html", ".md", ".txt")) and f != "README.md")
people = sorted({os.path.splitext(f)[0] for f in files})
fmts = {os.path.splitext(f)[1] for f in files}
seed = START
while True:
    rng = random.Random(seed)
    test = []
    for lang, take in (("en_", math.ceil), ("bi_", math.floor)):
        group = sorted(p for p in people if p.startswith(lang))
        rng.shuffle(group)
        test += group[:take(len(group) / 2)]
    side = {"test": [f for f in files if os.path.splitext(f)[0] in test]}
    side["dev"] = [f for f in files if f not in side["test"]]
    if all({os.path.splitext(f)[1] for f in side[k]} == fmts for k in side):
        break
    seed += 1
out = {"method": f"by person, stratified by language prefix (en_: ceil(n/2) to test, bi_: floor(n/2) to test); "
                 f"people sorted then shuffled with Python random.Random({seed}); seed started at {START} and was "
                 f"raised until both sides hold every format (src/split.py)",
       "seed": seed, "dev": side["dev"], "test": side["test"]}
json.dump(out, open(os.path.join(SET, "split.json"), "w"), indent=2)
print(seed, "test:", sorted(test))
