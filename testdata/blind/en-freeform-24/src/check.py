#!/usr/bin/env python3
"""Check every file of en-freeform-24 against its truth.

For each résumé file NAME.EXT in the set folder:
  * NAME.EXT.truth.json must exist and be {"resume": ..., "lenient": [...]};
  * the resume must validate against /work/main/schema/schema.json (JSON Schema draft-04,
    with the draft-04 format checker);
  * every non-date string of the resume must occur in the file's text.

Text of a file: .txt as is; .md as is and with tags / emphasis marks removed; .html visible
text plus every href; .pdf through pdftotext in reading order, with -layout and with -raw
(a string may be found in any of the three); .docx the text of word/document.xml, the
headers and footers, plus hyperlink targets. Both sides are normalised: NFKC, casefold,
dashes and quotes unified, whitespace collapsed; a string also passes when it matches with
all whitespace removed (lines broken at a hyphen in PDFs).

Not looked for: dates (startDate, endDate, date, releaseDate and x- date fields),
countryCode, profile network, x-type. URLs are compared without scheme and "www.";
multi-line values (summary, reference) line by line.

usage: python3 src/check.py [-v]
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

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "countryCode", "network", "x-type",
             "x-date", "x-endDate", "x-expires", "x-renewed", "x-issued", "x-validTo", "x-dateOfBirth",
             "x-expected", "x-startDate", "x-expiry", "x-availableFrom", "x-logbookSignedTo"}
URL_KEYS = {"url"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b]")
SQUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u2032`]")
DQUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\u2033]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = SQUOTES.sub("'", s)
    s = DQUOTES.sub('"', s)
    s = s.replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


def squeeze(s):
    return re.sub(r"\s+", "", s)


def html_text(src):
    hrefs = re.findall(r'href\s*=\s*"([^"]*)"', src, flags=re.I)
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", src)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|dt|dd|summary|details|section|td|th)>", "\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return [html.unescape(body) + "\n" + "\n".join(html.unescape(h) for h in hrefs)]


def md_texts(src):
    no_tags = re.sub(r"<[^>]+>", " ", src)
    plain = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|~<>])", r"\1", no_tags)
    plain = re.sub(r"(\*\*|__|\*|~~)", "", plain)
    return [src, no_tags, plain]


def pdf_texts(path):
    outs = []
    for mode in ([], ["-layout"], ["-raw"]):
        outs.append(subprocess.run(["pdftotext", *mode, path, "-"], capture_output=True, text=True,
                                   check=True).stdout)
    return outs


def docx_texts(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"<w:br/>|<w:cr/>", "\n", xml)
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"</w:tc>", "\n", xml)
            parts.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
        for n in z.namelist():
            if n.endswith(".rels"):
                parts.extend(html.unescape(t) for t in re.findall(r'Target="(http[^"]+)"', z.read(n).decode()))
    return ["\n".join(parts)]


def texts_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        raw = pdf_texts(path)
    elif ext == ".docx":
        raw = docx_texts(path)
    else:
        src = open(path, encoding="utf-8").read()
        if ext == ".html":
            raw = html_text(src)
        elif ext == ".md":
            raw = md_texts(src)
        else:
            raw = [src]
    normed = [norm(t) for t in raw]
    return normed, [squeeze(t) for t in normed]


def strings(obj, key=None):
    """(key, value) for every string to look for."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        if key in URL_KEYS:
            u = re.sub(r"^[a-z]+://", "", obj)
            u = re.sub(r"^www\.", "", u).rstrip("/")
            yield key, u
        elif "\n" in obj:
            for line in obj.split("\n"):
                if line.strip():
                    yield key, line
        else:
            yield key, obj


def found(value, normed, squeezed):
    v = norm(value)
    if not v:
        return True
    if any(v in t for t in normed):
        return True
    sv = squeeze(v)
    return any(sv in t for t in squeezed)


def main():
    verbose = "-v" in sys.argv
    schema = json.load(open(SCHEMA))
    checker = getattr(jsonschema.Draft4Validator, "FORMAT_CHECKER", None) or jsonschema.draft4_format_checker
    validator = jsonschema.Draft4Validator(schema, format_checker=checker)
    files = sorted(p for p in glob.glob(os.path.join(SET, "*")) if p.endswith(EXTS) and os.path.basename(p) != "README.md")
    bad = 0
    people = {}
    for path in files:
        name = os.path.basename(path)
        stem, ext = os.path.splitext(name)
        people.setdefault(stem, []).append(ext)
        problems = []
        tpath = path + ".truth.json"
        if not os.path.exists(tpath):
            problems.append("no truth file")
        else:
            doc = json.load(open(tpath, encoding="utf-8"))
            if set(doc) != {"resume", "lenient"}:
                problems.append("truth keys are %s" % sorted(doc))
            for err in validator.iter_errors(doc.get("resume", {})):
                problems.append("schema: %s at %s" % (err.message, "/".join(map(str, err.path))))
            normed, squeezed = texts_of(path)
            n = 0
            for key, value in strings(doc.get("resume", {})):
                n += 1
                if not found(value, normed, squeezed):
                    problems.append("not in file: %s = %r" % (key, value))
            for value in doc.get("lenient", []):
                if not isinstance(value, str):
                    problems.append("lenient value not a string: %r" % (value,))
        if problems:
            bad += 1
            print("FAIL", name)
            for p in problems:
                print("   ", p)
        else:
            print("ok  ", name, "(%d strings)" % n if verbose else "")
    for stem, exts in sorted(people.items()):
        if len(exts) != 2:
            print("WARN", stem, "has", len(exts), "files:", exts)
    print("%d files, %d people, %d failed" % (len(files), len(people), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
