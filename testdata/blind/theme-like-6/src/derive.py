#!/usr/bin/env python3
"""Write NAME.EXT.truth.json for every file of a person from src/truth/NAME.json.

src/truth/NAME.json = {"resume": <the truth of the HTML page: what it shows,
link targets included>, "lenient": [...], "drop": {"pdf": [...], ...}}.

For each file NAME.{html,pdf,txt,docx} a string value of the resume is removed
(and appended to that file's lenient list) when
  * the file's text does not contain it (textof.Matcher), or
  * it is listed in drop[EXT] (a value that the file does not print as that
    field although the same characters occur elsewhere in it, e.g. a city that
    a PDF hides but that is also part of a company name).
Dates and profile network are not searched (dates are printed in another form;
the network is derived from the URL, or must be printed where the URL is not).  An entry left without the fields that identify it
is removed whole; a profile left without url and username is removed.

usage: derive.py [NAME...]
"""
import copy
import json
import os
import sys

from textof import Matcher

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = ('html', 'pdf', 'txt', 'docx')
DATE_KEYS = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires'}
SKIP_KEYS = DATE_KEYS | {'network'}
STRICT = {'email': 'strict', 'phone': 'strict', 'username': 'strict', 'url': 'url'}
IDENT = {
    'work': ('name', 'position'), 'volunteer': ('organization', 'position'),
    'education': ('institution', 'area', 'studyType'), 'projects': ('name',),
    'awards': ('title',), 'certificates': ('name',), 'publications': ('name',),
    'skills': ('name', 'keywords'), 'languages': ('language',), 'interests': ('name',),
    'references': ('name', 'reference'), 'profiles': ('url', 'username'),
}


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, list):
        for x in o:
            yield from strings(x)
    elif isinstance(o, dict):
        for k, v in o.items():
            if k not in DATE_KEYS:
                yield from strings(v)


def prune(o, key, test, removed):
    """Remove failing strings below o (a dict/list); return True if o became empty."""
    if isinstance(o, dict):
        for k in list(o):
            v = o[k]
            if k in SKIP_KEYS:
                continue
            if isinstance(v, str):
                if not test(v, STRICT.get(k, 'text')):
                    removed.append(v)
                    del o[k]
            elif prune(v, k, test, removed):
                del o[k]
        return not o
    if isinstance(o, list):
        keep = []
        for x in o:
            if isinstance(x, str):
                if test(x, 'text'):
                    keep.append(x)
                else:
                    removed.append(x)
                continue
            empty = prune(x, key, test, removed)
            if (key == 'profiles' and isinstance(x, dict) and 'url' not in x
                    and x.get('network') and not test(x['network'], 'text')):
                # no URL shown and no network word: a bare handle is no profile
                user = x.pop('username', None)
                if user:
                    removed.append(user)
                removed.append(x['network'])
                empty = True
            ident = IDENT.get(key)
            if isinstance(x, dict) and ident and not any(f in x for f in ident):
                removed.extend(strings(x))
                empty = True
            if not empty:
                keep.append(x)
        o[:] = keep
        return not o
    return False


def derive(name):
    truth = json.load(open(os.path.join(SRC, 'truth', name + '.json'), encoding='utf-8'))
    for ext in EXTS:
        path = os.path.join(OUT, '%s.%s' % (name, ext))
        if not os.path.exists(path):
            continue
        m = Matcher(path)
        drop = set(truth.get('drop', {}).get(ext, []))
        resume = copy.deepcopy(truth['resume'])
        removed = []
        for d in drop:
            if d.startswith('path:'):
                # path:SECTION drops a section the file does not print;
                # path:SECTION.FIELD drops a field from every entry (dates that a
                # theme shows on screen but not on paper).  Not made lenient.
                sec, _, field = d[5:].partition('.')
                if not field:
                    resume.pop(sec, None)
                    continue
                items = resume.get(sec, [])
                for item in (items if isinstance(items, list) else [items]):
                    item.pop(field, None)

        def test(v, kind):
            return v not in drop and m.has(v, kind)
        for sec in list(resume):
            if sec == 'meta':
                continue
            if prune(resume[sec], sec, test, removed):
                del resume[sec]
        lenient = list(truth.get('lenient', []))
        for v in removed:
            if v not in lenient:
                lenient.append(v)
        with open(path + '.truth.json', 'w', encoding='utf-8') as f:
            json.dump({'resume': resume, 'lenient': lenient}, f, ensure_ascii=False, indent=2)
            f.write('\n')
        if removed:
            print('%s.%s: moved to lenient: %s' % (name, ext, ' | '.join(removed)))


if __name__ == '__main__':
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(SRC, 'truth'))
                                   if f.endswith('.json'))
    for n in names:
        derive(n)
