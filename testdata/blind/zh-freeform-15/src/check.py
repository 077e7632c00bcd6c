#!/usr/bin/python3
"""Check the built set: (a) every truth validates against the JSON Resume schema,
(b) every non-date string of the truth occurs in the text of its file.

usage: /usr/bin/python3 src/check.py [NAME ...]   (run from anywhere)
NAME filters by file-name prefix. Needs python3-jsonschema and pdftotext.
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
EXTS = (".md", ".txt", ".html", ".docx", ".pdf")

DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c\-]")
QUOTE = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                       "『": '"', "』": '"'})


def squeeze(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s).translate(QUOTE)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    """Visible text of a page, plus input values, option texts and hrefs."""
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self.depth += 1
        if tag == "input" and a.get("value"):
            self.out.append(a["value"])
        if tag == "a" and a.get("href"):
            self.out.append(" " + a["href"] + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        parts = []
        for opt in ([], ["-layout"], ["-raw"]):
            parts.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                        text=True, check=True).stdout)
        return "\n".join(parts)
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = x.replace("<w:tab/>", "<w:t> </w:t>").replace("<w:br/>", "<w:t>\n</w:t>")
                x = x.replace("</w:p>", "<w:t>\n</w:t>")
                parts.append("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x)))
        import html as h
        return h.unescape("\n".join(parts))
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        v = Visible()
        v.feed(raw)
        return "".join(v.out)
    if ext == ".md":
        stripped = re.sub(r"<[^>]+>", " ", raw)
        stripped = re.sub(r"[*`\\|#>_]", " ", stripped)
        return raw + "\n" + stripped
    return raw


SKIPKEYS = ("network", "countryCode")


def strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith("date") or k.endswith("Date") or k.startswith("x-date") or k in SKIPKEYS:
                continue
            yield from strings(v, f"{path}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, f"{path}/{i}")
    elif isinstance(obj, str):
        for line in obj.split("\n"):
            if line.strip():
                yield path, line


def main(argv):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    if argv:
        files = [f for f in files if any(f.startswith(a) for a in argv)]
    problems = 0
    for f in files:
        tp = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth")
            problems += 1
            continue
        doc = json.load(open(tp, encoding="utf-8"))
        if set(doc) != {"resume", "lenient"}:
            print(f"{f}: truth keys {sorted(doc)}")
            problems += 1
        for e in validator.iter_errors(doc["resume"]):
            print(f"{f}: schema: {'/'.join(map(str, e.path))}: {e.message}")
            problems += 1
        text = squeeze(text_of(os.path.join(SET, f)))
        for path, s in strings(doc["resume"]):
            cands = [s]
            if re.match(r"^[a-z]+://", s):
                u = re.sub(r"^[a-z]+://", "", s)
                cands += [u, re.sub(r"^www\.", "", u)]
            if not any(squeeze(c) in text for c in cands):
                print(f"{f}: not in text: {path} = {s!r}")
                problems += 1
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
