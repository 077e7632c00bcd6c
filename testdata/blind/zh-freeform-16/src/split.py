"""Split the set by person, stratified by language prefix; prints split.json."""
import json
import os
import random

SEED = 20251216
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)
files = sorted(f for f in os.listdir(out)
               if not f.endswith(".truth.json") and f.split("_")[0] in ("zh", "tw", "hk", "bi", "en")
               and os.path.isfile(os.path.join(out, f)))
people = sorted({os.path.splitext(f)[0] for f in files})
groups = [[p for p in people if p.startswith("zh_")],
          [p for p in people if p.startswith(("tw_", "hk_"))],
          [p for p in people if p.startswith("bi_")]]
rng = random.Random(SEED)
dev, test = [], []
turn = 0  # 0 -> test first, then alternate across groups
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        (test if turn == 0 else dev).append(p)
        turn ^= 1
side = lambda ps: sorted(f for f in files if os.path.splitext(f)[0] in ps)
print(json.dumps({
    "method": f"by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with "
              f"random.Random({SEED}) (one generator for all groups, in that order) and dealt alternately, "
              f"test first, the alternation continuing across groups",
    "seed": SEED,
    "dev": side(set(dev)),
    "test": side(set(test)),
}, ensure_ascii=False, indent=2))
