#!/usr/bin/python3
"""Check the files of this set.

usage: /usr/bin/python3 src/check.py [-v] [NAME ...]

For every résumé file NAME.EXT beside its NAME.EXT.truth.json:
  1. the truth is {"resume": ..., "lenient": [str, ...]} and "resume" validates against
     /work/main/schema/schema.json (JSON Schema draft-04, formats checked);
  2. every non-date string of "resume" occurs in the file's text, both sides normalised
     (NFKC, case folding, dashes / quotes / middle dots unified, all white space removed;
     as a fallback hyphens are ignored too; URLs are also tried without scheme and www.; a value
     joined from several printed pieces with "\n" is checked piece by piece).
     Text sources: .pdf -> pdftotext (reading order, -layout and -raw); .docx -> the w:t text of
     word/document.xml and every header / footer part; .html -> visible text plus href and alt
     values; .md -> the file as is and with Markdown marks (* _ ` \\ #) removed; .txt -> as is.
Without NAME arguments it also checks split.json (every file once, each person on one side)
and that every file has a truth and every truth a file.  -v also lists lenient strings that
do not occur in the file (informative only).
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

from jsonschema import Draft4Validator, FormatChecker

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
EXTS = ("pdf", "docx", "html", "md", "txt")
# keys whose values are dates, codes or classifications the file need not print verbatim
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-birthDate",
        "countryCode", "network", "x-type", "x-expected"}

DASH = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]")
QUOTE = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'"}
DOT = re.compile(r"[\u00b7\u2022\u30fb\u2219\u25cf\u25aa\u2027]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    for a, b in QUOTE.items():
        s = s.replace(a, b)
    s = DOT.sub("·", s)
    return re.sub(r"\s+", "", s)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k in ("href", "alt") and v:
                self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        else:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        parts = []
        for opt in ([], ["-layout"], ["-raw"]):
            parts.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                        text=True, check=True).stdout)
        return ["\n".join(parts)]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        xs = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xs.append("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)))
        import html
        return [html.unescape("\n".join(xs))]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        p = Visible()
        p.feed(raw)
        return ["".join(p.out)]
    if ext == "md":
        return [raw, re.sub(r"[*_`\\#]", "", raw)]
    return [raw]


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def found(value, hay, hay_nohyph):
    cands = [value]
    if re.match(r"^[a-z]+://", value):
        v = re.sub(r"^[a-z]+://", "", value)
        cands += [v, re.sub(r"^www\.", "", v)]
    for c in cands:
        n = norm(c)
        if n in hay:
            return True
        if n.replace("-", "") in hay_nohyph:
            return True
    return False


def check_file(path, schema, verbose=False):
    errs = []
    tpath = path + ".truth.json"
    try:
        doc = json.load(open(tpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"{tpath}: cannot read ({e})"]
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list) \
            or not all(isinstance(x, str) for x in doc["lenient"]):
        errs.append(f"{tpath}: not of the shape {{resume, lenient: [str]}}")
    v = Draft4Validator(schema, format_checker=FormatChecker())
    for e in sorted(v.iter_errors(doc.get("resume", {})), key=lambda e: list(e.path)):
        errs.append(f"{tpath}: schema: /{'/'.join(map(str, e.path))}: {e.message}")
    texts = text_of(path)
    hay = "".join(norm(t) for t in texts)
    hay_nohyph = hay.replace("-", "")
    for key, s in strings(doc.get("resume", {})):
        # a value joined from several printed pieces (paragraphs, referee lines) uses "\n"
        for piece in s.split("\n"):
            if piece.strip() and not found(piece, hay, hay_nohyph):
                errs.append(f"{os.path.basename(path)}: {key}: not in text: {piece!r}")
    if verbose:
        for s in doc.get("lenient", []):
            if not found(s, hay, hay_nohyph):
                print(f"  (lenient not in text) {os.path.basename(path)}: {s!r}")
    return errs


def files_of(names):
    out = []
    for ext in EXTS:
        for p in glob.glob(os.path.join(SET, "*." + ext)):
            base = os.path.basename(p)
            if base == "README.md":
                continue
            if not names or any(base.startswith(n + ".") for n in names):
                out.append(p)
    return sorted(out)


def check_split(files):
    errs = []
    sp = os.path.join(SET, "split.json")
    if not os.path.exists(sp):
        return ["split.json missing"]
    s = json.load(open(sp, encoding="utf-8"))
    listed = s.get("dev", []) + s.get("test", [])
    names = sorted(os.path.basename(f) for f in files)
    if sorted(listed) != names:
        errs.append(f"split.json lists {len(listed)} files, folder has {len(names)}: "
                    f"missing {sorted(set(names) - set(listed))}, extra {sorted(set(listed) - set(names))}")
    side = {}
    for k in ("dev", "test"):
        for f in s.get(k, []):
            person = f.split(".")[0]
            if side.setdefault(person, k) != k:
                errs.append(f"split.json: {person} on both sides")
    return errs


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if a != "-v"]
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    files = files_of(names)
    errs = []
    for f in files:
        errs += check_file(f, schema, verbose)
    if not names:
        truths = glob.glob(os.path.join(SET, "*.truth.json"))
        for t in truths:
            if not os.path.exists(t[: -len(".truth.json")]):
                errs.append(f"{os.path.basename(t)}: no file beside it")
        errs += check_split(files)
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
