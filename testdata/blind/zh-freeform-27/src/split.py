#!/usr/bin/env python3
"""Write split.json: by person, stratified by prefix (zh_, tw_, hk_, bi_ in that order). Each prefix's people
are sorted, shuffled with one random.Random(27029) and dealt alternately (test first), the alternation
continuing across prefixes; all files of a person stay on one side."""
import json, os, random
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = ("txt", "md", "html", "pdf", "docx")
files = sorted(f for f in os.listdir(SET) if f.rsplit(".", 1)[-1] in EXTS and f != "README.md")
people = sorted({f.rsplit(".", 1)[0] for f in files})
rng = random.Random(27029)
side = {"dev": [], "test": []}
turn = 0
for pre in ("zh_", "tw_", "hk_", "bi_"):
    group = [p for p in people if p.startswith(pre)]
    rng.shuffle(group)
    for p in group:
        side["test" if turn % 2 == 0 else "dev"].append(p)
        turn += 1
out = {"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_): sorted, shuffled with random.Random(seed), dealt alternately test/dev across prefixes",
       "seed": 27029,
       "dev": [f for f in files if f.rsplit(".", 1)[0] in side["dev"]],
       "test": [f for f in files if f.rsplit(".", 1)[0] in side["test"]]}
json.dump(out, open(os.path.join(SET, "split.json"), "w"), ensure_ascii=False, indent=2)
print("split: dev %d people / %d files, test %d people / %d files" % (len(side["dev"]), len(out["dev"]), len(side["test"]), len(out["test"])))
