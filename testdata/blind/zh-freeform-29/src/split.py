"""Print split.json for zh-freeform-29: by person, stratified by prefix, fixed seed."""
import json, os, random
SEED = 29029
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
files = []
for line in open(os.path.join(HERE, "convert.txt"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        files.append(line.split()[0])
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
turn = 0  # alternation continues across prefixes, test first
for prefix in ["zh_", "tw_", "hk_", "bi_"]:
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        (test if turn % 2 == 0 else dev).extend(sorted(people[p]))
        turn += 1
print(json.dumps({"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_); each prefix's people sorted, shuffled with random.Random(%d) and dealt alternately, test first, the alternation continuing across prefixes" % SEED,
                  "seed": SEED, "dev": sorted(dev), "test": sorted(test)}, ensure_ascii=False, indent=2))
