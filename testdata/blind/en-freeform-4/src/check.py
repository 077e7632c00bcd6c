#!/usr/bin/env python3
"""Check the en-freeform-4 set.

1. every NAME.EXT.truth.json validates against /work/main/schema/schema.json
   (JSON Schema draft-04, format checking on) and has the {resume, lenient} shape;
2. every non-date string of the truth's `resume` occurs in the text of NAME.EXT
   (NFKC, case folded, quotes and dashes unified, all white space removed; as a
   fallback hyphens are ignored too, because pdftotext joins `re-⏎sequencing`);
3. split.json lists every file once and keeps each person on one side.

Usage: src/check.py [NAME...]     (NAME = person, e.g. en_kiri_tawhiri)
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
ROOT = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "countryCode"}
SOURCE_EXTS = {".pdf", ".docx", ".html", ".md", ".txt", ".tex"}

QUOTES = {ord(c): "'" for c in "‘’‚‛′`´"}
QUOTES.update({ord(c): '"' for c in "“”„‟″«»"})
DASHES = {ord(c): "-" for c in "‐‑‒–—―−﹣－"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(QUOTES).translate(DASHES)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- text extraction
class _Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "section", "dd", "dt"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_html(path):
    p = _Visible()
    p.feed(open(path, encoding="utf-8").read())
    return "".join(p.out)


def text_docx(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"<w:tab/>|<w:br/>|</w:p>", " ", xml)
            parts.extend(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
            parts.append(" ")
    return "".join(parts)


def text_pdf(path):
    outs = []
    for args in ([], ["-layout"], ["-raw"]):
        outs.append(subprocess.run(["pdftotext", *args, path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
    return "\n".join(outs)


def text_md(path):
    s = open(path, encoding="utf-8").read()
    return re.sub(r"[*`\\]", "", s)


def text_tex(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?<!\\)%.*", "", s)
    s = s.replace("\\\\", " ").replace("\\&", "&").replace("\\%", "%").replace("\\$", "$")
    s = s.replace("\\#", "#").replace("\\_", "_").replace("~", " ")
    for cmd, rep in (("\\textbar", "|"), ("\\textbullet", "•"), ("\\textendash", "–"), ("\\textemdash", "—")):
        s = s.replace(cmd, rep)
    s = s.replace("---", "—").replace("--", "–").replace("``", '"').replace("''", '"')
    s = re.sub(r"\\[A-Za-z@]+\*?", " ", s)
    s = re.sub(r"[{}$\[\]]", " ", s)
    return s


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return text_pdf(path)
    if ext == ".docx":
        return text_docx(path)
    if ext == ".html":
        return text_html(path)
    if ext == ".md":
        return text_md(path)
    if ext == ".tex":
        return text_tex(path)
    return open(path, encoding="utf-8-sig").read()


# ---------------------------------------------------------------- truth walking
def strings(obj, key=None, trail=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k, trail + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, key, "%s[%d]" % (trail, i))
    elif isinstance(obj, str):
        yield key, trail, obj


def check_file(path, validator):
    errs = []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return ["no truth file"]
    t = json.load(open(tpath, encoding="utf-8"))
    if set(t) != {"resume", "lenient"} or not isinstance(t["lenient"], list):
        errs.append("truth is not {resume, lenient}")
    for e in validator.iter_errors(t.get("resume", {})):
        errs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    text = norm(text_of(path))
    text_nh = text.replace("-", "")
    for key, trail, s in strings(t.get("resume", {})):
        v = s
        if key == "url":
            v = re.sub(r"^[a-z]+://", "", v)
            v = re.sub(r"^www\.", "", v)
        n = norm(v)
        if not n:
            continue
        if n in text or n.replace("-", "") in text_nh:
            continue
        errs.append("not in text: %s = %r" % (trail, s))
    return errs


def main(argv):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(ROOT)
                   if os.path.splitext(f)[1] in SOURCE_EXTS and not f.endswith(".truth.json") and f != "README.md")
    if argv:
        files = [f for f in files if any(f.startswith(a + ".") for a in argv)]
    bad = 0
    for f in files:
        errs = check_file(os.path.join(ROOT, f), validator)
        if errs:
            bad += 1
            print("FAIL", f)
            for e in errs:
                print("    ", e)
        else:
            print("ok  ", f)
    # split.json
    sp = os.path.join(ROOT, "split.json")
    if not argv and os.path.exists(sp):
        split = json.load(open(sp))
        listed = split.get("dev", []) + split.get("test", [])
        if sorted(listed) != sorted(files):
            bad += 1
            print("FAIL split.json does not list every file exactly once")
        side = {}
        for s in ("dev", "test"):
            for f in split.get(s, []):
                person = f.split(".")[0]
                if side.setdefault(person, s) != s:
                    bad += 1
                    print("FAIL split.json: %s on both sides" % person)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
