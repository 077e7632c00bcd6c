"""Checks every NAME.EXT.truth.json of en-freeform-26: schema-valid (draft-04 + format checker) and every
non-date string of the truth printed in NAME.EXT (NFKC, case, dashes, quotes, whitespace normalised;
PDF via pdftotext, DOCX via its XML text, HTML via visible text + hrefs)."""
import json, os, re, sys, html, subprocess, unicodedata, zipfile
import jsonschema
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-endDate', 'x-expires', 'x-availableFrom', 'countryCode', 'network'}

def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = re.sub(r'[\u2010-\u2015\u2212]', '-', s).replace('--', '-')
    s = re.sub(r'[\u2018\u2019\u2032`]', "'", s)
    s = re.sub(r'[\u201c\u201d]', '"', s)
    s = re.sub(r'\s+', ' ', s)
    return s.strip()

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True).stdout + \
               subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext == 'docx':
        z = zipfile.ZipFile(path)
        xml = z.read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>', '\n', xml)
        xml = re.sub(r'<w:tab/>', '\t', xml)
        rels = z.read('word/_rels/document.xml.rels').decode('utf-8') if 'word/_rels/document.xml.rels' in z.namelist() else ''
        return html.unescape(re.sub(r'<[^>]+>', '', xml)) + '\n' + ' '.join(re.findall(r'Target="([^"]+)"', rels))
    s = open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        hrefs = ' '.join(re.findall(r'href="([^"]+)"', s))
        s = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<[^>]+>', ' ', s)
        return html.unescape(s) + '\n' + hrefs
    return s

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP:
                continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

def found(key, val, t, t2):
    if key in ('url',) or val.startswith('http'):
        val = re.sub(r'^https?://(www\.)?', '', val).rstrip('/')
    for part in val.split('\n'):
        n = norm(part)
        if n in t or re.sub(r'[\s\-]', '', n) in t2:
            continue
        return False
    return True

bad = 0; n = 0
for f in sorted(os.listdir(OUT)):
    if not f.endswith('.truth.json'):
        continue
    n += 1
    doc = json.load(open(os.path.join(OUT, f), encoding='utf-8'))
    errs = []
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.draft4_format_checker)
    errs += ['schema: %s at %s' % (e.message, list(e.path)) for e in v.iter_errors(doc['resume'])]
    t = norm(text_of(os.path.join(OUT, f[:-len('.truth.json')])))
    t2 = re.sub(r'[\s\-]', '', t)
    for key, val in strings(doc['resume']):
        if not found(key, val, t, t2):
            errs.append('not printed: %s = %r' % (key, val))
    if errs:
        bad += 1
        print('FAIL', f); [print('   ', e) for e in errs]
print('%d truth files, %d failing' % (n, bad))
sys.exit(1 if bad else 0)
