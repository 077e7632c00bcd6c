"""Write ../split.json: split by person, stratified by prefix; half the people of each prefix go to test."""
import json, os, random, math
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
SEED = 20260227
files = sorted(f for f in os.listdir(SET) if not f.endswith(".json") and f != "README.md" and not os.path.isdir(os.path.join(SET, f)))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for prefix, roundup in (("en", True), ("bi", False)):
    names = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(names)
    k = math.ceil(len(names) / 2) if roundup else len(names) // 2
    for i, p in enumerate(names):
        (test if i < k else dev).extend(people[p])
json.dump({"method": "by person, stratified by prefix (en, bi): people sorted, shuffled with one random.Random(seed) (en first); "
                     "the first half go to test (en rounds up, bi rounds down), the rest to dev",
           "seed": SEED, "dev": sorted(dev), "test": sorted(test)},
          open(os.path.join(SET, "split.json"), "w"), indent=1)
print(len(dev), "dev files;", len(test), "test files")
