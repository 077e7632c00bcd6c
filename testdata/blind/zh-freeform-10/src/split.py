"""Write split.json: people (not files) are split at random, per language group (zh_, tw_, bi_): the names of a
group are sorted, shuffled with random.Random(seed) and dealt alternately to dev and test. The seed starts at
20261010 and is raised by one until both sides hold every format (txt, md, html, docx, pdf)."""
import json, os, random
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(f for f in os.listdir(OUT) if not f.endswith('.truth.json') and f.split('.')[-1] in ('txt', 'md', 'html', 'docx', 'pdf') and f != 'README.md')
people = sorted({f.rsplit('.', 1)[0] for f in files})
side = lambda ps: sorted(f for f in files if f.rsplit('.', 1)[0] in ps)
fmts = {'txt', 'md', 'html', 'docx', 'pdf'}
seed = 20261010
while True:
    rnd = random.Random(seed)
    dev, test = [], []
    for grp in ('zh_', 'tw_', 'bi_'):
        ps = [p for p in people if p.startswith(grp)]
        rnd.shuffle(ps)
        for i, p in enumerate(ps):
            (dev if i % 2 == 0 else test).append(p)
    if all({f.rsplit('.', 1)[1] for f in side(s)} >= fmts for s in (dev, test)):
        break
    seed += 1
json.dump({"dev": side(dev), "test": side(test)}, open(os.path.join(OUT, 'split.json'), 'w'), ensure_ascii=False, indent=1)
print('seed', seed)
print('dev', len(side(dev)), 'files', sorted(dev))
print('test', len(side(test)), 'files', sorted(test))
