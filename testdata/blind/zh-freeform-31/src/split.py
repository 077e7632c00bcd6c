#!/usr/bin/env python3
"""Write split.json for zh-freeform-31: by person, stratified by prefix (zh_, tw_, hk_, bi_ in that order).
Each prefix's people are sorted, shuffled with one random.Random(SEED) and dealt alternately, test first,
the alternation continuing across prefixes. All files of a person land on one side."""
import json, os, random, re
SEED = 31031
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTS = ('.txt', '.md', '.html', '.pdf', '.docx')
files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != 'README.md')
people = {}
for f in files:
    people.setdefault(os.path.splitext(f)[0], []).append(f)
rng = random.Random(SEED)
dev, test = [], []
turn = 0
for prefix in ('zh_', 'tw_', 'hk_', 'bi_'):
    group = sorted(p for p in people if p.startswith(prefix))
    rng.shuffle(group)
    for p in group:
        (test if turn % 2 == 0 else dev).extend(people[p])
        turn += 1
out = {"method": "by person, stratified by prefix (zh_, tw_, hk_, bi_); people sorted, shuffled with random.Random(seed) "
                  "and dealt alternately test/dev, the alternation continuing across prefixes (src/split.py)",
       "seed": SEED, "dev": sorted(dev), "test": sorted(test)}
with open(os.path.join(SET, 'split.json'), 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print('split.json: dev %d files, test %d files' % (len(dev), len(test)))
