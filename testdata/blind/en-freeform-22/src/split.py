#!/usr/bin/env python3
"""Write split.json for en-freeform-22: split by person, stratified by language prefix (en, bi).
Per prefix the people are sorted, shuffled with one random.Random(SEED) (en first, then bi), and the first half
go to test with all their files (en: 11 people -> 6 test, rounding up; bi: 3 -> 1, rounding down)."""
import glob, json, os, random

SEED = 20250722
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(SET, '*'))
               if os.path.isfile(f) and not f.endswith('.json') and not f.endswith('README.md'))
people = sorted({f.rsplit('.', 1)[0] for f in files})
rng = random.Random(SEED)
test_people = set()
for prefix, up in (('en', True), ('bi', False)):
    group = sorted(p for p in people if p.startswith(prefix + '_'))
    rng.shuffle(group)
    n = (len(group) + 1) // 2 if up else len(group) // 2
    test_people.update(group[:n])
out = {
    'method': 'by person, stratified by language prefix (en, bi): per prefix sort, shuffle with one '
              'random.Random(seed), first half to test (en rounds up, bi rounds down), all of a person\'s files together',
    'seed': SEED,
    'dev': [f for f in files if f.rsplit('.', 1)[0] not in test_people],
    'test': [f for f in files if f.rsplit('.', 1)[0] in test_people],
}
json.dump(out, open(os.path.join(SET, 'split.json'), 'w'), indent=2)
print('dev %d files, test %d files; test people: %s' % (len(out['dev']), len(out['test']), ', '.join(sorted(test_people))))
