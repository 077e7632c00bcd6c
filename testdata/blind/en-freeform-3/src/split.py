#!/usr/bin/env python3
"""Write ../split.json: people (all files of one person together) split into dev and test.
Per language group (en_ / bi_) the people are sorted, shuffled with random.Random(seed) and the first
half of each group (7 of 14 English, 3 of 6 bilingual) goes to test, the rest to dev. The seed starts at
SEED and is raised by one until each side holds at least one file of every format (.pdf .docx .html .md
.txt .tex); the seed used is printed (20250606 for this set)."""
import json
import os
import random

SEED = 20250603
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = (".pdf", ".docx", ".html", ".md", ".txt", ".tex")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and os.path.exists(os.path.join(SET, f + ".truth.json")))
people = sorted({os.path.splitext(f)[0] for f in files})


def draw(seed):
    test_people = set()
    for group in ("en_", "bi_"):
        members = sorted(p for p in people if p.startswith(group))
        random.Random(seed).shuffle(members)
        test_people.update(members[: len(members) // 2])
    return {
        "dev": [f for f in files if os.path.splitext(f)[0] not in test_people],
        "test": [f for f in files if os.path.splitext(f)[0] in test_people],
    }


seed = SEED
while True:
    split = draw(seed)
    if all({os.path.splitext(f)[1] for f in split[side]} == set(EXTS) for side in ("dev", "test")):
        break
    seed += 1
print("seed", seed)
split = {"seed": seed, **split}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump({"dev": split["dev"], "test": split["test"]}, fh, indent=2)
    fh.write("\n")
for side in ("dev", "test"):
    ps = sorted({os.path.splitext(f)[0] for f in split[side]})
    exts = {}
    for f in split[side]:
        e = os.path.splitext(f)[1]
        exts[e] = exts.get(e, 0) + 1
    print(side, len(split[side]), "files,", len(ps), "people:", ", ".join(ps))
    print("   formats:", dict(sorted(exts.items())))
