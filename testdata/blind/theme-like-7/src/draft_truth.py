#!/usr/bin/env python3
"""One-off: draft src/truth/NAME.json from src/resumes/NAME.json (dates cut to the theme's
precision, certificates with a month in x-date). The drafts were then edited by hand."""
import json, os, sys
from derive import DATEFMT, FMT, DATE_KEYS
SRC = os.path.dirname(os.path.abspath(__file__))
themes = json.load(open(os.path.join(SRC, 'themes.json')))
for name in sys.argv[1:]:
    r = json.load(open(os.path.join(SRC, 'resumes', name + '.json')))
    th = themes[name]
    if 'certifications' in r:
        r['certificates'] = [{'name': c['title'], 'date': c['date'], 'issuer': c['summary']} for c in r.pop('certifications')]
    for sec, v in r.items():
        if not isinstance(v, list): continue
        f = DATEFMT[th].get(sec, DATEFMT[th]['*']); prec = FMT[f][1]
        for e in v:
            for k in list(e):
                if k in DATE_KEYS:
                    e[k] = '-'.join(e[k].split('-')[:prec])
            if sec == 'certificates' and 'date' in e and len(e['date']) < 10:
                e['x-date'] = e.pop('date')
    out = os.path.join(SRC, 'truth', name + '.json')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    json.dump({'resume': r, 'lenient': [], 'drop': {}}, open(out, 'w'), ensure_ascii=False, indent=2)
