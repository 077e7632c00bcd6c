#!/usr/bin/python3
"""Check every file of the set: schema validity of its truth and presence of truth strings in the file text."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html.parser, glob
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP_KEYS = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-expires', 'countryCode', 'network'}
EXTS = ('.txt', '.md', '.html', '.pdf', '.docx', '.tex')

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    for a in '‘’‚‛′`´': s = s.replace(a, "'")
    for a in '“”„‟″': s = s.replace(a, '"')
    for a in '‐‑‒–—―−﹘﹣－': s = s.replace(a, '-')
    s = s.replace('∙', '·').replace('⋅', '·').replace('•', '·')
    return re.sub(r'\s+', '', s)

class V(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'title'): self.skip += 1
        for k, v in attrs:
            if k == 'href' and v: self.out.append(' ' + v + ' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'title'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == '.pdf':
        a = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
        return [a, b]
    if ext == '.docx':
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n)]
        t = ''
        for n in parts:
            x = z.read(n).decode('utf8')
            t += ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', x)) + '\n'
        import html as h
        return [h.unescape(t)]
    raw = open(path, encoding='utf-8-sig').read()
    if ext == '.html':
        p = V(); p.feed(raw); return [''.join(p.out)]
    if ext == '.md':
        return [re.sub(r'[*`\\]', '', raw)]
    if ext == '.tex':
        t = re.sub(r'(?<!\\)%.*', '', raw)
        t = t.replace('\\textbar', '|').replace('--', '–').replace('\\&', '&').replace('\\%', '%').replace('\\#', '#').replace('\\_', '_')
        t = re.sub(r'\\[a-zA-Z@]+\*?', ' ', t)
        t = re.sub(r'[{}\[\]$~]', ' ', t)
        return [t]
    return [raw]

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP_KEYS: continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

def main(names):
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and f != 'README.md')
    if names: files = [f for f in files if os.path.splitext(f)[0] in names]
    bad = 0
    val = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for f in files:
        tp = os.path.join(ROOT, f + '.truth.json')
        if not os.path.exists(tp):
            print('NO TRUTH', f); bad += 1; continue
        t = json.load(open(tp))
        errs = []
        if set(t) != {'resume', 'lenient'} or not isinstance(t['lenient'], list):
            errs.append('bad {resume, lenient} shape')
        for e in val.iter_errors(t.get('resume', {})):
            errs.append('schema: %s at %s' % (e.message, list(e.path)))
        texts = [norm(x) for x in text_of(os.path.join(ROOT, f))]
        texts += [x.replace('-', '') for x in texts]
        for k, s in strings(t['resume']):
            cands = [norm(s)]
            if k == 'url' or s.startswith('http'):
                u = re.sub(r'^https?://', '', s); cands += [norm(u), norm(re.sub(r'^www\.', '', u))]
            cands += [c.replace('-', '') for c in list(cands)]
            if not any(c in tx for c in cands for tx in texts):
                errs.append('missing %s: %r' % (k, s))
        print(('OK  ' if not errs else 'FAIL') + ' ' + f)
        for e in errs: print('     ' + e)
        bad += bool(errs)
    print('%d files, %d failing' % (len(files), bad))
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
