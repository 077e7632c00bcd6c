"""Write split.json: split by person, stratified by prefix (zh_, tw_, hk_, bi_ in that
order); each prefix's people are sorted, shuffled with one random.Random(SEED) and dealt
alternately to test and dev, the alternation continuing across prefixes."""
import json, os, random
SEED = 28030
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
files = sorted(l.split()[0] for l in open(os.path.join(HERE, "convert.txt"), encoding="utf-8")
               if l.strip() and not l.startswith("#"))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
turn = 0
for prefix in ("zh_", "tw_", "hk_", "bi_"):
    ps = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(ps)
    for p in ps:
        (test if turn % 2 == 0 else dev).extend(people[p])
        turn += 1
out = {"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_): each prefix's people sorted, "
                 "shuffled with random.Random(%d) and dealt alternately test/dev, the alternation continuing "
                 "across prefixes; all files of a person on one side (src/split.py)" % SEED,
       "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("split: dev %d files, test %d files" % (len(dev), len(test)))
