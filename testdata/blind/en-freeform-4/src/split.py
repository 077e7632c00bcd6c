#!/usr/bin/env python3
"""Write split.json: people split in half at random, separately for the English (15 -> 7 test)
and the bilingual group (5 -> 3 test); all files of a person on one side. The seed starts at
20260418 and is raised by one until both sides hold every format (pdf, docx, md, txt, html, tex)."""
import json, os, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = {".pdf", ".docx", ".html", ".md", ".txt", ".tex"}
files = sorted(f for f in os.listdir(ROOT) if os.path.splitext(f)[1] in EXTS and not f.endswith(".truth.json") and f != "README.md")
people = sorted({f.split(".")[0] for f in files})
def draw(seed):
    rng = random.Random(seed)
    test = set()
    for prefix in ("en_", "bi_"):
        group = [p for p in people if p.startswith(prefix)]
        rng.shuffle(group)
        test.update(group[: (len(group) + 1) // 2 if prefix == "bi_" else len(group) // 2])
    return test

def formats(ps):
    return {f.rsplit(".", 1)[1] for f in files if f.split(".")[0] in ps}

seed = 20260418
while True:
    test = draw(seed)
    if formats(test) == formats(set(people) - test) == formats(set(people)):
        break
    seed += 1
print("seed", seed)
split = {"dev": [f for f in files if f.split(".")[0] not in test],
         "test": [f for f in files if f.split(".")[0] in test]}
with open(os.path.join(ROOT, "split.json"), "w") as fh:
    json.dump(split, fh, indent=2)
    fh.write("\n")
for side in ("dev", "test"):
    ps = sorted({f.split(".")[0] for f in split[side]})
    exts = {}
    for f in split[side]:
        e = f.rsplit(".", 1)[1]; exts[e] = exts.get(e, 0) + 1
    print(side, len(split[side]), "files", len(ps), "people", exts, ps)
