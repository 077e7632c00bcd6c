#!/usr/bin/python3
"""Checks every NAME.EXT.truth.json of the set:
 (a) the resume validates against /work/main/schema/schema.json (draft-04, format checker);
 (b) every non-date string of the truth occurs in the file's extracted text after NFKC, casefold,
     unified dashes and quotes, and whitespace removal.
usage: python3 src/check.py [NAME ...]"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires', 'x-renewed', 'countryCode',
        'network', 'x-type', 'x-dateOfBirth'}
DASH = re.compile(r'[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e]')

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = DASH.sub('-', s)
    s = s.replace('\u2018', "'").replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', '', s)

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'title', 'head'): self.skip += 1
        for k, v in attrs:
            if k == 'href' and v: self.out.append(' ' + v + ' ')
    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title', 'head'): self.skip -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if self.skip <= 0: self.out.append(d)

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        a = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        c = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        return [a, b, c]
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
                parts.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return ['\n'.join(parts)]
    raw = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        v = Vis(); v.feed(raw); return [''.join(v.out)]
    if ext == 'md':
        t = re.sub(r'<[^>]+>', ' ', raw); t = html.unescape(t)
        t = t.replace('*', '').replace('\\', '')
        return [t]
    return [raw]

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP: continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        if key == 'url': o = re.sub(r'^https?://', '', o)
        yield key, o

def main(names):
    bad = 0; n = 0
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for f in sorted(os.listdir(SET)):
        if not f.endswith('.truth.json'): continue
        doc = f[:-len('.truth.json')]
        if names and not any(doc.startswith(x) for x in names): continue
        n += 1
        t = json.load(open(os.path.join(SET, f)))
        errs = list(v.iter_errors(t['resume']))
        for e in errs:
            print(f'{doc}: SCHEMA {list(e.path)}: {e.message}'); bad += 1
        texts = [norm(x) for x in text_of(os.path.join(SET, doc))]
        for k, s in strings(t['resume']):
            ns = norm(s)
            if ns and not any(ns in x for x in texts):
                print(f'{doc}: MISSING {k}: {s!r}'); bad += 1
    print(f'{n} files checked, {bad} problems')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
