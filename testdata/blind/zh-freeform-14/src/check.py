#!/usr/bin/env python3
"""check.py [NAME ...] — (a) every truth validates against the JSON Resume schema (draft-04);
(b) every non-date string of every truth occurs in its file's extracted text (normalised)."""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json', encoding='utf-8'))
DASH = re.compile(r'[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c]')
QUOTE = str.maketrans({'\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'", '\u300c': '"', '\u300d': '"'})
EXTS = ('.md', '.txt', '.html', '.docx', '.pdf')


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold().translate(QUOTE)
    s = DASH.sub('-', s)
    return re.sub(r'\s+', '', s)


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'script', 'style'):
            self.skip += 1
        if tag in ('br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4'):
            self.out.append('\n')
        for k, v in attrs:
            if k == 'href' and v:
                self.out.append(' ' + v + ' ')

    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style'):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == '.pdf':
        return '\n'.join(subprocess.run(['pdftotext'] + m + [path, '-'], capture_output=True, text=True).stdout
                         for m in ([], ['-layout'], ['-raw']))
    if ext == '.docx':
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                x = z.read(n).decode('utf-8')
                for m in re.finditer(r'<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>|<w:br/>|</w:p>', x):
                    parts.append(html.unescape(m.group(1)) if m.group(1) is not None else ('\t' if 'tab' in m.group(0) else '\n'))
        return ''.join(parts)
    raw = open(path, encoding='utf-8-sig').read()
    if ext == '.html':
        p = Vis()
        p.feed(raw)
        return ''.join(p.out)
    if ext == '.md':
        stripped = re.sub(r'<[^>]+>', '', raw)
        stripped = re.sub(r'[*`\\]|\[\[|\]\]', '', html.unescape(stripped))
        return raw + '\n' + stripped
    return raw


def strings(o, key=''):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        if key.lower().endswith('date') or key in ('network', 'countryCode') or key.startswith('x-date'):
            return
        yield key, o


def main(names):
    bad = 0
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and f != 'README.md')
    if names:
        files = [f for f in files if os.path.splitext(f)[0] in names]
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for f in files:
        tp = os.path.join(ROOT, f + '.truth.json')
        if not os.path.exists(tp):
            print(f'{f}: no truth'); bad += 1; continue
        t = json.load(open(tp, encoding='utf-8'))
        if set(t) != {'resume', 'lenient'}:
            print(f'{f}: truth keys {set(t)}'); bad += 1
        for e in v.iter_errors(t['resume']):
            print(f'{f}: schema: {"/".join(map(str, e.path))}: {e.message}'); bad += 1
        txt = norm(text_of(os.path.join(ROOT, f)))
        for k, s in strings(t['resume']):
            cands = [s]
            if k in ('url',) or s.startswith('http'):
                cands.append(re.sub(r'^https?://(www\.)?', '', s))
            if not any(all(norm(part) in txt for part in c.split('\n') if part.strip()) for c in cands):
                print(f'{f}: not in text: {k}={s!r}'); bad += 1
    print(f'{len(files)} files checked, {bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
