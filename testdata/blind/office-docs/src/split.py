#!/usr/bin/env python3
"""Dev/test split by person: per language group (zh, en, bi) persons are shuffled with
random.Random(SEED) and put on the test side while the group's test files stay within half."""
import json, os, random
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SEED = 20261204
files = sorted(f for f in os.listdir(OUT) if f.rsplit('.', 1)[-1] in ('docx', 'pdf', 'txt'))
people = {}
for f in files:
    people.setdefault(f.rsplit('.', 1)[0], []).append(f)
rng = random.Random(SEED)
test, dev, rt, rd = [], [], [], []
for g in ('zh', 'en', 'bi'):
    ps = sorted(p for p in people if p.startswith(g + '_'))
    total = sum(len(people[p]) for p in ps)
    rng.shuffle(ps)
    used = 0
    for p in ps:
        if used + len(people[p]) <= total / 2:
            used += len(people[p]); test += people[p]; rt.append(p)
        else:
            dev += people[p]; rd.append(p)
split = {'method': 'per language group (zh, en, bi), persons shuffled with random.Random(seed) and put on the test side '
                   'while the group\'s test files stay within half; every file of a person is on one side. The parser\'s '
                   'engineers never look at the test files\' failures.',
         'seed': SEED, 'test': sorted(test), 'dev': sorted(dev), 'resumes': {'test': sorted(rt), 'dev': sorted(rd)}}
with open(os.path.join(OUT, 'split.json'), 'w') as f:
    json.dump(split, f, indent=2); f.write('\n')
print('test %d files / %d people, dev %d files / %d people' % (len(test), len(rt), len(dev), len(rd)))
