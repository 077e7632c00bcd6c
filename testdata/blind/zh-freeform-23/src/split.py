"""Write split.json for zh-freeform-23: split by person, stratified by language prefix.

Groups: zh_, then tw_ + hk_ together, then bi_. Each group's people are sorted, shuffled with one
random.Random(23023) and dealt alternately, test first, the alternation carrying on across groups,
so the single tw_ person lands on a side chosen by the seed. All files of a person go to one side.
"""
import json, os, random

SEED = 23023
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(SET)
               if not f.endswith(".truth.json") and f.split(".")[-1] in ("txt", "md", "html", "pdf", "docx"))
people = sorted({f.rsplit(".", 1)[0] for f in files})
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
rng = random.Random(SEED)
side, turn = {}, 0
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        side[p] = "test" if turn % 2 == 0 else "dev"
        turn += 1
out = {"method": "by person, stratified by language prefix (zh_ | tw_+hk_ | bi_); each group sorted, "
                 "shuffled with random.Random(seed), dealt alternately test/dev with the alternation "
                 "continuing across groups; all files of a person on one side",
       "seed": SEED,
       "dev": [f for f in files if side[f.rsplit('.', 1)[0]] == "dev"],
       "test": [f for f in files if side[f.rsplit('.', 1)[0]] == "test"]}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split.json: dev", len(out["dev"]), "test", len(out["test"]))
