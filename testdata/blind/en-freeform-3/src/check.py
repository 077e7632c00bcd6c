#!/usr/bin/env python3
"""Check the en-freeform-3 set.

For every NAME.EXT with a NAME.EXT.truth.json beside it (in the set folder, the parent of src/):
  (a) the truth's "resume" validates against /work/main/schema/schema.json
      (python jsonschema, Draft 4, format checking on), and the file is {"resume": ..., "lenient": [...]};
  (b) every non-date string of the truth occurs in the file's text. Both sides are normalised:
      NFKC, case fold, all white space removed, quotes and dashes unified. If a string is not found,
      it is tried again with hyphens/dashes removed on both sides (pdftotext joins `spaza-<EOL>shop`).
      Text of the files:
        .pdf   pdftotext (reading order), then -layout and -raw as further tries
        .docx  the text of word/document.xml (+ header/footer parts): w:t, w:tab, w:br
        .html  the visible text (no <head>, <script>, <style>) plus every href value
        .md .txt  the file as it is
        .tex   the source with comments dropped and TeX markup removed (\\cmd, braces, ~, --, \\&)
      Not checked: startDate, endDate, date, releaseDate, x-date, x-expires, countryCode.
      URL values are compared without scheme and leading "www.".
Usage: src/check.py [NAME ...]   (NAME: a person such as en_dominic_achterberg, or a file name)
Exit status 1 when anything fails.
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

SRC = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(SRC)
SCHEMA = "/work/main/schema/schema.json"
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires"}
SKIP_KEYS = DATE_KEYS | {"countryCode"}
EXTS = (".pdf", ".docx", ".html", ".md", ".txt", ".tex")

QUOTES = {c: "'" for c in "‘’‚‛′`´"}
QUOTES.update({c: '"' for c in "“”„‟″«»"})
DASHES = {c: "-" for c in "‐‑‒–—―−﹣－⁃"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(QUOTES.get(c, DASHES.get(c, c)) for c in s)
    return re.sub(r"\s+", "", s, flags=re.UNICODE)


def nohyphen(s):
    return s.replace("-", "")


# ---------------------------------------------------------------- text extraction
def pdf_text(path):
    out = []
    for args in ([], ["-layout"], ["-raw"]):
        out.append(subprocess.run(["pdftotext", *args, path, "-"], capture_output=True, text=True,
                                  check=True).stdout)
    return out


def docx_text(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(parts, key=lambda n: (not n.endswith("document.xml"), n)):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"<w:tab/>|<w:tab [^>]*/>", "\t", xml)
            xml = re.sub(r"<w:br/>|<w:br [^>]*/>|</w:p>", "\n", xml)
            pieces = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\t|\n)", xml)
            texts.append("".join(a or b for a, b in pieces))
    import html as h
    return [h.unescape("\n".join(texts))]


class Visible(html.parser.HTMLParser):
    HIDDEN = {"head", "script", "style", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text = []
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "li", "div", "tr", "h1", "h2", "h3", "h4", "section", "article"):
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.text.append(data)


def html_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    return ["".join(p.text) + "\n" + "\n".join(p.hrefs)]


def tex_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?<!\\)%.*", "", s)                    # comments
    specials = "&%$#_{}"
    s = re.sub(r"\\([&%$#_{}])", lambda m: chr(0xE000 + specials.index(m.group(1))), s)  # hide escaped specials
    s = s.replace("---", "—").replace("--", "–")
    s = s.replace("\\\\", "\n")                        # line breaks
    s = re.sub(r"\\[,;:! ]", " ", s)                   # spacing commands
    s = re.sub(r"\\[a-zA-Z@]+\*?", " ", s)              # command names
    s = s.replace("~", " ")
    s = re.sub(r"[{}$]", "", s)                         # grouping and math shifts
    s = "".join(specials[ord(c) - 0xE000] if 0xE000 <= ord(c) < 0xE000 + len(specials) else c for c in s)
    return [s]


def file_texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".docx":
        return docx_text(path)
    if ext == ".html":
        return html_text(path)
    if ext == ".tex":
        return tex_text(path)
    return [open(path, encoding="utf-8-sig").read()]


# ---------------------------------------------------------------- truth strings
def strings(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from strings(v, f"{path}/{i}")
    elif isinstance(node, str):
        yield path, node


def url_form(s):
    s = re.sub(r"^[a-z]+://", "", s.strip(), flags=re.I)
    s = re.sub(r"^www\.", "", s, flags=re.I)
    return s.rstrip("/")


def check_file(fname, validator):
    errors = []
    path = os.path.join(SET, fname)
    tpath = path + ".truth.json"
    truth = json.load(open(tpath, encoding="utf-8"))
    if set(truth) != {"resume", "lenient"} or not isinstance(truth["lenient"], list):
        errors.append("truth file must be {resume, lenient}")
    for e in sorted(validator.iter_errors(truth["resume"]), key=lambda e: list(e.path)):
        errors.append("schema: /" + "/".join(map(str, e.path)) + ": " + e.message)
    texts = [norm(t) for t in file_texts(path)]
    texts_nh = [nohyphen(t) for t in texts]
    for p, value in strings(truth["resume"]):
        v = url_form(value) if (p.endswith("/url") or re.match(r"^https?://", value)) else value
        nv = norm(v)
        if not nv:
            continue
        if any(nv in t for t in texts) or any(nohyphen(nv) in t for t in texts_nh):
            continue
        errors.append(f"not in text: {p} = {value!r}")
    return errors


def main(args):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and os.path.exists(os.path.join(SET, f + ".truth.json")))
    if args:
        files = [f for f in files if f in args or os.path.splitext(f)[0] in args]
    bad = 0
    for f in files:
        errs = check_file(f, validator)
        if errs:
            bad += 1
            print(f"FAIL {f}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {f}")
    print(f"{len(files) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
