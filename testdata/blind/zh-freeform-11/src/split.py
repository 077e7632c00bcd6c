#!/usr/bin/env python3
"""Write split.json: people (not files) split into dev / test, stratified by language group.

Groups: Simplified (zh_), Traditional (tw_ + hk_), mixed (bi_). Within a group the people are
sorted, shuffled with random.Random(seed) and dealt alternately; each group starts on the side
the previous group would have dealt next, so the two sides hold about as many people each.
The seed starts at SEED and is raised by one until both sides hold every format
(.txt .md .html .docx .pdf).
"""
import json
import os
import random

SEED = 20250311
SRC = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(SRC)
GROUPS = [("Simplified", ("zh_",)), ("Traditional", ("tw_", "hk_")), ("mixed", ("bi_",))]


FORMATS = {".txt", ".md", ".html", ".docx", ".pdf"}


def deal(people, seed):
    rng = random.Random(seed)
    side = {}
    start = 0
    for _, prefixes in GROUPS:
        group = sorted(p for p in people if p.startswith(prefixes))
        rng.shuffle(group)
        for i, p in enumerate(group):
            side[p] = ("dev", "test")[(i + start) % 2]
        start = (start + len(group)) % 2
    return side


def main():
    files = sorted(f for f in os.listdir(SET)
                   if f not in ("README.md", "split.json", "src") and not f.endswith(".truth.json"))
    people = sorted({f.split(".")[0] for f in files})
    seed = SEED
    while True:
        side = deal(people, seed)
        ok = all({os.path.splitext(f)[1] for f in files if side[f.split(".")[0]] == s} >= FORMATS
                 for s in ("dev", "test"))
        if ok:
            break
        seed += 1
    assert set(side) == set(people)
    out = {
        "method": ("by person, stratified by language group (zh_ / tw_+hk_ / bi_): within a group the "
                   "sorted people are shuffled with Python random.Random(%d) (one generator, groups in "
                   "that order) and dealt alternately to dev and test, each group starting on the side "
                   "the previous group would have dealt next; all files of a person on one side; the seed "
                   "starts at %d and is raised by one until both sides hold every format (txt, md, html, "
                   "docx, pdf): %d was the first" % (seed, SEED, seed)),
        "seed": seed,
        "dev": [f for f in files if side[f.split(".")[0]] == "dev"],
        "test": [f for f in files if side[f.split(".")[0]] == "test"],
    }
    with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    for s in ("dev", "test"):
        ps = sorted({f.split(".")[0] for f in out[s]})
        print(s, len(ps), "people,", len(out[s]), "files:", " ".join(ps))


if __name__ == "__main__":
    main()
