#!/usr/bin/env python3
"""Write split.json: split by person, per language group, with random.Random(SEED)."""
import json, os, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED0 = 20260609
files = sorted(f for f in os.listdir(ROOT) if f.endswith((".txt", ".md", ".html", ".pdf", ".docx")) and f.startswith(("en_", "bi_")))
people = sorted({os.path.splitext(f)[0] for f in files})
EXTS = {".txt", ".md", ".html", ".pdf", ".docx"}
def exts(names):
    return {os.path.splitext(f)[1] for f in files if os.path.splitext(f)[0] in names}
# the seed starts at SEED0 and is raised until both sides hold all five formats
SEED = SEED0
while True:
    rng = random.Random(SEED)
    test = []
    for prefix, k in (("en_", 6), ("bi_", 2)):
        grp = [p for p in people if p.startswith(prefix)]
        rng.shuffle(grp)
        test += grp[:k]
    if exts(test) == EXTS and exts(set(people) - set(test)) == EXTS:
        break
    SEED += 1
print("seed", SEED)
split = {"dev": [f for f in files if os.path.splitext(f)[0] not in test],
         "test": [f for f in files if os.path.splitext(f)[0] in test]}
json.dump(split, open(os.path.join(ROOT, "split.json"), "w"), indent=1)
for side in ("dev", "test"):
    print(side, len(split[side]), sorted({os.path.splitext(f)[0] for f in split[side]}),
          sorted({os.path.splitext(f)[1] for f in split[side]}))
