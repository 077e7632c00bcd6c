#!/usr/bin/env python3
"""Checks every *.truth.json of the set:
 1. `resume` validates against /work/main/schema/schema.json (jsonschema, draft-04);
 2. every non-date string of the truth occurs in the text of its file.
Text: .pdf via pdftotext (reading order, -layout, -raw) plus link URIs (pdfinfo -url); .docx body, header and
footer XML text plus hyperlink targets; .html visible text plus hrefs; .md with tags and emphasis marks removed;
.txt as is. Normalised with NFKC, casefold, unified dashes and quotes, collapsed whitespace; a string also passes
when it matches with all whitespace removed (wrapped lines), a multi-line value when each line does, and a
reference when each comma-separated part does. URLs are compared without scheme and `www.`."""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'x-endDate', 'x-expires', 'x-renewed',
        'x-issued', 'x-validTo', 'x-dateOfBirth', 'x-expected', 'countryCode', 'network', 'x-type'}

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = re.sub(r'[\u2010-\u2015\u2212\u00ad]', '-', s)
    s = re.sub(r'[\u2018\u2019\u02bc`]', "'", s)
    s = re.sub(r'[\u201c\u201d\u201e]', '"', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def run(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        t = run('pdftotext', path, '-') + run('pdftotext', '-layout', path, '-') + run('pdftotext', '-raw', path, '-')
        return t + '\n' + run('pdfinfo', '-url', path)
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'</w:p>', '\n', x)
                parts.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
            if n.endswith('.rels'):
                parts += re.findall(r'Target="(http[^"]+)"', z.read(n).decode('utf-8'))
        return '\n'.join(parts)
    raw = open(path, encoding='utf-8').read()
    if ext == 'html':
        hrefs = re.findall(r'href="([^"]+)"', raw)
        body = re.sub(r'<(style|script|head)\b.*?</\1>', ' ', raw, flags=re.S | re.I)
        body = re.sub(r'<br\s*/?>|</(p|div|li|tr|h\d|dt|dd)>', '\n', body, flags=re.I)
        return html.unescape(re.sub(r'<[^>]+>', ' ', body)) + '\n' + '\n'.join(hrefs)
    if ext == 'md':
        t = re.sub(r'<[^>]+>', '', raw)
        return re.sub(r'\*\*|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`', '', t) + '\n' + raw
    return raw

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k not in SKIP:
                yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

def found(s, key, t, t0):
    if key == 'url' or s.startswith('http'):
        s = re.sub(r'^https?://(www\.)?', '', s)
    n = norm(s)
    if n in t or re.sub(r'\s', '', n) in t0:
        return True
    if '\n' in s:
        return all(found(x, key, t, t0) for x in s.split('\n') if x.strip())
    if key == 'reference':
        return all(found(x, key, t, t0) for x in s.split(', '))
    return False

def main():
    bad = 0; n = 0
    for f in sorted(os.listdir(SET)):
        if not f.endswith('.truth.json'):
            continue
        n += 1
        doc = f[:-len('.truth.json')]
        truth = json.load(open(os.path.join(SET, f)))
        errs = [e.message for e in jsonschema.Draft4Validator(SCHEMA).iter_errors(truth['resume'])]
        t = norm(text_of(os.path.join(SET, doc)))
        t0 = re.sub(r'\s', '', t)
        t = t + ' ' + norm(re.sub(r'^https?://(www\.)?', '', ' '.join(re.findall(r'https?://\S+', t)), flags=re.M))
        t = t + ' ' + ' '.join(re.sub(r'https?://(www\.)?', '', u) for u in re.findall(r'https?://\S+', t))
        t0 = t0 + re.sub(r'\s', '', t)
        missing = [f'{k}: {s!r}' for k, s in strings(truth['resume']) if not found(s, k, t, t0)]
        status = 'ok' if not errs and not missing else 'FAIL'
        if status != 'ok':
            bad += 1
        print(f'{status:4} {doc}')
        for e in errs:
            print('     schema:', e)
        for m in missing:
            print('     missing:', m)
    print(f'{n - bad}/{n} pass')
    sys.exit(1 if bad or n != 28 else 0)

main()
