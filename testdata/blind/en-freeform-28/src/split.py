"""Write split.json: split by person, stratified by prefix (en, bi), half the people on each side.
Per prefix the people are sorted and shuffled with one random.Random(SEED) (en first); the first half go to test
(en rounds up, bi rounds down), the rest to dev, with all their files."""
import json, os, random
SEED = 20260328
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
files = sorted(f for f in os.listdir(OUT) if not f.endswith(".json") and f not in ("src", "README.md")
               and not os.path.isdir(os.path.join(OUT, f)))
people = {}
for f in files:
    people.setdefault(os.path.splitext(f)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for prefix, roundup in (("en", True), ("bi", False)):
    ps = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(ps)
    k = (len(ps) + 1) // 2 if roundup else len(ps) // 2
    for i, p in enumerate(ps):
        (test if i < k else dev).extend(people[p])
split = {"method": "by person, stratified by prefix (en, bi); per prefix sorted then shuffled with random.Random(seed), "
                   "first half (en rounded up, bi rounded down) to test, rest to dev",
         "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
with open(os.path.join(OUT, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(split, fh, indent=2)
    fh.write("\n")
print(len(dev), "dev,", len(test), "test")
