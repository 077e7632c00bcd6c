#!/usr/bin/python3
"""Write split.json: split by person, half of each language group to test, with a seeded shuffle."""
import json, os, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(ROOT) if f.endswith(('.txt', '.md', '.html', '.pdf', '.docx', '.tex')) and f != 'README.md')
people = sorted({os.path.splitext(f)[0] for f in files})
groups = {'en': [p for p in people if p.startswith('en_')], 'bi': [p for p in people if p.startswith('bi_')]}
n_test = {'en': 6, 'bi': 2}
def exts(ps): return {os.path.splitext(f)[1] for f in files if os.path.splitext(f)[0] in ps}
seed = 20261205
while True:
    test = set()
    for g, ps in groups.items():
        ps = list(ps); random.Random(seed).shuffle(ps); test |= set(ps[:n_test[g]])
    dev = set(people) - test
    ok = all({'.pdf', '.docx', '.html', '.txt'} <= exts(s) and exts(s) & {'.md', '.tex'} for s in (test, dev))
    if ok: break
    seed += 1
split = {'dev': [f for f in files if os.path.splitext(f)[0] in dev], 'test': [f for f in files if os.path.splitext(f)[0] in test]}
json.dump(split, open(os.path.join(ROOT, 'split.json'), 'w'), indent=1)
print('seed', seed); print('test', sorted(test)); print('dev', sorted(dev))
for k, v in split.items():
    from collections import Counter
    print(k, len(v), dict(Counter(os.path.splitext(f)[1] for f in v)))
