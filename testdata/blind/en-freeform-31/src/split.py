"""Split by person, stratified by prefix: per prefix the people are sorted and shuffled with one
random.Random(SEED) (en first, then bi); the first half go to test (en rounds up, bi rounds down)."""
import json, os, random, math
SEED = 20260418
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
files = sorted(f for f in os.listdir(OUT) if f.startswith(("en_", "bi_")) and not f.endswith(".truth.json"))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for prefix, up in (("en_", True), ("bi_", False)):
    ps = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(ps)
    k = math.ceil(len(ps) / 2) if up else len(ps) // 2
    for i, p in enumerate(ps):
        (test if i < k else dev).extend(people[p])
json.dump({"method": "by person, stratified by prefix (en, bi); per prefix sorted then shuffled with one random.Random(seed), "
           "first half (en rounded up, bi rounded down) to test", "seed": SEED, "dev": sorted(dev), "test": sorted(test)},
          open(os.path.join(OUT, "split.json"), "w"), indent=2)
print("dev", len(dev), "test", len(test))
