"""Writes split.json: by person, stratified by language prefix, random.Random(SEED)."""
import json, os, random, sys

SEED = 20251217
out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(out)
               if not f.endswith(".truth.json") and os.path.exists(os.path.join(out, f + ".truth.json")))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
groups = [["zh_"], ["tw_", "hk_"], ["bi_"]]
rng = random.Random(SEED)
dev, test = [], []
turn = 0  # 0 -> test first
for prefixes in groups:
    names = sorted(p for p in people if any(p.startswith(x) for x in prefixes))
    rng.shuffle(names)
    for p in names:
        (test if turn == 0 else dev).extend(people[p])
        turn ^= 1
method = ("by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with one "
          f"random.Random({SEED}) and dealt alternately, test first, the alternation continuing across groups; "
          "all files of a person on the same side")
json.dump({"method": method, "dev": sorted(dev), "test": sorted(test)},
          open(os.path.join(out, "split.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(f"split: dev {len(dev)} files, test {len(test)} files")
