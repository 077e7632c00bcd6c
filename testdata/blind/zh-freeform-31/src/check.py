#!/usr/bin/env python3
"""Check the truths of zh-freeform-31.  Usage: python3 src/check.py [NAME-prefix ...]
(a) each NAME.EXT.truth.json has exactly `resume` and `lenient`; `resume` validates against
    /work/main/schema/schema.json (Draft4Validator + FormatChecker);
(b) every date (keys ending in date/Date, x-birth, x-date) is YYYY, YYYY-MM or YYYY-MM-DD with a real month/day;
(c) every other string of the resume (x- fields included; `network`, `countryCode` excepted) occurs in the
    file's text, and every lenient string occurs in at least one file of the same person, both normalised alike;
(d) without arguments: 28 files, 14 people with two formats each, every format at least 4 times."""
import datetime, html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET
import jsonschema

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = '/work/main/schema/schema.json'
EXTS = ('.txt', '.md', '.html', '.pdf', '.docx')
SKIP_KEYS = {'network', 'countryCode'}

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = re.sub(r'[\u2010-\u2015\u2212\u2500\u2501\u30fc~\uff5e\u301c]', '-', s)
    s = re.sub(r'[\u201c\u201d\u201e\u300c\u300d\u300e\u300f"\u2018\u2019\']', '"', s)
    s = re.sub(r'[\u00b7\u2022\u30fb\u2027\u22c5]', '.', s)
    s = re.sub(r'[*`\\|#>_]', '', s)
    return re.sub(r'\s+', '', s)

def drop_markers(text):
    return '\n'.join(re.sub(r'^\s*(?:[-+•·—]|\d+[.)、]|\[\d+\])\s*', '', l) for l in text.splitlines())

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hrefs, self.skip = [], [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'script', 'style', 'title'):
            self.skip += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.hrefs.append(v)
        if tag in ('p', 'div', 'li', 'br', 'tr', 'h1', 'h2', 'h3', 'dt', 'dd', 'td', 'th'):
            self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style', 'title'):
            self.skip = max(0, self.skip - 1)
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def file_text(path):
    ext = os.path.splitext(path)[1]
    if ext == '.pdf':
        return '\n'.join(subprocess.run(['pdftotext'] + o + [path, '-'], capture_output=True, text=True).stdout
                         for o in ([], ['-layout'], ['-raw']))
    if ext == '.docx':
        parts = []
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                    root = ET.fromstring(z.read(n))
                    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
                    for p in root.iter(W + 'p'):
                        buf = []
                        for el in p.iter():
                            if el.tag == W + 't' and el.text:
                                buf.append(el.text)
                            elif el.tag == W + 'tab':
                                buf.append('\t')
                            elif el.tag == W + 'br':
                                buf.append('\n')
                        parts.append(''.join(buf))
        return '\n'.join(parts)
    raw = open(path, encoding='utf-8-sig').read()
    if ext == '.html':
        v = Vis(); v.feed(raw)
        return ''.join(v.out) + '\n' + '\n'.join(v.hrefs)
    if ext == '.md':
        raw = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
        urls = re.findall(r'\]\(([^)]+)\)', raw)
        raw = re.sub(r'\[([^\]]*)\]\([^)]+\)', r'\1', raw)
        raw = re.sub(r'<(https?://[^>]+)>', r'\1', raw)
        return raw + '\n' + '\n'.join(urls)
    return raw

def strings(obj, key=''):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj

def is_date_key(k):
    return k.endswith('date') or k.endswith('Date') or k in ('x-birth', 'x-date')

def good_date(s):
    m = re.fullmatch(r'(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?', s)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
        return True
    except ValueError:
        return False

def occurs(s, hay, hay2):
    n = norm(s)
    if not n:
        return True
    if n in hay or n in hay2:
        return True
    if re.match(r'https?://', s):
        u = norm(re.sub(r'^https?://(www\.)?', '', s))
        return u in hay
    return False

def main(args):
    schema = json.load(open(SCHEMA))
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != 'README.md')
    if args:
        files = [f for f in files if any(f.startswith(a) for a in args)]
    texts = {f: file_text(os.path.join(SET, f)) for f in files}
    problems = 0
    def bad(f, msg):
        nonlocal problems
        problems += 1
        print('%s: %s' % (f, msg))
    for f in files:
        tp = os.path.join(SET, f + '.truth.json')
        if not os.path.exists(tp):
            bad(f, 'no truth'); continue
        t = json.load(open(tp, encoding='utf-8'))
        if set(t) != {'resume', 'lenient'}:
            bad(f, 'truth keys %s' % sorted(t))
        for e in v.iter_errors(t['resume']):
            bad(f, 'schema: %s at %s' % (e.message, list(e.path)))
        hay = norm(texts[f]); hay2 = norm(drop_markers(texts[f]))
        for k, s in strings(t['resume']):
            if k in SKIP_KEYS:
                continue
            if is_date_key(k):
                if not good_date(s):
                    bad(f, 'bad date %s=%r' % (k, s))
                continue
            if not occurs(s, hay, hay2):
                bad(f, 'not in file: %s=%r' % (k, s))
        person = os.path.splitext(f)[0]
        ph = [norm(texts[g]) for g in files if os.path.splitext(g)[0] == person]
        ph2 = [norm(drop_markers(texts[g])) for g in files if os.path.splitext(g)[0] == person]
        for s in t['lenient']:
            if not any(occurs(s, a, b) for a, b in zip(ph, ph2)):
                bad(f, 'lenient not in any file of the person: %r' % s)
    if not args:
        people = {}
        for f in files:
            people.setdefault(os.path.splitext(f)[0], set()).add(os.path.splitext(f)[1])
        fmt = {}
        for f in files:
            fmt[os.path.splitext(f)[1]] = fmt.get(os.path.splitext(f)[1], 0) + 1
        if len(files) != 28: bad('folder', '%d files, want 28' % len(files))
        if len(people) != 14: bad('folder', '%d people, want 14' % len(people))
        for p, e in people.items():
            if len(e) != 2: bad(p, 'has formats %s' % sorted(e))
        for e in EXTS:
            if fmt.get(e, 0) < 4: bad('folder', 'format %s only %d times' % (e, fmt.get(e, 0)))
        print('formats: ' + ', '.join('%s %d' % (e.lstrip('.'), fmt.get(e, 0)) for e in EXTS))
    print('%d files checked, %d problems' % (len(files), problems))
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
