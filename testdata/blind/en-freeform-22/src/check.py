#!/usr/bin/env python3
"""Validate every truth of en-freeform-22 and check that its strings are printed in its file.

python3 src/check.py [NAME ...]   (NAME = file name or person prefix)
"""
import glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires', 'x-renewed', 'x-issued',
        'x-validTo', 'x-dateOfBirth', 'x-endDate', 'countryCode', 'network', 'x-type'}
DASHES = dict.fromkeys(map(ord, '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d'), '-')
QUOTES = {ord(c): "'" for c in '\u2018\u2019\u201a\u201b\u2032\u00b4`'}
QUOTES.update({ord(c): '"' for c in '\u201c\u201d\u201e\u201f\u2033'})


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold().translate(DASHES).translate(QUOTES)
    s = s.replace('\u00ad', '')
    return re.sub(r'\s+', '', s)


def norm_url(s):
    s = re.sub(r'^[a-z]+://', '', s.strip(), flags=re.I)
    s = re.sub(r'^(mailto:|tel:)', '', s, flags=re.I)
    s = re.sub(r'^www\.', '', s, flags=re.I)
    return norm(s.rstrip('/'))


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.out.append(' ' + v + ' ')
        self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip -= 1
        self.out.append(' ')

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def texts(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        out = []
        for mode in ([], ['-layout'], ['-raw']):
            out.append(subprocess.run(['pdftotext', *mode, path, '-'], capture_output=True, text=True).stdout)
        return out
    if ext == 'docx':
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n)]
        xml = ' '.join(z.read(n).decode('utf8') for n in parts)
        xml = re.sub(r'<w:tab/>', '\t', xml)
        xml = re.sub(r'</w:p>', '\n', xml)
        txt = html.unescape(re.sub(r'<[^>]+>', '', xml))
        rels = ' '.join(z.read(n).decode('utf8') for n in z.namelist() if n.endswith('.rels'))
        return [txt + ' ' + ' '.join(re.findall(r'Target="([^"]+)"', rels))]
    raw = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        p = Vis(); p.feed(raw)
        return [''.join(p.out)]
    if ext == 'md':
        t = re.sub(r'<((?:https?://|mailto:)[^>]+|[^@>\s]+@[^>\s]+)>', r' \1 ', raw)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = re.sub(r'(?m)^\s*>\s?', '', t)
        t = html.unescape(t.replace('*', '').replace('\\', ''))
        return [raw, t]
    return [raw]


def strings(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in SKIP:
                continue
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        yield key, node


def check(path):
    truth = json.load(open(path + '.truth.json'))
    errs, warns = [], []
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(truth['resume']):
        errs.append('schema: %s at %s' % (e.message, list(e.path)))
    hay = [norm(t) for t in texts(path)]
    hay_url = [norm(re.sub(r'https?://(www\.)?', '', t)) for t in texts(path)]
    for key, s in strings(truth['resume']):
        if not s.strip():
            errs.append('empty string at %s' % key)
            continue
        if key in ('url',) or re.match(r'^https?://', s):
            if not any(norm_url(s) in h for h in hay_url):
                errs.append('url not printed: %r' % s)
        elif not any(norm(s) in h for h in hay):
            errs.append('not printed (%s): %r' % (key, s))
    for s in truth.get('lenient', []):
        if not any(norm(s) in h for h in hay):
            warns.append('lenient not printed: %r' % s)
    return errs, warns


def main():
    files = sorted(f[:-len('.truth.json')] for f in glob.glob(os.path.join(SET, '*.truth.json')))
    if sys.argv[1:]:
        files = [f for f in files if any(os.path.basename(f).startswith(a) for a in sys.argv[1:])]
    bad = 0
    for f in files:
        if not os.path.exists(f):
            print('MISSING', f); bad += 1; continue
        errs, warns = check(f)
        print(('FAIL ' if errs else 'ok   ') + os.path.basename(f))
        for e in errs + warns:
            print('     ', e)
        bad += bool(errs)
    print('%d files, %d failing' % (len(files), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
