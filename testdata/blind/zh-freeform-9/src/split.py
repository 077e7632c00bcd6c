"""Split people (not files) into dev/test, stratified by language group so both sides mix languages:
random.seed(20260909); within each group (zh_, tw_/hk_, bi_), sorted names are shuffled and alternately
assigned dev, test, dev, test, ... (group order: zh, tw/hk, bi)."""
import json, os, random
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
files = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f))
               and not f.endswith('.json') and f != 'README.md')
people = sorted({f.rsplit('.', 1)[0] for f in files})
random.seed(20260909)
dev = set()
for pre in (('zh_',), ('tw_', 'hk_'), ('bi_',)):
    g = [p for p in people if p.startswith(pre)]; random.shuffle(g)
    dev.update(g[0::2])
json.dump({'dev': [f for f in files if f.rsplit('.', 1)[0] in dev],
           'test': [f for f in files if f.rsplit('.', 1)[0] not in dev]},
          open(os.path.join(OUT, 'split.json'), 'w'), indent=2)
