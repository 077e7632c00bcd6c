#!/usr/bin/env python3
"""Check every truth of the set.
(a) validate against the JSON Resume schema (draft-04, format checking on);
(b) every non-date truth string occurs in its file's text (textof.py: NFKC, case fold, white space
    removed, quotes/dashes unified; hyphens-ignored fallback; in PDF/TXT, plain text may also match
    as in-order words each within 160 chars of the previous, for interleaved columns);
(c) split.json lists every file once and keeps each person on one side.
usage: check.py [NAME...]   (schema: /work/main/schema/schema.json or ../../../schema/schema.json)
"""
import glob, json, os, sys
import jsonschema
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textof import Text
from derive import DATE_KEYS, EXACT

SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
for cand in ['/work/main/schema/schema.json', os.path.join(OUT, '../../../schema/schema.json')]:
    if os.path.exists(cand):
        SCHEMA = json.load(open(cand)); break
else:
    sys.exit('schema.json not found')
V = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
NOT_CHECKED = DATE_KEYS | {'countryCode'}

def strings(o, key=None):
    if isinstance(o, str):
        yield key, o
    elif isinstance(o, list):
        for x in o: yield from strings(x, key)
    elif isinstance(o, dict):
        for k, v in o.items(): yield from strings(v, k)

def main(names):
    fails = 0; files = []
    for tp in sorted(glob.glob(os.path.join(OUT, '*.truth.json'))):
        f = tp[:-len('.truth.json')]; base = os.path.basename(f)
        if names and base.split('.')[0] not in names:
            continue
        files.append(base)
        t = json.load(open(tp))
        if set(t) != {'resume', 'lenient'} or not isinstance(t['lenient'], list):
            print('FAIL shape', base); fails += 1
        for e in V.iter_errors(t['resume']):
            print('FAIL schema', base, list(e.path), e.message); fails += 1
        T = Text(f)
        for k, s in strings(t['resume']):
            if k in NOT_CHECKED:
                continue
            kind = 'url' if k == 'url' else 'exact' if k in EXACT else 'text'
            if not T.has(s, kind):
                print('FAIL text', base, k, repr(s)); fails += 1
    if not names:
        sp = json.load(open(os.path.join(OUT, 'split.json')))
        listed = sp['dev'] + sp['test']
        if sorted(listed) != sorted(files) or len(set(listed)) != len(listed):
            print('FAIL split: files not listed exactly once'); fails += 1
        people = lambda side: {x.split('.')[0] for x in sp[side]}
        if people('dev') & people('test'):
            print('FAIL split: person on both sides'); fails += 1
    print('%d files checked, %d failures' % (len(files), fails))
    return 1 if fails else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
