#!/usr/bin/env python3
"""Check every NAME.EXT.truth.json of the set (or of the people named on the command line):
1. the resume validates against /work/main/schema/schema.json (draft-04, formats checked);
2. every non-date truth string occurs in the file's text (DOCX: word/document.xml text incl. text boxes;
   PDF: pdftotext plain, -layout and -raw; TXT: the file), compared after NFKC with all white space
   removed; URLs are looked for without their scheme."""
import json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SCHEMA = json.load(open('/work/main/schema/schema.json'))
SKIP = {'startDate', 'endDate', 'date', 'releaseDate', 'x-date', 'countryCode', 'network'}  # network: named from the URL's host


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def texts(path):
    ext = path.rsplit('.', 1)[-1]
    if ext == 'docx':
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'<w:tab/>|</w:p>|<w:br/>', ' ', xml)
        t = re.sub(r'<[^>]+>', '', xml)
        t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
        return [t]
    if ext == 'pdf':
        return [subprocess.run(['pdftotext'] + m + [path, '-'], capture_output=True, text=True).stdout
                for m in ([], ['-layout'], ['-raw'])]
    return [open(path, encoding='utf-8-sig').read()]


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


def main(people):
    bad = 0; n = 0
    for f in sorted(os.listdir(OUT)):
        if not f.endswith('.truth.json'):
            continue
        doc = f[:-len('.truth.json')]
        if people and doc.rsplit('.', 1)[0] not in people:
            continue
        n += 1
        t = json.load(open(os.path.join(OUT, f), encoding='utf-8'))
        errs = []
        if set(t) != {'resume', 'lenient'}:
            errs.append('top-level keys %s' % sorted(t))
        v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
        errs += ['schema: %s at %s' % (e.message, list(e.path)) for e in v.iter_errors(t['resume'])]
        hay = [norm(x) for x in texts(os.path.join(OUT, doc))]
        for k, s in strings(t['resume']):
            needle = norm(re.sub(r'^https?://', '', s) if k == 'url' else s)
            if not any(needle in h for h in hay):
                errs.append('not in text: %s = %r' % (k, s))
        status = 'ok' if not errs else 'FAIL'
        print('%-28s %s' % (doc, status))
        for e in errs:
            print('    ' + e)
        bad += bool(errs)
    print('%d files, %d failing' % (n, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(set(sys.argv[1:])))
