#!/usr/bin/env python3
"""Check every NAME.EXT.truth.json of this set.

(a) the resume validates against /work/main/schema/schema.json (draft-04, formats checked);
(b) every non-date string of the truth occurs in the file's extracted text
    (pdftotext for PDF, the XML text of the DOCX body/header/footer parts, the visible text
    and href values of HTML, the raw text of .md/.txt), both sides normalised: NFKC,
    casefold, dashes unified, curly quotes straightened, whitespace removed.
usage: python3 src/check.py [NAME ...]
"""
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

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed"}
SKIP_KEYS = {"x-type", "x-expected", "countryCode", "network"}
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d~\uff5e]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.parts.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        # raw order, plus the -layout text: raw mode joins words hyphenated at a line end
        # ("low-\ndose" -> "lowdose"), -layout keeps the printed hyphen
        return "\n".join(subprocess.run(["pdftotext", "-enc", "UTF-8"] + opt + [path, "-"],
                          capture_output=True, text=True, check=True).stdout for opt in ([], ["-layout"]))
    if ext == "docx":
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>", " ", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(html.unescape(x))
        return "\n".join(out)
    if ext == "html":
        p = Visible()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.parts)
    text = open(path, encoding="utf-8-sig").read()
    if ext == "md":
        # Markdown emphasis and escapes are markup, not text
        text = re.sub(r"(\*\*|\*|\\(?=[|*_\\]))", "", text)
    return text


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
        yield key, obj


def check(truth_path, doc_path):
    errs = []
    t = json.load(open(truth_path, encoding="utf-8"))
    if set(t) - {"resume", "lenient"}:
        errs.append("extra top-level keys")
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(t["resume"]):
        errs.append("schema: " + e.message + " at " + "/".join(map(str, e.path)))
    text = norm(text_of(doc_path))
    for k, s in strings(t["resume"]):
        needle = s
        if k == "url":
            needle = re.sub(r"^[a-z]+://", "", s)
        if norm(needle) not in text:
            errs.append(f"not in text: {k}: {s!r}")
    return errs


def main(names):
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    n = 0
    for f in files:
        doc = f[: -len(".truth.json")]
        if names and not any(doc.startswith(x) for x in names):
            continue
        n += 1
        errs = check(os.path.join(OUT, f), os.path.join(OUT, doc))
        if errs:
            bad += 1
            print(doc)
            for e in errs:
                print("   ", e)
    print(f"{n - bad}/{n} files clean")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
