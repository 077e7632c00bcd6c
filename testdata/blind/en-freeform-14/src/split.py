#!/usr/bin/env python3
"""Writes split.json: split BY PERSON, stratified by language prefix. For each prefix the
people are sorted and shuffled with random.Random(seed); the first ceil(n/2) English people and
the first floor(n/2) bilingual people go to test, the rest to dev. The seed starts at 20270401
and is raised by one until both sides hold every format (pdf, docx, html, md, txt)."""
import json
import math
import random
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")
files = sorted(p.name for p in SET.iterdir() if p.suffix in EXTS and p.name != "README.md")
people = sorted({f.split(".")[0] for f in files})
START = 20270401
seed = START
while True:
    test = []
    for prefix, take in (("en_", math.ceil), ("bi_", math.floor)):
        group = sorted(p for p in people if p.startswith(prefix))
        random.Random(seed).shuffle(group)
        test += group[:take(len(group) / 2)]
    tf = [f for f in files if f.split(".")[0] in test]
    df = [f for f in files if f.split(".")[0] not in test]
    fmts = lambda fs: {f.rsplit(".", 1)[1] for f in fs}
    if fmts(tf) == fmts(df) == {e[1:] for e in EXTS}:
        break
    seed += 1
method = (f"by person, stratified by language prefix (en_: ceil(n/2) to test, bi_: floor(n/2) to test); "
          f"people sorted then shuffled with Python random.Random({seed}) per prefix; seed started at {START} "
          f"and was raised until both sides hold every format")
json.dump({"method": method, "seed": seed, "dev": df, "test": tf},
          open(SET / "split.json", "w"), indent=2)
print("seed", seed, "test people:", sorted(test))
