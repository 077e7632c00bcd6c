#!/usr/bin/python3
"""Write ../split.json: split by PERSON. English and bilingual people are each sorted, shuffled with
random.Random(seed) and halved (8 + 2 to test). The seed starts at SEED and is raised by one until both
sides hold pdf, docx, html and txt files and at least one .md or .tex file."""
import json, os, random
SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
files = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and not f.endswith('.json') and f != 'README.md')
people = sorted({f.rsplit('.', 1)[0] for f in files})
seed = SEED
while True:
    test = []
    for grp in ('en_', 'bi_'):
        g = sorted(p for p in people if p.startswith(grp)); random.Random(seed).shuffle(g); test += g[:len(g) // 2]
    side = {'test': [f for f in files if f.rsplit('.', 1)[0] in test], 'dev': [f for f in files if f.rsplit('.', 1)[0] not in test]}
    exts = {k: {f.rsplit('.', 1)[1] for f in v} for k, v in side.items()}
    if all({'pdf', 'docx', 'html', 'txt'} <= e and e & {'md', 'tex'} for e in exts.values()):
        break
    seed += 1
json.dump({'dev': side['dev'], 'test': side['test']}, open(os.path.join(OUT, 'split.json'), 'w'), indent=1)
print('seed', seed)
for k in ('dev', 'test'):
    ppl = sorted({f.rsplit('.', 1)[0] for f in side[k]})
    from collections import Counter
    print(k, len(side[k]), 'files;', len(ppl), 'people:', ', '.join(ppl)); print('  ', dict(Counter(f.rsplit('.', 1)[1] for f in side[k])))
