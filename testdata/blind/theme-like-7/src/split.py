#!/usr/bin/env python3
"""Write split.json: people shuffled per language group with random.Random(20261207); in each
group the first half (rounded: 2 of 4 English; for the two 3-person groups the generator picks
which one gives 2 people to test) goes to test, the rest to dev. All files of a person stay together."""
import glob, json, os, random
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(20261207)
people = sorted({os.path.basename(f).split('.')[0] for f in glob.glob(os.path.join(OUT, '*.truth.json'))})
groups = {g: sorted(p for p in people if p.startswith(g + '_')) for g in ('en', 'zh', 'bi')}
big = rng.choice(['zh', 'bi'])
test = []
for g in ('en', 'zh', 'bi'):
    ps = groups[g][:]; rng.shuffle(ps)
    k = 2 if g == 'en' else (2 if g == big else 1)
    test += ps[:k]
files = lambda ps: sorted(os.path.basename(f)[:-len('.truth.json')] for p in ps
                          for f in glob.glob(os.path.join(OUT, p + '.*.truth.json')))
json.dump({'dev': files([p for p in people if p not in test]), 'test': files(test)},
          open(os.path.join(OUT, 'split.json'), 'w'), indent=2)
print('test:', sorted(test))
