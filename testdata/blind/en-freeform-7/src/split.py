#!/usr/bin/env python3
"""Write ../split.json: per language group (en 16, bi 4) the people are sorted and shuffled with
random.Random(seed); the first half of each group goes to test. The seed starts at 20261207 and is raised
by one until both sides hold every format (pdf, docx, html, md, txt, tex)."""
import json, os, random
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(SET) if f.rsplit('.', 1)[-1] in ('pdf', 'docx', 'html', 'md', 'txt', 'tex')
               and f != 'README.md' and not f.endswith('.truth.json'))
people = sorted({f.rsplit('.', 1)[0] for f in files})
FORMATS = {'pdf', 'docx', 'html', 'md', 'txt', 'tex'}
seed = 20261207
while True:
    rng = random.Random(seed); test = set()
    for lang in ('en', 'bi'):
        group = [p for p in people if p.startswith(lang + '_')]
        rng.shuffle(group)
        test |= set(group[:len(group) // 2])
    side = {'test': [f for f in files if f.rsplit('.', 1)[0] in test],
            'dev': [f for f in files if f.rsplit('.', 1)[0] not in test]}
    if all({f.rsplit('.', 1)[1] for f in side[s]} == FORMATS for s in side):
        break
    seed += 1
json.dump({'dev': side['dev'], 'test': side['test']}, open(os.path.join(SET, 'split.json'), 'w'), indent=1)
print('seed', seed)
for s in ('test', 'dev'):
    ppl = sorted({f.rsplit('.', 1)[0] for f in side[s]})
    fm = {}
    for f in side[s]: fm[f.rsplit('.', 1)[1]] = fm.get(f.rsplit('.', 1)[1], 0) + 1
    print(s, len(side[s]), 'files', len(ppl), 'people:', ', '.join(ppl), '|', fm)
