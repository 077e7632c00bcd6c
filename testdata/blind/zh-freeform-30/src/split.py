"""Print split.json for zh-freeform-30: by person, stratified by prefix, fixed seed."""
import json, os, random
SEED = 30039
here = os.path.dirname(os.path.abspath(__file__))
files = [l.split()[0] for l in open(os.path.join(here, "convert.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")]
people = sorted({f.rsplit(".", 1)[0] for f in files})
rng = random.Random(SEED)
dev, test, turn = [], [], 0
for prefix in ["zh_", "tw_", "hk_", "bi_"]:
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        (test if turn % 2 == 0 else dev).append(p)
        turn += 1
pick = lambda side: sorted(f for f in files if f.rsplit(".", 1)[0] in side)
print(json.dumps({"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_); each prefix's people sorted, shuffled with random.Random(seed), dealt alternately test/dev, alternation continuing across prefixes",
                  "seed": SEED, "dev": pick(dev), "test": pick(test)}, ensure_ascii=False, indent=1))
