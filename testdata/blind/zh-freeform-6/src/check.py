#!/usr/bin/python3
"""Check the zh-freeform-6 set.

  /usr/bin/python3 src/check.py [NAME ...]

(a) every NAME.EXT.truth.json validates against /work/main/schema/schema.json
    (JSON Schema draft-04, format checking on);
(b) every non-date string of every truth occurs in its file's text, after normalising both sides
    (NFKC, case fold, all white space removed, quotes and dashes unified).
    Text of a file: .pdf -> pdftotext (plain, -layout and -raw; any of them may hold the string),
    .docx -> the text of word/document.xml, .html -> visible text (outside <head>, <script>, <style>)
    plus href values, .md / .txt -> the file as it is (for .md also with entities and inline markup
    resolved). URLs are looked for without scheme, "www." and a trailing slash.
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
OUT = os.path.dirname(SRC)
SCHEMA = "/work/main/schema/schema.json"

DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date"}
SKIP_KEYS = {"network", "countryCode"}
URL_KEYS = {"url"}

QUOTES = {ord(c): '"' for c in "“”„‟＂«»「」"}
QUOTES.update({ord(c): "'" for c in "‘’‚‛＇"})
DASHES = {ord(c): "-" for c in "‐‑‒–—―−－﹣⁃"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(QUOTES).translate(DASHES)
    s = s.casefold()
    return re.sub(r"\s+", "", s)


def norm_url(u):
    u = re.sub(r"^[a-z]+://", "", u.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    return norm(u.rstrip("/"))


class _Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    v = _Vis()
    v.feed(raw)
    return ["".join(v.parts), "\n".join(v.hrefs)]


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\t)|(\n)", xml)
    return [html.unescape("".join(a or b or c for a, b, c in parts))]


def pdf_text(path):
    out = []
    for opt in ([], ["-layout"], ["-raw"]):
        out.append(subprocess.run(["pdftotext", *opt, "-enc", "UTF-8", path, "-"],
                                  capture_output=True, text=True, check=True).stdout)
    return out


def md_text(raw):
    t = html.unescape(raw)
    t2 = re.sub(r"<[^>]+>", "", t)
    t2 = re.sub(r"(\*\*|__|`|~~)", "", t2)
    t2 = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", t2)
    return [raw, t, t2]


def file_texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        return html_text(raw)
    if ext == "md":
        return md_text(raw)
    return [raw]


def strings(obj, key=None, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, k, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, key, "%s[%d]" % (path, i))
    elif isinstance(obj, str):
        if key in DATE_KEYS or key in SKIP_KEYS:
            return
        yield key, path, obj


def main(names):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    if names:
        files = [f for f in files if f.split(".")[0] in names or f[:-len(".truth.json")] in names]
    bad = 0
    for tf in files:
        f = tf[:-len(".truth.json")]
        path = os.path.join(OUT, f)
        truth = json.load(open(os.path.join(OUT, tf), encoding="utf-8"))
        errs = []
        if set(truth) != {"resume", "lenient"} or not isinstance(truth["lenient"], list):
            errs.append("truth must be {resume, lenient}")
        for e in validator.iter_errors(truth.get("resume", {})):
            errs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.absolute_path))))
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            texts = [norm(t) for t in file_texts(path)]
            for key, p, s in strings(truth.get("resume", {})):
                if key in URL_KEYS or (s.startswith("http") and "://" in s):
                    needle = norm_url(s)
                else:
                    needle = norm(s)
                if needle and not any(needle in t for t in texts):
                    errs.append("not in text: %s = %r" % (p, s))
        if errs:
            bad += 1
            print("FAIL", f)
            for e in errs:
                print("    ", e)
    print("%d files checked, %d passed, %d failed" % (len(files), len(files) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
