#!/usr/bin/env python3
"""Check the truths of zh-freeform-11.

usage: /usr/bin/python3 src/check.py [NAME ...]

(a) every NAME.EXT.truth.json is {"resume", "lenient"} and its resume validates against
    /work/main/schema/schema.json (JSON Schema draft-04, FormatChecker on);
(b) every non-date string of the resume, and every lenient string, occurs in the text of
    NAME.EXT. Both sides are normalised: NFKC, case folding, all white space removed, dashes
    and quotes unified. Keys ending in "date"/"Date" (incl. x-date), "network" and
    "countryCode" are not looked for; URLs are also looked for without scheme and "www.";
    a value joined from several lines (\n) is looked for line by line.
    Text of a file:
      .pdf   pdftotext plain, -layout and -raw (a string may be found in any of them);
      .docx  the w:t text of word/document.xml, headers and footers (w:br / w:tab / paragraph
             ends become white space; field codes, i.e. w:instrText, are not text);
      .html  the visible text: outside <head>, <script>, <style> and comments, entities resolved;
      .md    the file as is, and with HTML comments, tags and the Markdown marks * ` \\ removed;
      .txt   the file, decoded as UTF-8 (BOM allowed) or else GB18030.
    Lenient strings may also be found in the raw source (HTML comments, <title>, field codes).
Exit status 1 when anything fails.
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import jsonschema

SRC = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(SRC)
SCHEMA = "/work/main/schema/schema.json"

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b\u301c~\uff5e]")
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                        "\u300c": '"', "\u300d": '"'})


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s).translate(QUOTES)
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- text of a file
def pdf_texts(path):
    out = []
    for opts in ([], ["-layout"], ["-raw"]):
        out.append(subprocess.run(["pdftotext", "-enc", "UTF-8"] + opts + [path, "-"],
                                  capture_output=True, check=True).stdout.decode("utf-8"))
    return out, []


def docx_texts(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    texts, raws = [], []
    for n in sorted(parts):
        xml = z.read(n).decode("utf-8")
        raws.append(html.unescape(re.sub(r"<[^>]+>", " ", xml)))
        xml = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", xml, flags=re.S)
        xml = re.sub(r"<w:(br|tab|cr)\b[^>]*/>", " ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        pieces = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n| )", xml)
        texts.append(html.unescape("".join(a or b for a, b in pieces)))
    return ["\n".join(texts)], raws


class Visible(html.parser.HTMLParser):
    HIDE = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDE:
            self.depth += 1
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "section"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDE and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def html_texts(path):
    raw = open(path, encoding="utf-8").read()
    v = Visible()
    v.feed(raw)
    return ["".join(v.out)], [html.unescape(raw)]


def md_texts(path):
    raw = open(path, encoding="utf-8").read()
    t = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"[*`\\]", "", t)
    return [raw, html.unescape(t)], [raw]


def txt_texts(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8-sig")
    except UnicodeDecodeError:
        t = b.decode("gb18030")
    return [t], []


READERS = {".pdf": pdf_texts, ".docx": docx_texts, ".html": html_texts, ".md": md_texts, ".txt": txt_texts}


# ---------------------------------------------------------------- strings of a truth
SKIP_KEYS = ("network", "countryCode")


def strings(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if k.lower().endswith("date") or k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        yield key, node


def variants(key, s):
    yield s
    if key in ("url",) or re.match(r"^https?://", s):
        u = re.sub(r"^[a-z]+://", "", s)
        yield u
        yield re.sub(r"^www\.", "", u)


def found(s, key, hay):
    return any(norm(v) in h for v in variants(key, s) for h in hay)


# ---------------------------------------------------------------- main
def main(argv):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    names = set(argv[1:])
    files = sorted(f for f in os.listdir(SET)
                   if f not in ("README.md", "split.json", "src") and not f.endswith(".truth.json"))
    bad = 0
    for f in files:
        if names and f.split(".")[0] not in names:
            continue
        problems = []
        tpath = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(tpath):
            print(f"FAIL {f}: no truth")
            bad += 1
            continue
        doc = json.load(open(tpath, encoding="utf-8"))
        if set(doc) != {"resume", "lenient"}:
            problems.append("truth keys %s" % sorted(doc))
        for e in validator.iter_errors(doc.get("resume", {})):
            problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
        ext = os.path.splitext(f)[1]
        texts, raws = READERS[ext](os.path.join(SET, f))
        hay = [norm(t) for t in texts]
        rawhay = hay + [norm(t) for t in raws]
        for key, s in strings(doc.get("resume", {})):
            # a value joined from several printed lines (a summary) is looked for line by line
            for piece in [p for p in s.split("\n") if p.strip()]:
                if not found(piece, key, hay):
                    problems.append("not in text: %s = %r" % (key, piece))
        for s in doc.get("lenient", []):
            if not found(s, "", rawhay):
                problems.append("lenient not in file: %r" % s)
        if problems:
            bad += 1
            print(f"FAIL {f}")
            for p in problems:
                print("     " + p)
        else:
            print(f"ok   {f}")
    print("%d file(s) failing" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
