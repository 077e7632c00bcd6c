"""Writes split.json: by person, stratified by prefix, half the people of each prefix to test."""
import json, os, random
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SEED = 20260126
files = sorted(f for f in os.listdir(OUT) if f.rsplit('.', 1)[-1] in ('txt', 'md', 'html', 'pdf', 'docx') and f != 'README.md')
people = {}
for f in files:
    people.setdefault(f.rsplit('.', 1)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
for prefix, up in (('en', True), ('bi', False)):
    ps = sorted(p for p in people if p.startswith(prefix + '_'))
    rng.shuffle(ps)
    k = (len(ps) + 1) // 2 if up else len(ps) // 2
    for i, p in enumerate(ps):
        (test if i < k else dev).extend(people[p])
json.dump({"method": "by person, stratified by prefix (en, bi); people sorted then shuffled with one random.Random(seed), en first; "
           "the first half of each prefix to test (en rounds up, bi rounds down), all files of a person on one side",
           "seed": SEED, "dev": sorted(dev), "test": sorted(test)}, open(os.path.join(OUT, 'split.json'), 'w'), indent=2)
print('dev', len(dev), 'test', len(test))
