#!/usr/bin/python3
"""Check the en-freeform-12 set.

usage: /usr/bin/python3 src/check.py [-v] [NAME ...]

1. every NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and its resume
   validates against /work/main/schema/schema.json (draft-04, FormatChecker);
2. every non-date truth string occurs in the text of NAME.EXT after
   normalisation (NFKC, casefold, dashes / quotes / middle dots unified, all
   white space removed; as a fallback hyphens are ignored too);
3. (no NAME given) split.json lists every file once, keeps each person on one
   side, and every résumé file has a truth.
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

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")

# keys whose values are classifications or dates, not printed text
SKIP_KEYS = {
    "startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-issued",
    "countryCode", "network", "x-type", "x-level", "x-years", "x-revalidated", "x-nextRevalidation",
}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u2013\u2014]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}
DOTS = re.compile(r"[\u00b7\u2022\u30fb\u2027\u22c5\u2219]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    s = DOTS.sub("\u00b7", s)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        a = dict(attrs)
        for k in ("href", "alt"):
            if a.get(k):
                self.out.append(" " + a[k] + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:br/>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(html.unescape(x))
    return "\n".join(out)


def file_text(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        a = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"], capture_output=True, text=True).stdout
        # page furniture: lines holding only a page number are dropped (a page break may fall
        # inside a paragraph)
        a = re.sub(r"(?m)^\s*\d{1,2}\s*$", "", a.replace("\f", "\n"))
        return a + "\n" + b
    if ext == ".docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = Visible()
        p.feed(raw)
        return "".join(p.out)
    if ext == ".md":
        return raw + "\n" + re.sub(r"[*_`\\#]", "", raw)
    return raw


def strings(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        for piece in node.split("\n"):
            if piece.strip():
                yield key, piece.strip()


def found(value, text, text_nohyph):
    v = norm(value)
    if v in text:
        return True
    if v.replace("-", "") in text_nohyph:
        return True
    u = re.sub(r"^[a-z]+://", "", v)
    u = re.sub(r"^www\.", "", u).rstrip("/")
    return u in text


def check_file(path, schema, verbose):
    errs = []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return [f"{path}: no truth"]
    doc = json.load(open(tpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
        errs.append(f"{tpath}: not {{resume, lenient}}")
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc["resume"]):
        errs.append(f"{tpath}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    text = norm(file_text(path))
    text_nohyph = text.replace("-", "")
    for key, s in strings(doc["resume"]):
        if not found(s, text, text_nohyph):
            errs.append(f"{os.path.basename(path)}: {key}: not in file: {s!r}")
    if verbose:
        for s in doc["lenient"]:
            if not found(s, text, text_nohyph):
                print(f"  (lenient not in {os.path.basename(path)}: {s!r})")
    return errs


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and not f.endswith(".truth.json")
                   and re.match(r"(en|bi|zh|tw|hk)_", f))
    if names:
        files = [f for f in files if os.path.splitext(f)[0] in names]
    errs = []
    for f in files:
        errs += check_file(os.path.join(SET, f), schema, verbose)
    if not names:
        sp = json.load(open(os.path.join(SET, "split.json"), encoding="utf-8"))
        listed = sp["dev"] + sp["test"]
        if sorted(listed) != sorted(files):
            errs.append(f"split.json lists {sorted(set(listed) ^ set(files))} wrongly")
        if len(listed) != len(set(listed)):
            errs.append("split.json lists a file twice")
        side = {}
        for s in ("dev", "test"):
            for f in sp[s]:
                p = os.path.splitext(f)[0]
                if side.setdefault(p, s) != s:
                    errs.append(f"{p} on both sides")
        for f in os.listdir(SET):
            if f.endswith(".truth.json") and f[:-len(".truth.json")] not in os.listdir(SET):
                errs.append(f"{f}: truth without file")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
