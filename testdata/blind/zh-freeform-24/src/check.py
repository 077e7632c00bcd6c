#!/usr/bin/python3
"""Check the truths of zh-freeform-24.

(a) every truth is {"resume", "lenient"} and resume validates against
    /work/main/schema/schema.json (Draft 4, FormatChecker on);
(b) every date (keys ending in date/Date, x-birth) is YYYY, YYYY-MM or YYYY-MM-DD with a real
    month/day; every string of the resume (x- fields included; not keys ending in
    date/Date, x-birth, network, countryCode) occurs in the text of its file,
    both sides normalised alike;
(c) without arguments: the folder holds 28 files, 14 people with two formats
    each, every format at least 4 times, one truth per file.
Usage: /usr/bin/python3 src/check.py [NAME-prefix ...]
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
FORMATS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"x-birth", "network", "countryCode"}

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u301c\uff5e~\u2053\u2e3a\u2e3b"
QUOTES = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u300c\u300d\u300e\u300f\u00ab\u00bb'`\u2032\u2033"
DOTS = "\u00b7\u30fb\u2022\u2027\u22c5\u2219\uff65"
MARKER = re.compile(r"^\s*(?:[-*+•·■●◆◇▶▪►○□☐✓✔➤→]+\s*|\[\d+\]\s*|\d{1,2}[.、)）]\s*(?!\d)|[（(]\d{1,2}[)）]\s*)")


def norm(s, markers=True):
    s = unicodedata.normalize("NFKC", s).casefold()
    out = []
    for line in s.splitlines():
        if markers:
            line = MARKER.sub("", line)
        out.append(line)
    s = "\n".join(out)
    s = "".join("-" if c in DASHES else '"' if c in QUOTES or c == '"' else "·" if c in DOTS else c for c in s)
    s = re.sub(r"[*`\\|#>_]", "", s)
    s = re.sub(r"\s+", "", s)
    return s


def url_norm(s):
    s = s.strip().casefold()
    s = re.sub(r"^[a-z]+://", "", s)
    s = re.sub(r"^mailto:", "", s)
    s = re.sub(r"^www\.", "", s)
    return s.rstrip("/")


class HTMLText(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "dd", "dt", "section"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                out.append(html.unescape(t))
    return ["\n".join(out)], []


def file_texts(path):
    """Return (list of texts, list of urls)."""
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        texts = []
        for opt in ([], ["-layout"], ["-raw"]):
            texts.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True, check=True).stdout)
        return texts, []
    if ext == ".docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = HTMLText()
        p.feed(raw)
        return ["".join(p.parts)], p.hrefs
    if ext == ".md":
        raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        urls = re.findall(r"\]\(([^)\s]+)", raw) + re.findall(r'href="([^"]+)"', raw) + re.findall(r"<(https?://[^>]+)>", raw)
        raw = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        return [html.unescape(raw)], urls
    return [raw], []


def strings(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith("date") or k.endswith("Date") or k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def dates(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if (k.endswith("date") or k.endswith("Date") or k == "x-birth") and isinstance(v, str):
                yield k, v
            else:
                yield from dates(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from dates(v)


def check_file(path, schema):
    problems = []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return ["no truth"]
    truth = json.load(open(tpath, encoding="utf-8"))
    if sorted(truth) != ["lenient", "resume"]:
        problems.append("truth keys %s" % sorted(truth))
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(truth.get("resume", {})):
        problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    for k, d in dates(truth.get("resume", {})):
        if not DATE.match(d):
            problems.append("malformed date: %s = %r" % (k, d))
    texts, urls = file_texts(path)
    # each text normalised twice: with list markers at line starts dropped, and without dropping
    # them (a wrapped line may start with "3）" that is not a marker)
    ntexts = [norm(t) for t in texts] + [norm(t, markers=False) for t in texts]
    nurls = [url_norm(u) for u in urls]
    for key, s in strings(truth.get("resume", {})):
        n = norm(s)
        if not n:
            continue
        if any(n in t for t in ntexts) or any(norm(s, markers=False) in t for t in ntexts):
            continue
        if key == "url" or re.match(r"^[a-z]+://", s):
            u = url_norm(s)
            if any(u == x or u in norm(x) for x in nurls) or any(norm(u) in t for t in ntexts):
                continue
        problems.append("not in text: %s = %r" % (key, s))
    return problems


def main(args):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    files = sorted(f for f in os.listdir(SET) if f.endswith(FORMATS) and f != "README.md")
    if args:
        files = [f for f in files if any(f.startswith(a) for a in args)]
    total = 0
    for f in files:
        probs = check_file(os.path.join(SET, f), schema)
        for p in probs:
            print("%s: %s" % (f, p))
        total += len(probs)
    if not args:
        people = Counter(os.path.splitext(f)[0] for f in files)
        fmts = Counter(os.path.splitext(f)[1] for f in files)
        if len(files) != 28:
            print("folder: %d files, expected 28" % len(files)); total += 1
        if len(people) != 14:
            print("folder: %d people, expected 14" % len(people)); total += 1
        for p, n in people.items():
            exts = {os.path.splitext(f)[1] for f in files if os.path.splitext(f)[0] == p}
            if n != 2 or len(exts) != 2:
                print("folder: %s has %d files" % (p, n)); total += 1
        for e in FORMATS:
            if fmts[e] < 4:
                print("folder: format %s only %d times" % (e, fmts[e])); total += 1
        truths = [f for f in os.listdir(SET) if f.endswith(".truth.json")]
        if len(truths) != len(files):
            print("folder: %d truths for %d files" % (len(truths), len(files))); total += 1
    print("%d files checked, %d problems" % (len(files), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
