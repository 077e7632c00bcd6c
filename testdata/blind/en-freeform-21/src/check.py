#!/usr/bin/env python3
"""Check every truth of en-freeform-21.

usage: python3 src/check.py [NAME ...]     (NAME = a file name or a prefix; default: all)

For each résumé file NAME.EXT in the set folder with its NAME.EXT.truth.json:
  1. the truth is {"resume": …, "lenient": [strings]} and "resume" validates against
     /work/main/schema/schema.json (JSON Schema draft-04, with a format checker);
  2. every non-date string of the truth is printed in the file: both sides are normalised (NFKC,
     casefold, dashes unified, quotes straightened, all whitespace removed) and the string must be a
     substring of the file's text. Texts tried (any one may hold the string):
       .txt   the file (UTF-8, BOM dropped)
       .md    the file as is, and with HTML tags removed (URL / e-mail autolinks kept), `*`, `_`
              emphasis markers and `\\` removed, entities decoded
       .html  the visible text (no <head>, <script>, <style>) plus every href (mailto: dropped)
       .pdf   pdftotext in reading order, with -layout and with -raw
       .docx  the text of word/document.xml, header*.xml and footer*.xml (text boxes included)
  URLs are compared without scheme and `www.`. Not looked for: dates (startDate, endDate, date,
  releaseDate, x-date, x-expires, x-renewed, x-issued, x-validTo, x-dateOfBirth), countryCode, profile
  `network`, x-type. Lenient strings that are not printed are reported as warnings.
Exit status 1 if anything fails.
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

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed", "x-issued",
             "x-validTo", "x-dateOfBirth", "countryCode", "x-type"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b\ufe58\ufe63]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = DASHES.sub("-", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    return re.sub(r"\s+", "", s)


def norm_url(u):
    u = re.sub(r"^[a-z]+://", "", str(u).strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    return norm(u.rstrip("/"))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "section"):
            self.out.append("\n")
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(re.sub(r"^mailto:", "", v))

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def texts_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".txt":
        return [open(path, encoding="utf-8-sig").read()]
    if ext == ".md":
        raw = open(path, encoding="utf-8").read()
        t = re.sub(r"<((?:https?|mailto):[^>\s]+|[^>\s@]+@[^>\s]+)>", r"\1", raw)
        t = re.sub(r"</?[A-Za-z][^>]*>", "", t)
        t = html.unescape(t).replace("\\", "")
        return [raw, t.replace("*", ""), re.sub(r"(?<!\w)_|_(?!\w)", "", t.replace("*", ""))]
    if ext == ".html":
        v = Visible()
        v.feed(open(path, encoding="utf-8").read())
        return ["".join(v.out) + "\n" + "\n".join(v.hrefs)]
    if ext == ".pdf":
        outs = []
        for opt in ([], ["-layout"], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", "-enc", "UTF-8", *opt, path, "-"], capture_output=True,
                                       text=True, check=True).stdout)
        return outs
    if ext == ".docx":
        parts = []
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            for n in sorted(names):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:tab/>", "\t", xml)
                xml = re.sub(r"</w:p>", "\n", xml)
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
        return ["\n".join(parts)]
    raise ValueError(path)


def strings(obj, key=None, parent=None):
    """(key, value, is_url) for every string / number leaf that must be printed."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS or (k == "network" and key == "profiles"):
                continue
            yield from strings(v, k, key)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key, parent)
    elif isinstance(obj, bool) or obj is None:
        return
    elif isinstance(obj, (int, float)):
        yield key, str(obj), False
    else:
        is_url = key == "url" or bool(re.match(r"^https?://", obj))
        yield key, obj, is_url


def check(path, validator):
    problems, warnings = [], []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return [f"no truth file {os.path.basename(tpath)}"], []
    doc = json.load(open(tpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
        problems.append('truth must be {"resume": …, "lenient": […]}')
    for err in sorted(validator.iter_errors(doc.get("resume", {})), key=lambda e: list(e.path)):
        problems.append(f"schema: {'/'.join(map(str, err.path))}: {err.message}")
    texts = [norm(t) for t in texts_of(path)]
    for key, value, is_url in strings(doc.get("resume", {})):
        needle = norm_url(value) if is_url else norm(value)
        if needle and not any(needle in t for t in texts):
            problems.append(f"not printed: {key} = {value!r}")
    for value in doc.get("lenient", []):
        if not any(norm(value) in t for t in texts):
            warnings.append(f"lenient not printed: {value!r}")
    return problems, warnings


def main(argv):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET)
                   if f.endswith(EXTS) and f.startswith(("en_", "bi_")) and not f.endswith(".truth.json"))
    if argv:
        files = [f for f in files if any(f.startswith(a) for a in argv)]
    bad = 0
    for f in files:
        problems, warnings = check(os.path.join(SET, f), validator)
        print(("FAIL " if problems else "ok   ") + f)
        for p in problems:
            print("       " + p)
        for w in warnings:
            print("       warning: " + w)
        bad += bool(problems)
    print(f"{len(files) - bad}/{len(files)} pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
