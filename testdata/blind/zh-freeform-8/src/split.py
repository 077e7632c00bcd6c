#!/usr/bin/env python3
"""Write split.json: people shuffled with random.seed(20260808), first half dev, rest test."""
import glob, json, os, random
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, '*'))
               if f.rsplit('.', 1)[-1] in ('pdf', 'docx', 'html', 'md', 'txt', 'tex') and not f.endswith('README.md'))
people = sorted({f.rsplit('.', 1)[0] for f in files})
random.seed(20260808)
random.shuffle(people)
dev = set(people[:len(people) // 2])
json.dump({'dev': [f for f in files if f.rsplit('.', 1)[0] in dev],
           'test': [f for f in files if f.rsplit('.', 1)[0] not in dev]},
          open(os.path.join(OUT, 'split.json'), 'w'), ensure_ascii=False, indent=1)
print('split:', sorted(dev))
