#!/usr/bin/env python3
"""Writes ../split.json: split by person, stratified by language prefix (en, bi).
Per prefix the people are sorted, shuffled with one random.Random(SEED) (en first, then bi), and the first
half go to test with all their files (en rounds up: 6 of 11; bi rounds down: 1 of 3)."""
import json, os, random
SEED = 20250807
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(OUT) if (f.startswith('en_') or f.startswith('bi_')) and not f.endswith('.truth.json'))
people = {}
for f in files:
    people.setdefault(f.rsplit('.', 1)[0], []).append(f)
rng = random.Random(SEED)
test_people = []
for prefix, half in (('en', lambda n: (n + 1) // 2), ('bi', lambda n: n // 2)):
    ps = sorted(p for p in people if p.startswith(prefix + '_'))
    rng.shuffle(ps)
    test_people += ps[:half(len(ps))]
test = sorted(f for p in test_people for f in people[p])
dev = sorted(f for f in files if f not in test)
json.dump({"method": "by person, stratified by language prefix (en: 6 of 11 people to test, bi: 1 of 3); "
                     "people sorted, then shuffled per prefix with one random.Random(seed), en first",
           "seed": SEED, "dev": dev, "test": test}, open(os.path.join(OUT, 'split.json'), 'w'), indent=1, ensure_ascii=False)
print(f"test {len(test)} files ({len(test_people)} people), dev {len(dev)} files")
