#!/usr/bin/env python3
"""Check the set: (a) every truth validates against /work/main/schema/schema.json (draft-04);
(b) every non-date string of each truth occurs in its file's extracted text (normalised).

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]
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
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
EXTS = (".pdf", ".docx", ".txt", ".md", ".html")

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c-]")
QUOTES = re.compile(r"[\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f\"']")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = QUOTES.sub('"', s)
    return re.sub(r"\s+", "", s)


class HTMLText(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.parts.append(" " + a["href"] + " ")
        if tag == "input" and a.get("value"):
            self.parts.append(" " + a["value"] + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in sorted(z.namelist()):
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab/>", " ", x)
            x = re.sub(r"<w:br[^>]*/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x)
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", x) and
                               [a or b for a, b in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", x)]))
    import html as h
    return h.unescape("\n".join(out))


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return "\n".join(subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                         for opt in ([], ["-layout"], ["-raw"]))
    if ext == ".docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = HTMLText()
        p.feed(raw)
        return "".join(p.parts)
    if ext == ".md":
        return raw + "\n" + re.sub(r"<[^>]+>|[*`\\|#>_]", " ", raw)
    return raw


def strings(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith(("date", "Date")) or k.startswith("x-date") or k in ("network", "countryCode", "x-validUntil"):
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def main(prefixes):
    problems = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(EXTS) and f != "README.md"
                   and (not prefixes or f.startswith(tuple(prefixes))))
    for f in files:
        tp = os.path.join(OUT, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth"); problems += 1; continue
        doc = json.load(open(tp, encoding="utf-8"))
        if set(doc) != {"resume", "lenient"}:
            print(f"{f}: truth keys {sorted(doc)}"); problems += 1
        for e in VALIDATOR.iter_errors(doc["resume"]):
            print(f"{f}: schema: {list(e.path)}: {e.message}"); problems += 1
        text = norm(text_of(os.path.join(OUT, f)))
        for key, s in strings(doc["resume"]):
            ok = False
            for line in s.split("\n"):
                cands = [line]
                if key in ("url",) or line.startswith("http"):
                    cands.append(re.sub(r"^https?://(www\.)?", "", line))
                if any(norm(c) in text for c in cands if norm(c)):
                    ok = True
                else:
                    ok = False
                    break
            if not ok:
                print(f"{f}: not in text: {key}={s!r}"); problems += 1
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
