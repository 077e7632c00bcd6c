#!/usr/bin/env python3
"""Validates every truth of this set and checks that its strings are printed in its file.

usage: python3 src/check.py [NAME ...]      (NAME = a résumé file name or a person's base name)

1. Each NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and its resume validates against
   /work/main/schema/schema.json (JSON Schema draft-04, with a format checker).
2. Every string of the resume, except dates (startDate, endDate, date, releaseDate, x-date, x-expires,
   x-renewed, x-dateOfBirth), countryCode, profile network and x-type, must occur in the file's text after
   NFKC, casefolding, unified dashes, straightened quotes and removal of all whitespace. URLs are looked
   for without their scheme. Text: PDF via pdftotext in reading order, -layout and -raw (any one may
   hold the string); DOCX body + header + footer XML; HTML visible text plus hrefs; Markdown with HTML
   tags, `*` and `\\` removed and entities decoded; .txt as is.
   Lenient strings that are not printed are reported as warnings only.
"""
import glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed", "x-dateOfBirth"}
SKIP_KEYS = DATE_KEYS | {"countryCode", "network", "x-type"}
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    return re.sub(r"\s+", "", s)


def pdf_texts(path):
    out = []
    for opt in ([], ["-layout"], ["-raw"]):
        out.append(subprocess.run(["pdftotext", "-enc", "UTF-8"] + opt + [path, "-"],
                                  capture_output=True, text=True).stdout)
    return out


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    txt = []
    for n in parts:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:tab/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        txt.append(html.unescape(x))
    return ["\n".join(txt)]


def html_text(path):
    s = open(path, encoding="utf-8").read()
    hrefs = re.findall(r'href="([^"]+)"', s)
    s = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return [html.unescape(s) + "\n" + "\n".join(hrefs)]


def md_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<(https?://[^>\s]+)>", r"\1", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = s.replace("*", "").replace("\\", "")
    return [html.unescape(s)]


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_texts(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "html":
        return html_text(path)
    if ext == "md":
        return md_text(path)
    return [open(path, encoding="utf-8-sig").read()]


def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def main(args):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in glob.glob(os.path.join(SET, "*.*"))
                   if not f.endswith(".truth.json") and not f.endswith(".json") and not f.endswith("README.md"))
    if args:
        files = [f for f in files if any(os.path.basename(f) == a or os.path.basename(f).startswith(a + ".") for a in args)]
    bad = 0
    for f in files:
        name = os.path.basename(f)
        problems, warnings = [], []
        truth = json.load(open(f + ".truth.json", encoding="utf-8"))
        if set(truth) != {"resume", "lenient"}:
            problems.append("truth keys: %s" % sorted(truth))
        for e in validator.iter_errors(truth["resume"]):
            problems.append("schema: %s at %s" % (e.message, list(e.absolute_path)))
        hay = [norm(t) for t in texts(f)]
        for key, s in strings(truth["resume"]):
            needle = s
            if key == "url" or re.match(r"^https?://", s):
                needle = re.sub(r"^https?://", "", s)
            n = norm(needle)
            if not any(n in h for h in hay):
                problems.append("not printed (%s): %r" % (key, s))
        for s in truth["lenient"]:
            if not any(norm(s) in h for h in hay):
                warnings.append("lenient not printed: %r" % s)
        status = "ok" if not problems else "FAIL"
        print("%-36s %s" % (name, status))
        for p in problems:
            print("    " + p)
        for w in warnings:
            print("    (warn) " + w)
        bad += bool(problems)
    print("%d files, %d passed, %d failed" % (len(files), len(files) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
