#!/usr/bin/python3
"""Writes split.json: split by person, stratified by language prefix, random.Random(SEED)."""
import json, os, random
SEED = 17170417
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(SET) if f.rsplit('.', 1)[-1] in ('md', 'txt', 'html', 'pdf', 'docx')
               and f != 'README.md' and not f.endswith('.truth.json'))
people = sorted({f.rsplit('.', 1)[0] for f in files})
rng = random.Random(SEED)
test_people = set()
for lang, up in (('en', 1), ('bi', 0)):   # en rounds its half up, bi down: 7 people each side
    group = sorted(p for p in people if p.startswith(lang + '_'))
    rng.shuffle(group)
    test_people.update(group[:(len(group) + up) // 2])
split = {"method": f"by person, stratified by language prefix (en, bi): each group sorted, shuffled with one "
                   f"random.Random({SEED}) in that order, first half to test (en 6 of 11, rounded up; bi 1 of 3, rounded down); all files of a person on one side",
         "seed": SEED,
         "dev": [f for f in files if f.rsplit('.', 1)[0] not in test_people],
         "test": [f for f in files if f.rsplit('.', 1)[0] in test_people]}
json.dump(split, open(os.path.join(SET, 'split.json'), 'w'), indent=1)
print(len(split['dev']), 'dev files;', len(split['test']), 'test files')
print('test people:', sorted(test_people))
