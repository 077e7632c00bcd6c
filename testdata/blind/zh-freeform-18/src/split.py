"""Writes split.json: by person, stratified by language prefix, random.Random(SEED)."""
import json, os, random, sys
SEED = 20260118
out = sys.argv[1]
files = sorted(f for f in os.listdir(out) if not f.endswith('.truth.json') and f.split('_')[0] in ('zh', 'tw', 'hk', 'bi')
               and os.path.isfile(os.path.join(out, f)))
people = sorted({f.rsplit('.', 1)[0] for f in files})
groups = [[p for p in people if p.startswith('zh_')], [p for p in people if p[:3] in ('tw_', 'hk_')],
          [p for p in people if p.startswith('bi_')]]
rng = random.Random(SEED)
side = {}
k = 0
for g in groups:
    g = sorted(g)
    rng.shuffle(g)
    for p in g:
        side[p] = 'test' if k % 2 == 0 else 'dev'
        k += 1
split = {"method": f"by person, stratified by language prefix (zh_; tw_+hk_; bi_): each group sorted, shuffled with "
                   f"random.Random({SEED}) and dealt alternately test/dev, the alternation continuing across groups",
         "dev": [f for f in files if side[f.rsplit('.', 1)[0]] == 'dev'],
         "test": [f for f in files if side[f.rsplit('.', 1)[0]] == 'test']}
json.dump(split, open(os.path.join(out, 'split.json'), 'w'), ensure_ascii=False, indent=2)
print('split:', {s: sorted({f.rsplit('.', 1)[0] for f in split[s]}) for s in ('dev', 'test')})
