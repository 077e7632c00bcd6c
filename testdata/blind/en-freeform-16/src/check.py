#!/usr/bin/env python3
"""Checks every résumé file of this set against its truth.

usage: python3 src/check.py [NAME ...]

1. each NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and the resume validates against
   /work/main/schema/schema.json (JSON Schema draft-04, with a format checker);
2. every non-date string of the truth occurs in the file's text after normalisation (NFKC, casefold,
   dashes and quotes unified, bullet glyphs unified, all white space removed; as fallbacks hyphens are
   ignored, or bullet glyphs (· ▪ ◦ ❖ ✿ » →) dropped from both sides (pdftotext -raw may move a glyph); URLs are also tried without scheme and `www.`).
   Text: .pdf -> pdftotext -layout and -raw; .docx -> text of word/document.xml + header/footer parts;
   .html -> visible text plus href values; .md -> the file, also with * ` \\ removed; .txt -> as is.
   Not looked for: startDate, endDate, date, releaseDate, x-date, x-expires, x-renewed, countryCode,
   profile network.
Lenient strings that do not occur in the text are reported as warnings.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed",
             "countryCode", "network"}
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u2033]", '"', s)
    s = re.sub(r"[•●▪◦∙]", "·", s)
    return re.sub(r"\s+", "", s)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [subprocess.run(["pdftotext", mode, path, "-"], capture_output=True, text=True).stdout
                for mode in ("-layout", "-raw")]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return ["\n".join(out)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        v = Visible()
        v.feed(raw)
        return ["".join(v.out)]
    if ext == "md":
        return [raw, re.sub(r"[*`\\]", "", raw)]
    return [raw]


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


GLYPHS = re.compile(r"[·▪◦❖✿»→]")


def found(value, hay, hay_nohyph):
    cands = [value]
    if re.match(r"^[a-z]+://", value):
        u = re.sub(r"^[a-z]+://", "", value)
        cands += [u, re.sub(r"^www\.", "", u)]
    for c in cands:
        n = norm(c)
        if any(n in h for h in hay):
            return True
        if any(n.replace("-", "") in h for h in hay_nohyph):
            return True
        g = GLYPHS.sub("", n)
        if any(g in GLYPHS.sub("", h) for h in hay):
            return True
    return False


def main(argv):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    wanted = set(argv[1:])
    files = sorted(f for f in glob.glob(os.path.join(OUT, "*_*.*"))
                   if not f.endswith(".json") and os.path.basename(f) not in ("README.md",))
    bad = 0
    for f in files:
        base = os.path.basename(f)
        name = base.rsplit(".", 1)[0]
        if wanted and name not in wanted:
            continue
        tpath = f + ".truth.json"
        if not os.path.exists(tpath):
            print(f"{base}: NO TRUTH")
            bad += 1
            continue
        doc = json.load(open(tpath, encoding="utf-8"))
        problems = []
        if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
            problems.append("truth is not {resume, lenient}")
        for e in validator.iter_errors(doc["resume"]):
            problems.append(f"schema: {'/'.join(map(str, e.path))}: {e.message}")
        hay = [norm(t) for t in texts(f)]
        hay_nohyph = [h.replace("-", "") for h in hay]
        for key, value in strings(doc["resume"]):
            if not found(value, hay, hay_nohyph):
                problems.append(f"not in text: {key} = {value!r}")
        warns = [v for v in doc["lenient"] if isinstance(v, str) and not found(v, hay, hay_nohyph)]
        status = "ok" if not problems else "FAIL"
        print(f"{base}: {status}" + (f" ({len(warns)} lenient not in text)" if warns else ""))
        for p in problems:
            print("   ", p)
        for w in warns:
            print("    warn lenient:", repr(w))
        bad += bool(problems)
    print(f"{len(files)} files, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
