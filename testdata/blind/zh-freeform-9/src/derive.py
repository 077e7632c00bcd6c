"""Copy src/truth/NAME.json (or a file-specific src/truth/NAME.EXT.json) to NAME.EXT.truth.json."""
import json, os, glob
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
for old in glob.glob(os.path.join(OUT, '*.truth.json')): os.remove(old)
for f in sorted(os.listdir(OUT)):
    p = os.path.join(OUT, f)
    if not os.path.isfile(p) or f.endswith('.json') or f == 'README.md': continue
    name = f.rsplit('.', 1)[0]
    t = os.path.join(SRC, 'truth', f + '.json')
    if not os.path.exists(t): t = os.path.join(SRC, 'truth', name + '.json')
    d = json.load(open(t, encoding='utf-8'))
    if 'resume' not in d: d = {'resume': d, 'lenient': []}
    json.dump(d, open(p + '.truth.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
