#!/usr/bin/python3
"""Check every truth of the set: (a) schema validity (draft-04, formats on),
(b) every non-date truth string occurs in the text of its file."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html.parser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
DATE_KEYS = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires', 'countryCode'}
QUOTES = {'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
          '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"'}
DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = ''.join(QUOTES.get(c, c) for c in s)
    s = ''.join('-' if c in DASHES else c for c in s)
    return re.sub(r'\s+', '', s)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.out.append(' ' + v + ' ')
        if tag in ('br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'section', 'article'):
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def tex_text(src):
    src = re.sub(r'(?<!\\)%.*', '', src)
    src = src.replace('---', '\u2014').replace('--', '\u2013').replace('\\&', '&').replace('\\%', '%')
    src = src.replace('\\#', '#').replace('\\_', '_').replace('~', ' ').replace('\\textbar', '|')
    src = re.sub(r'\\[A-Za-z@]+\*?', ' ', src)
    src = re.sub(r'[{}\[\]$]', ' ', src)
    src = src.replace('\\\\', ' ').replace('\\,', ' ')
    return src


def file_text(path):
    ext = path.rsplit('.', 1)[-1]
    if ext == 'pdf':
        a = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', '-enc', 'UTF-8', '-raw', path, '-'], capture_output=True, text=True).stdout
        return a + '\n' + b
    if ext == 'docx':
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n)]
        out = []
        for n in parts:
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:tab/>', ' ', x)
            x = re.sub(r'</w:p>', '\n', x)
            out += re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x.replace('</w:p>', '</w:p><w:t> </w:t>'))
        return html.unescape(' '.join(out))
    txt = open(path, encoding='utf-8').read()
    if ext == 'html':
        p = Vis()
        p.feed(txt)
        return ''.join(p.out)
    if ext == 'md':
        return re.sub(r'[*`\\]', '', txt)
    if ext == 'tex':
        return tex_text(txt)
    return txt


def strings(o, path=''):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in DATE_KEYS:
                continue
            yield from strings(v, path + '.' + k)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from strings(v, '%s[%d]' % (path, i))
    elif isinstance(o, str):
        yield path, o


def url_norm(s):
    return re.sub(r'^(https?://)?(www\.)?', '', s).rstrip('/')


def main(names):
    files = sorted(f for f in os.listdir(SET)
                   if os.path.isfile(os.path.join(SET, f)) and not f.endswith('.json') and f != 'README.md')
    if names:
        files = [f for f in files if f.rsplit('.', 1)[0] in names]
    bad = 0
    V = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for f in files:
        tp = os.path.join(SET, f + '.truth.json')
        if not os.path.exists(tp):
            print('MISSING TRUTH', f); bad += 1; continue
        t = json.load(open(tp))
        errs = []
        if set(t) != {'resume', 'lenient'} or not isinstance(t['lenient'], list):
            errs.append('bad shape')
        for e in V.iter_errors(t.get('resume', {})):
            errs.append('schema: %s at %s' % (e.message, list(e.path)))
        text = norm(file_text(os.path.join(SET, f)))
        text_nh = text.replace('-', '')
        for p, s in strings(t['resume']):
            cand = [s]
            if p.endswith('url') or p.endswith('.url'):
                cand.append(url_norm(s))
            ok = any(norm(c) in text or norm(c).replace('-', '') in text_nh for c in cand)
            if not ok:
                errs.append('not in text: %s = %r' % (p, s))
        status = 'ok' if not errs else 'FAIL'
        print('%-4s %s' % (status, f))
        for e in errs:
            print('     ', e)
        bad += bool(errs)
    print('%d files, %d failing' % (len(files), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
