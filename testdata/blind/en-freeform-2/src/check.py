#!/usr/bin/env python3
"""Checker for the en-freeform-2 blind set.

./src/check.py [NAME...]   (NAME = file stem like en_priya_venkataraman, or a full file name)

1. every OUT/*.truth.json validates against /work/main/schema/schema.json (draft-04, formats checked);
2. every non-date truth string (resume part) occurs in the text of its file, compared after NFKC,
   lower-casing, unifying quotes and dashes and removing all white space.
   Text: .txt as is; .md with emphasis marks (* ` \\) removed; .html visible text + href values;
   .docx every w:t of document / header / footer parts; .pdf via pdftotext.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import jsonschema

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires"}
SKIP_KEYS = {"countryCode"}
URL_KEYS = {"url"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u00ad", "")
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u2011", "-"), ("\u2010", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


class _Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.parts.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "md":
        t = open(path, encoding="utf-8").read()
        return re.sub(r"[*`\\]", "", t)
    if ext == "html":
        p = _Vis()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.parts)
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                              text=True, check=True).stdout
    if ext == "docx":
        z = zipfile.ZipFile(path)
        out = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:tab/>|<w:br/>|</w:p>", " ", xml)
                out.extend(html.unescape(m) for m in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
                out.append("\n")
        return "".join(out)
    raise ValueError(path)


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in DATE_KEYS or k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        if key in URL_KEYS:
            obj = re.sub(r"^https?://(www\.)?", "", obj).rstrip("/")
        yield key, obj


def main(args):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(OUT)
                   if re.match(r"(en|bi)_.*\.(txt|md|html|docx|pdf)$", f))
    if args:
        files = [f for f in files if any(f == a or f.startswith(a + ".") for a in args)]
    bad = 0
    for f in files:
        tp = os.path.join(OUT, f + ".truth.json")
        problems = []
        if not os.path.exists(tp):
            problems.append("no truth file")
        else:
            truth = json.load(open(tp, encoding="utf-8"))
            if set(truth) != {"resume", "lenient"}:
                problems.append("truth keys %s" % sorted(truth))
            for e in validator.iter_errors(truth["resume"]):
                problems.append("schema: %s at %s" % (e.message, list(e.path)))
            text = norm(text_of(os.path.join(OUT, f)))
            for k, s in strings(truth["resume"]):
                # pdftotext joins a word broken at a hyphen at the end of a line ("ground-\ngas" ->
                # "groundgas"), so hyphens are ignored as a fallback
                if norm(s) not in text and norm(s).replace("-", "") not in text.replace("-", ""):
                    problems.append("not in text: %s = %r" % (k, s))
        if problems:
            bad += 1
            print("FAIL", f)
            for p in problems:
                print("   ", p)
        else:
            print("ok  ", f)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
