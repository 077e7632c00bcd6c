#!/usr/bin/python3
"""Check the set.

(a) every NAME.EXT.truth.json validates against the JSON Resume schema
    (/work/main/schema/schema.json, resume-schema 1.0.1, draft-04, formats checked);
(b) every non-date string of a truth occurs in its file's text (textof.py:
    NFKC, case fold, white space removed, quotes and dashes unified; .pdf via
    pdftotext, .docx via word/document.xml, .html visible text plus hrefs,
    .txt as is; the two documented fallbacks of textof.Matcher);
(c) every file has a truth, and split.json puts every person on one side.

usage: check.py [NAME...]      exit status 1 on any failure
"""
import json
import os
import sys

import jsonschema

from textof import Matcher

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SCHEMA_PATHS = [os.path.join(OUT, '..', '..', '..', 'schema', 'schema.json'),
                '/work/main/schema/schema.json']
DATE_KEYS = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires'}
SKIP_KEYS = DATE_KEYS | {'network'}
KIND = {'email': 'strict', 'phone': 'strict', 'username': 'strict', 'url': 'url'}
EXTS = ('html', 'pdf', 'txt', 'docx')


def leaves(o, key=None, path=''):
    if isinstance(o, dict):
        for k, v in o.items():
            if k not in SKIP_KEYS:
                yield from leaves(v, k, path + '.' + k)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from leaves(v, key, '%s[%d]' % (path, i))
    elif isinstance(o, str):
        yield path, key, o


def main(names):
    schema_path = next(p for p in SCHEMA_PATHS if os.path.exists(p))
    schema = json.load(open(schema_path, encoding='utf-8'))
    checker = jsonschema.FormatChecker()
    if 'uri' not in checker.checkers:
        print('WARNING: this jsonschema cannot check "uri" formats (install python3-rfc3987)')
    validator = jsonschema.Draft4Validator(schema, format_checker=checker)
    people = json.load(open(os.path.join(SRC, 'themes.json'), encoding='utf-8'))
    names = names or sorted(people)
    failures, nfiles = 0, 0
    for n in names:
        for ext in EXTS:
            path = os.path.join(OUT, '%s.%s' % (n, ext))
            tpath = path + '.truth.json'
            if not os.path.exists(path) or not os.path.exists(tpath):
                print('MISSING', path if not os.path.exists(path) else tpath)
                failures += 1
                continue
            nfiles += 1
            truth = json.load(open(tpath, encoding='utf-8'))
            if set(truth) != {'resume', 'lenient'}:
                print('BAD KEYS', tpath, sorted(truth))
                failures += 1
            for err in validator.iter_errors(truth['resume']):
                print('SCHEMA', tpath, '/'.join(map(str, err.path)), err.message)
                failures += 1
            m = Matcher(path)
            for p, key, v in leaves(truth['resume']):
                if not m.has(v, KIND.get(key, 'text')):
                    print('NOT FOUND %s.%s %s: %r' % (n, ext, p, v))
                    failures += 1
    split = json.load(open(os.path.join(OUT, 'split.json'), encoding='utf-8'))
    side = {}
    for s in ('dev', 'test'):
        for f in split[s]:
            person = f.split('.')[0]
            if side.setdefault(person, s) != s:
                print('SPLIT person on both sides:', person)
                failures += 1
    allfiles = {'%s.%s' % (n, e) for n in people for e in EXTS}
    listed = set(split['dev']) | set(split['test'])
    if listed != allfiles:
        print('SPLIT mismatch: missing %s extra %s' % (sorted(allfiles - listed), sorted(listed - allfiles)))
        failures += 1
    print('%d files checked, %d failures' % (nfiles, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
