#!/usr/bin/env python3
"""Write NAME.EXT.truth.json for every rendered file from src/truth/NAME.json.

src/truth/NAME.json = {"resume": <truth of the HTML page>, "lenient": [...], "drop": {EXT: [paths]}}.
For each file a value that its text does not contain is removed from the resume and appended to
`lenient` (dates: the date as the theme prints it, see DATEFMT). `drop` removes what the search
cannot see (e.g. a value whose characters occur elsewhere): "work.0.location" style paths.
An entry left without its identifying field is removed.
usage: derive.py [NAME...]
"""
import copy, datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textof import Text

SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
EXTS = ['html', 'pdf', 'txt', 'docx']
DATE_KEYS = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date'}
# how each theme prints the dates of each section ('*' = every section)
DATEFMT = {
    'mocha-responsive': {'*': 'dmy'},
    'caffeine': {'*': 'my'},
    'colophon': {'*': 'mon'}, 'eventide': {'*': 'mon'}, 'kards': {'*': 'mon'}, 'student': {'*': 'mon'},
    'smart': {'*': 'month', 'education': 'y'},
    'material': {'*': 'month', 'education': 'y', 'awards': 'iso', 'publications': 'iso', 'volunteer': 'iso'},
    'rnord': {'*': 'month'},
    'simplistic': {'*': 'y'},
}
FMT = {'dmy': ('%d/%m/%Y', 3), 'iso': ('%Y-%m-%d', 3), 'my': ('%m/%Y', 2), 'mon': ('%b %Y', 2),
       'month': ('%B %Y', 2), 'y': ('%Y', 1)}
COUNTRY = {'CN': 'China', 'US': 'United States', 'GB': 'United Kingdom', 'HK': 'Hong Kong', 'CA': 'Canada'}
IDENT = {'work': ['name', 'position'], 'volunteer': ['organization', 'position'], 'education': ['institution'],
         'projects': ['name'], 'awards': ['title'], 'certificates': ['name'], 'publications': ['name'],
         'languages': ['language'], 'skills': ['name', 'keywords'], 'interests': ['name'],
         'references': ['reference', 'name']}
EXACT = {'email', 'phone', 'username'}

def fmt_date(theme, section, value):
    f = DATEFMT[theme].get(section, DATEFMT[theme]['*'])
    pat, prec = FMT[f]
    parts = [int(x) for x in value.split('-')]
    if len(parts) < prec:
        return None
    d = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return d.strftime(pat)

def get_path(obj, path):
    for p in path.split('.'):
        obj = obj[int(p)] if isinstance(obj, list) else obj[p]
    return obj

def del_path(obj, path):
    *head, last = path.split('.')
    parent = get_path(obj, '.'.join(head)) if head else obj
    v = parent[int(last)] if isinstance(parent, list) else parent[last]
    if isinstance(parent, list):
        parent[int(last)] = None
    else:
        del parent[last]
    return v

def strings(v):
    if isinstance(v, str):
        return [v]
    if isinstance(v, list):
        return [x for i in v for x in strings(i)]
    if isinstance(v, dict):
        return [x for i in v.values() for x in strings(i)]
    return []

def derive(name, theme, truth, ext):
    T = Text(os.path.join(OUT, '%s.%s' % (name, ext)))
    r = copy.deepcopy(truth['resume']); len_ = list(truth.get('lenient', []))
    lost = []
    for path in truth.get('drop', {}).get(ext, []):
        lost += strings(del_path(r, path))
    def keep(key, val, section):
        if key in DATE_KEYS:
            s = fmt_date(theme, section, val)
            return s is not None and T.has(s)
        if key == 'countryCode':   # the code as a word of its own, or the country's name
            return bool(re.search(r'(?<![A-Za-z])%s(?![A-Za-z])' % val, T.raw)) or T.has(COUNTRY.get(val, val))
        if key == 'url':
            return T.has(val, 'url')
        return T.has(val, 'exact' if key in EXACT else 'text')
    def walk(o, section):
        if isinstance(o, dict):
            for k in list(o):
                v = o[k]
                if isinstance(v, str):
                    if not keep(k, v, section):
                        if k not in DATE_KEYS:
                            lost.append(v)
                        del o[k]
                elif isinstance(v, list) and all(isinstance(x, str) for x in v):
                    kept = [x for x in v if keep(k, x, section)]
                    lost.extend(x for x in v if x not in kept)
                    if kept: o[k] = kept
                    else: del o[k]
                else:
                    walk(v, section)
                    if v in ({}, []):
                        del o[k]
        elif isinstance(o, list):
            for x in o:
                walk(x, section)
    for sec in list(r):
        walk(r[sec], sec)
    # entries left without identification
    for sec, ids in IDENT.items():
        if sec in r:
            before = r[sec]
            r[sec] = [e for e in before if e and any(i in e for i in ids)]
            for e in before:
                if e and e not in r[sec]:
                    lost += strings(e)
            if not r[sec]:
                del r[sec]
    b = r.get('basics', {})
    if 'profiles' in b:
        ps = []
        for p in b['profiles']:
            if 'url' in p or ('username' in p and 'network' in p):
                ps.append(p)
            else:
                lost += strings(p)
        if ps: b['profiles'] = ps
        else: del b['profiles']
    if 'location' in b and not b['location']:
        del b['location']
    for s in lost:
        if s not in len_:
            len_.append(s)
    return {'resume': r, 'lenient': len_}

def main(names):
    themes = json.load(open(os.path.join(SRC, 'themes.json')))
    for name in names or list(themes):
        truth = json.load(open(os.path.join(SRC, 'truth', name + '.json')))
        for ext in EXTS:
            t = derive(name, themes[name], truth, ext)
            with open(os.path.join(OUT, '%s.%s.truth.json' % (name, ext)), 'w', encoding='utf-8') as f:
                json.dump(t, f, ensure_ascii=False, indent=2); f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1:])
