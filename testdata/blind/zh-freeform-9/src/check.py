#!/usr/bin/python3
"""Check every NAME.EXT.truth.json of the set:
(a) the resume validates against /work/main/schema/schema.json (jsonschema Draft 4, FormatChecker on);
(b) every non-date string of the truth (and of lenient) occurs in the file's text after NFKC, case folding,
    removal of all white space and unification of quotes and dashes.
Usage: /usr/bin/python3 src/check.py [NAME ...]"""
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
V = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
DASH = dict.fromkeys(map(ord, '‐‑‒–—―−－～~'), '-')
QUOTE = dict.fromkeys(map(ord, '“”„‟«»「」『』"'), '"'); QUOTE.update(dict.fromkeys(map(ord, '‘’‚‛\''), "'"))

def norm(s):
    s = re.sub(r'\s*\[at\]\s*', '@', s)
    s = unicodedata.normalize('NFKC', s).casefold().translate(DASH).translate(QUOTE)
    return re.sub(r'\s+', '', s)

class Vis(HTMLParser):
    def __init__(s): super().__init__(); s.out = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ('script', 'style', 'head'): s.skip += 1
        if t == 'title': s.title = True
        for k, v in a:
            if k == 'href' and v: s.out.append(' ' + v + ' ')
    def handle_endtag(s, t):
        if t in ('script', 'style', 'head'): s.skip -= 1
        if t == 'title': s.title = False
    def handle_data(s, d):
        if not s.skip or getattr(s, 'title', False): s.out.append(' ' + d + ' ')

def text_of(p):
    ext = p.rsplit('.', 1)[1]
    if ext == 'pdf':
        return '\n'.join(subprocess.run(['pdftotext'] + o + [p, '-'], capture_output=True, text=True).stdout
                         for o in ([], ['-layout'], ['-raw']))
    if ext == 'docx':
        x = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        return html.unescape(''.join(re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>', x)))
    raw = open(p, encoding='utf-8').read()
    if ext == 'html':
        v = Vis(); v.feed(raw); return ''.join(v.out)
    if ext == 'md':
        return raw + '\n' + html.unescape(re.sub(r'<[^>]+>|[*`\\]', '', raw))
    if ext == 'tex':
        return raw + '\n' + re.sub(r'\\[a-zA-Z]+\*?|[{}]', '', raw)
    return raw

def strings(o, key=''):
    if isinstance(o, dict):
        for k, v in o.items(): yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        if not (key.lower().endswith('date') or key in ('network', 'countryCode')): yield key, o

def main(names):
    fails = n = 0
    for f in sorted(os.listdir(OUT)):
        if not f.endswith('.truth.json'): continue
        file = f[:-len('.truth.json')]
        if names and file.rsplit('.', 1)[0] not in names: continue
        n += 1
        d = json.load(open(os.path.join(OUT, f), encoding='utf-8'))
        errs = [f'schema: {e.message} at {list(e.path)}' for e in V.iter_errors(d['resume'])]
        t = norm(text_of(os.path.join(OUT, file)))
        for k, s in list(strings(d['resume'])) + [('lenient', x) for x in d.get('lenient', [])]:
            c = norm(s)
            if c in t: continue
            if k == 'url' or k.endswith('url') or c.startswith('http'):
                c2 = re.sub(r'^https?://(www\.)?', '', c)
                if c2 in t: continue
            errs.append(f'missing {k}: {s!r}')
        if errs:
            fails += 1; print('FAIL', file); [print('   ', e) for e in errs]
    print(f'{n - fails}/{n} files pass'); return 1 if fails else 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
