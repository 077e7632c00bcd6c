#!/usr/bin/env python3
"""Check zh-freeform-8: (a) every truth validates against the JSON Resume schema (draft-04,
formats checked); (b) every non-date truth string occurs in its file's text.
Usage: python3 src/check.py [NAME ...]"""
import glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

DASHES = '‐‑‒–—―−－─━～〜~'
QUOTES = {'“': '"', '”': '"', '„': '"', '「': '"', '」': '"', '‘': "'", '’': "'", '『': '"', '』': '"'}

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = ''.join(QUOTES.get(c, c) for c in s)
    s = ''.join('-' if c in DASHES else c for c in s)
    return re.sub(r'\s+', '', s)

def url_norm(s):
    s = re.sub(r'^[a-z]+://', '', s.strip(), flags=re.I)
    s = re.sub(r'^www\.', '', s, flags=re.I)
    return s.rstrip('/')

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.skip = 0; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head', 'title'): self.skip += 1
        for k, v in attrs:
            if k == 'href' and v: self.out.append(' ' + v + ' ')
        if tag in ('br', 'p', 'div', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head', 'title'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def texts(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return [subprocess.run(['pdftotext'] + opt + [path, '-'], capture_output=True, text=True).stdout
                for opt in ([], ['-layout'], ['-raw'])]
    if ext == 'docx':
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf8')
        return [html.unescape(''.join(re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>', x)))]
    raw = open(path, encoding='utf8').read()
    if ext == 'html':
        p = Vis(); p.feed(raw); return [''.join(p.out)]
    if ext == 'md':
        s = re.sub(r'<[^>]+>', '', raw); s = html.unescape(s); s = re.sub(r'[*`\\]', '', s)
        return [raw, s]
    if ext == 'tex':
        s = re.sub(r'\\[a-zA-Z]+\*?(\[[^\]]*\])?', ' ', raw); s = re.sub(r'[{}]', '', s)
        s = s.replace('\\%', '%').replace('\\&', '&').replace('~', ' ').replace('--', '–')
        return [raw, s]
    return [raw]

SKIP_KEYS = {'network', 'countryCode'}
def strings(o, key=''):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP_KEYS or k.lower().endswith('date') or k in ('x-date',): continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

def main(names):
    files = sorted(f for f in glob.glob(os.path.join(OUT, '*'))
                   if re.search(r'\.(pdf|docx|html|md|txt|tex)$', f) and os.path.basename(f) != 'README.md')
    if names: files = [f for f in files if os.path.basename(f).rsplit('.', 1)[0] in names]
    bad = 0
    for f in files:
        tf = f + '.truth.json'
        if not os.path.exists(tf): print('NO TRUTH', f); bad += 1; continue
        t = json.load(open(tf))
        errs = [e.message for e in validator.iter_errors(t['resume'])]
        if set(t) - {'resume', 'lenient'}: errs.append('extra keys in truth file')
        hay = [norm(x) for x in texts(f)]
        for k, s in strings(t['resume']):
            needles = [norm(s)]
            if k == 'url' or s.startswith('http'): needles.append(norm(url_norm(s)))
            if not any(n in h for n in needles for h in hay): errs.append(f'not in text: {k}={s!r}')
        for s in t.get('lenient', []):
            if not any(norm(s) in h for h in hay): errs.append(f'lenient not in text: {s!r}')
        if errs:
            bad += 1; print('FAIL', os.path.basename(f)); [print('   ', e) for e in errs]
    print(f'{len(files) - bad}/{len(files)} files pass')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
