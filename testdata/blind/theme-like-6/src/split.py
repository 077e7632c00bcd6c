#!/usr/bin/env python3
"""Write split.json: people (all four files of a person together) split dev/test.

Each language group (zh, en, bi) is shuffled with random.Random(20261206) and
its first people go to test: half of the 4 en people; of the two groups of 3
(zh, bi) the same generator picks one to give 2 people and the other 1, so that
5 of the 10 people (20 of 40 files) are on the test side.
"""
import json
import os
import random

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SEED = 20261206
EXTS = ('html', 'pdf', 'txt', 'docx')

people = sorted(json.load(open(os.path.join(SRC, 'themes.json'), encoding='utf-8')))
rng = random.Random(SEED)
test = []
odd = ['zh', 'bi']
rng.shuffle(odd)
quota = {'en': 2, odd[0]: 2, odd[1]: 1}
for group in ('zh', 'en', 'bi'):
    members = [p for p in people if p.startswith(group + '_')]
    rng.shuffle(members)
    test += members[:quota[group]]
split = {
    'dev': ['%s.%s' % (p, e) for p in people if p not in test for e in EXTS],
    'test': ['%s.%s' % (p, e) for p in sorted(test) for e in EXTS],
}
with open(os.path.join(OUT, 'split.json'), 'w', encoding='utf-8') as f:
    json.dump(split, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('test:', ', '.join(sorted(test)))
