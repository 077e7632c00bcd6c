#!/usr/bin/env python3
"""Check every truth of the set: (a) schema validity, (b) every non-date string occurs in the file's text."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'network', 'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires', 'countryCode'}

DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d'
QUOTES = {'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
          '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '«': '"', '»': '"'}

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = s.replace('\u2219', '\u00b7').replace('\u22c5', '\u00b7')
    s = ''.join('-' if c in DASHES else QUOTES.get(c, c) for c in s)
    return re.sub(r'\s+', '', s)

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'): self.skip += 1
        for k, v in attrs:
            if k == 'href' and v: self.out.append(' ' + v + ' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        a = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True).stdout
        return [a, b]
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                x = z.read(n).decode('utf8')
                x = re.sub(r'<w:tab/>', ' ', x); x = re.sub(r'</w:p>', '\n', x)
                parts.append(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x)))
                parts.append('\n'.join(html.unescape(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p))) for p in x.split('\n')))
        return ['\n'.join(parts)]
    raw = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        p = Vis(); p.feed(raw); return [''.join(p.out)]
    if ext == 'md':
        return [re.sub(r'[*`\\]', '', raw)]
    if ext == 'tex':
        t = re.sub(r'(?<!\\)%.*', '', raw)
        t = t.replace('--', '\u2013').replace('\\&', '&').replace('\\%', '%').replace('\\#', '#').replace('\\_', '_')
        t = t.replace('\\textbar', '|')
        t = re.sub(r'\\[A-Za-z@]+\*?', ' ', t)
        t = re.sub(r'[{}\[\]$~]', ' ', t)
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
        yield key, o

def found(val, key, texts):
    cands = [val]
    if key == 'url' or val.startswith('http'):
        v = re.sub(r'^https?://', '', val); cands += [v, re.sub(r'^www\.', '', v), v.rstrip('/')]
    for t in texts:
        nt = norm(t); nh = nt.replace('-', '')
        for c in cands:
            c = norm(c)
            if c in nt or c.replace('-', '') in nh: return True
    return False

def main(names):
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if not f.endswith('.truth.json') and os.path.isfile(os.path.join(SET, f))
                   and f.rsplit('.', 1)[-1] in ('pdf', 'docx', 'html', 'md', 'txt', 'tex') and f != 'README.md')
    if names: files = [f for f in files if f.rsplit('.', 1)[0] in names]
    bad = 0
    for f in files:
        tp = os.path.join(SET, f + '.truth.json')
        if not os.path.exists(tp):
            print(f'{f}: NO TRUTH'); bad += 1; continue
        t = json.load(open(tp))
        errs = []
        if set(t) != {'resume', 'lenient'} or not isinstance(t['lenient'], list):
            errs.append('truth shape is not {resume, lenient}')
        for e in v.iter_errors(t['resume']):
            errs.append('schema: ' + '/'.join(map(str, e.path)) + ': ' + e.message)
        texts = text_of(os.path.join(SET, f))
        for k, s in strings(t['resume']):
            if not found(s, k, texts): errs.append(f'not in text: {k} = {s!r}')
        if errs:
            bad += 1; print(f'FAIL {f}'); [print('   ', e) for e in errs]
        else:
            print(f'ok   {f}')
    print(f'{len(files) - bad}/{len(files)} files pass')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
