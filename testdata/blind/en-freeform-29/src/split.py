"""Writes split.json: split by person, stratified by prefix, with a fixed seed.
Per prefix (en, then bi) the people are sorted and shuffled with one random.Random(SEED); the first half go to
test with all their files (en rounds up, bi rounds down), the rest to dev."""
import json, os, random
SEED = 20260301
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)
files = sorted(f for f in os.listdir(out) if f.rsplit(".", 1)[-1] in ("txt", "md", "html", "pdf", "docx"))
people = {}
for f in files:
    people.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for prefix, roundup in (("en", True), ("bi", False)):
    ps = sorted(p for p in people if p.startswith(prefix + "_"))
    rng.shuffle(ps)
    k = (len(ps) + 1) // 2 if roundup else len(ps) // 2
    for i, p in enumerate(ps):
        (test if i < k else dev).extend(people[p])
json.dump({"method": "by person, stratified by prefix (en, bi): sorted, shuffled with random.Random(seed), first half "
                     "(en rounded up, bi rounded down) to test", "seed": SEED,
           "dev": sorted(dev), "test": sorted(test)}, open(os.path.join(out, "split.json"), "w"), indent=2)
print(len(dev), "dev,", len(test), "test")
