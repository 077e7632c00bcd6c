#!/usr/bin/env python3
"""Write split.json: whole people to one side, stratified by language prefix (zh_, then tw_+hk_, then bi_).
Per group the people are sorted, shuffled with one random.Random(SEED) and dealt alternately, the alternation
continuing across groups (first person of the first group to test)."""
import json, os, random
SEED = 20250714
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(ROOT) if f.endswith(('.md', '.txt', '.html', '.docx', '.pdf')) and f != 'README.md')
people = sorted({os.path.splitext(f)[0] for f in files})
groups = [[p for p in people if p.startswith('zh_')], [p for p in people if p[:3] in ('tw_', 'hk_')], [p for p in people if p.startswith('bi_')]]
rng = random.Random(SEED)
side, k = {}, 0
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        side[p] = 'test' if k % 2 == 0 else 'dev'
        k += 1
out = {"method": f"by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with random.Random({SEED}) (one generator), dealt alternately test/dev continuing across groups; all files of a person on one side",
       "dev": [f for f in files if side[os.path.splitext(f)[0]] == 'dev'],
       "test": [f for f in files if side[os.path.splitext(f)[0]] == 'test']}
json.dump(out, open(os.path.join(ROOT, 'split.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
