#!/usr/bin/env python3
"""Write split.json: split by PERSON. For each language group (en_, bi_) the people are sorted and
shuffled with random.Random(seed); the first half of each group goes to test, the rest to dev.
The seed starts at 20250905 and is raised by one until both sides hold every format."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".pdf", ".docx", ".html", ".md", ".txt", ".tex")
files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
people = sorted({os.path.splitext(f)[0] for f in files})
formats = {os.path.splitext(f)[1] for f in files}
seed = 20250905
while True:
    test = set()
    for pre in ("en_", "bi_"):
        group = sorted(p for p in people if p.startswith(pre))
        random.Random(seed).shuffle(group)
        test |= set(group[: len(group) // 2])
    side = {"test": [f for f in files if os.path.splitext(f)[0] in test],
            "dev": [f for f in files if os.path.splitext(f)[0] not in test]}
    if all({os.path.splitext(f)[1] for f in side[s]} == formats for s in side):
        break
    seed += 1
json.dump({"dev": side["dev"], "test": side["test"]}, open(os.path.join(SET, "split.json"), "w"), indent=1)
print("seed", seed)
for s in ("dev", "test"):
    ppl = sorted({os.path.splitext(f)[0] for f in side[s]})
    fm = {}
    for f in side[s]:
        e = os.path.splitext(f)[1][1:]; fm[e] = fm.get(e, 0) + 1
    print(s, len(side[s]), "files,", len(ppl), "people:", ", ".join(ppl), fm)
