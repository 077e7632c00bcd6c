#!/usr/bin/python3
"""Check zh-freeform-10: (a) every truth validates against /work/main/schema/schema.json (draft-04, formats
checked); (b) every non-date string of every truth (and every lenient string) occurs in its file's text.
Usage: /usr/bin/python3 src/check.py [NAME ...]"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open('/work/main/schema/schema.json'))
validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
SKIP_KEYS = ('date', 'countrycode', 'network')

DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'
QUOTES = {'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u300c': '"', '\u300d': '"', '\uff02': '"', '\uff07': "'"}


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = ''.join('-' if c in DASHES else QUOTES.get(c, c) for c in s)
    return re.sub(r'\s+', '', s)


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.out.append(' ' + v + ' ')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def texts(path):
    ext = path.rsplit('.', 1)[1]
    if ext in ('txt', 'md'):
        raw = open(path, encoding='utf-8').read()
        return [raw] + ([re.sub(r'[*`\\]|<[^>]+>', '', raw)] if ext == 'md' else [])
    if ext == 'html':
        p = Vis(); p.feed(open(path, encoding='utf-8').read())
        return [''.join(p.out)]
    if ext == 'docx':
        z = zipfile.ZipFile(path)
        xml = z.read('word/document.xml').decode('utf-8')
        paras = re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S)
        return ['\n'.join(''.join(html.unescape(t) for t in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)) for p in paras)]
    if ext == 'pdf':
        return [subprocess.run(['pdftotext'] + opt + [path, '-'], capture_output=True, text=True).stdout
                for opt in ([], ['-layout'], ['-raw'])]
    raise ValueError(path)


def strings(obj, key=''):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        if not key.lower().endswith(SKIP_KEYS):
            yield key, obj


def found(s, hay, key):
    n = norm(s)
    if key == 'url':
        n = norm(re.sub(r'^https?://(www\.)?', '', s))
    return any(n in h for h in hay)


def main(names):
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.truth.json'))
    bad = 0
    for tf in files:
        f = tf[:-len('.truth.json')]
        if names and f.rsplit('.', 1)[0] not in names and f not in names:
            continue
        truth = json.load(open(os.path.join(OUT, tf), encoding='utf-8'))
        errs = [f'schema: {e.message} at {list(e.path)}' for e in validator.iter_errors(truth['resume'])]
        if set(truth) != {'resume', 'lenient'}:
            errs.append('truth keys: %s' % sorted(truth))
        hay = [norm(t) for t in texts(os.path.join(OUT, f))]
        for key, s in list(strings(truth['resume'])) + [('lenient', x) for x in truth['lenient']]:
            if not found(s, hay, key):
                errs.append(f'missing {key}: {s!r}')
        print(('FAIL ' if errs else 'ok   ') + f)
        for e in errs:
            print('     ', e)
        bad += bool(errs)
    print(f'{len(files) if not names else "selected"} files checked, {bad} failing')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
