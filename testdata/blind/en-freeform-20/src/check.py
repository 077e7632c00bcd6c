#!/usr/bin/env python3
"""Check the truths of en-freeform-20.

usage: python3 src/check.py [NAME ...]

For every résumé file NAME.EXT in the set folder (or only those given):
  1. NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and "resume" validates
     against /work/main/schema/schema.json (JSON Schema draft-04, format checker on);
  2. every non-date string of the truth occurs in the file's text, after NFKC,
     casefolding, unified dashes, straightened quotes and removal of all whitespace.
     Text of a file: .txt as is; .md with HTML tags removed (autolinks kept), `*` and
     `\\` removed, entities decoded; .html visible text plus href values; .pdf the
     pdftotext output in reading order, with -layout and with -raw (a string passes
     when any of the three holds it); .docx the text of the body, headers and footers
     (text boxes included).
Lenient strings that are not printed are reported as warnings.
Exit status 1 when any file fails.
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

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")

# keys whose values are not looked for in the text
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires",
             "x-renewed", "x-dateOfBirth", "x-issued", "countryCode", "network", "x-type"}
URL_KEYS = {"url"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b\ufe58\ufe63]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
          "\u00ab": '"', "\u00bb": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)


def norm_url(u):
    u = re.sub(r"^[a-z]+://", "", u.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    return norm(u.rstrip("/"))


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.parts.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    # conditional comments of Word's web pages are not visible text
    p = Visible()
    p.feed(raw)
    return " ".join(p.parts)


def md_text(raw):
    t = re.sub(r"<((?:https?|mailto):[^>\s]+|[^<>\s@]+@[^<>\s]+)>", r" \1 ", raw)
    t = re.sub(r"<[^>\n]+>", " ", t)
    t = t.replace("*", "").replace("\\", "")
    return html.unescape(t)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in names:
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"<[^>]+>", "", xml)
            out.append(html.unescape(xml))
    return "\n".join(out)


def pdf_texts(path):
    texts = []
    for opt in ([], ["-layout"], ["-raw"]):
        r = subprocess.run(["pdftotext", *opt, "-enc", "UTF-8", path, "-"],
                           capture_output=True, check=True)
        texts.append(r.stdout.decode("utf-8"))
    return texts


def file_texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return pdf_texts(path)
    if ext == ".docx":
        return [docx_text(path)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        return [html_text(raw)]
    if ext == ".md":
        return [md_text(raw)]
    return [raw]


def strings(node, key=None, path="resume"):
    """Yield (path, key, string) for every string leaf of the truth."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, k, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from strings(v, key, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, key, node


def check(path, validator):
    errors, warnings = [], []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return [f"no truth file {os.path.basename(tpath)}"], []
    doc = json.load(open(tpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"}:
        errors.append("truth must have exactly the keys resume and lenient")
    for e in validator.iter_errors(doc.get("resume", {})):
        errors.append("schema: " + "/".join(map(str, e.path)) + ": " + e.message)
    texts = [norm(t) for t in file_texts(path)]
    for p, key, s in strings(doc.get("resume", {})):
        if key in SKIP_KEYS or not s.strip():
            continue
        if key in URL_KEYS or p.endswith(".url"):
            needle = norm_url(s)
        else:
            needle = norm(s)
        if not any(needle in t for t in texts):
            errors.append(f"not printed: {p} = {s!r}")
    for s in doc.get("lenient", []):
        if not any(norm(s) in t for t in texts):
            warnings.append(f"lenient not printed: {s!r}")
    return errors, warnings


def main(argv):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and not f.endswith(".truth.json")
                   and f != "README.md")
    if argv:
        files = [f for f in files if any(f.startswith(a) for a in argv)]
    bad = 0
    for f in files:
        errors, warnings = check(os.path.join(SET, f), validator)
        status = "FAIL" if errors else "ok"
        print(f"{status:4s} {f}")
        for e in errors:
            print("     " + e)
        for w in warnings:
            print("     warning: " + w)
        bad += bool(errors)
    print(f"{len(files) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
