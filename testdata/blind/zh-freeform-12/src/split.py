#!/usr/bin/env python3
"""Write split.json: people (not files) go to dev or test.

Per language group (zh_, then tw_ + hk_, then bi_) the people are sorted, shuffled with one
random.Random(seed) and dealt alternately to dev and test, each group starting on the side the
previous group would have dealt next. The seed starts at SEED and is raised by one until both
sides hold every format (txt, md, html, docx, pdf); the seed used is written into split.json.
"""
import json, os, random
SEED = 20251212
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = ("txt", "md", "html", "docx", "pdf")
files = sorted(f for f in os.listdir(OUT) if f.rsplit(".", 1)[-1] in EXTS and f != "README.md")
people = sorted({f.rsplit(".", 1)[0] for f in files})
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
seed = SEED
while True:
    rng = random.Random(seed)
    side, dev, test = 0, [], []
    for g in groups:
        g = sorted(g)
        rng.shuffle(g)
        for p in g:
            (dev if side == 0 else test).append(p)
            side ^= 1
    def fmts(ps):
        return {f.rsplit(".", 1)[-1] for f in files if f.rsplit(".", 1)[0] in ps}
    if fmts(dev) == set(EXTS) and fmts(test) == set(EXTS):
        break
    seed += 1
doc = {
    "method": f"by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with "
              f"random.Random({seed}) (one generator for all groups) and dealt alternately dev/test, continuing the "
              f"alternation across groups; seed started at {SEED} and was raised until both sides hold every format",
    "seed": seed,
    "dev": [f for f in files if f.rsplit(".", 1)[0] in dev],
    "test": [f for f in files if f.rsplit(".", 1)[0] in test],
}
with open(os.path.join(OUT, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("seed", seed, "dev", sorted(dev), "test", sorted(test))
