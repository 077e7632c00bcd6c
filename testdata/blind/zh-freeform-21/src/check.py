#!/usr/bin/python3
"""Check the truths of zh-freeform-21.

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]

(a) every NAME.EXT.truth.json has exactly the keys "resume" and "lenient", and "resume"
    validates against /work/main/schema/schema.json (jsonschema Draft4Validator, FormatChecker on);
(b) every string of the resume (x- fields included) occurs in the text of NAME.EXT, both sides
    normalised alike: NFKC, case folding, dashes (incl. ~ ～ 〜) and quotes (incl. 「」『』) unified,
    middle dots unified, list markers at line starts and Markdown marks dropped, all white space
    removed; URLs are also tried without scheme and "www.". Not looked for: keys ending in "date" /
    "Date" (x-date too), x-birth, network, countryCode.
    Text of a file: .pdf  pdftotext in reading order, -layout and -raw (a string may be found in any);
                    .docx w:t text of word/document.xml (text boxes included), headers and footers;
                    .html text outside <head>/<script>/<style>/<title>, plus every href;
                    .md / .txt UTF-8 (BOM allowed), tags removed.
(c) the folder holds 28 résumé files, two per person in two formats, every format at least 4 times,
    each with its truth.
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
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"x-birth", "network", "countryCode"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c]")
QUOTES = re.compile(r"[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u300c\u300d\u300e\u300f\u301d\u301e\uff02\uff07]")
DOTS = re.compile(r"[\u00b7\u2027\u30fb\u2022\u2219\uff65]")
MARKER = re.compile(r"(?m)^[ \t\u3000]*(?:[-*+•·‧◦▪■□●○◆◇▍▶►▷➤✓✔√]|\[\d{1,2}\]|\d{1,2}[.、)）](?!\d))[ \t\u3000]*")
MDMARKS = re.compile(r"[*`\\|#>_]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = QUOTES.sub('"', s)
    s = DOTS.sub("·", s)
    s = MARKER.sub("", s)
    s = MDMARKS.sub("", s)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    HIDDEN = {"head", "script", "style", "title"}
    BLOCK = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header",
             "footer", "table", "ul", "ol", "figure", "aside", "article", "td", "th", "hr", "dd", "dt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    return ["".join(p.parts) + "\n" + "\n".join(p.hrefs)]


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", " ", xml)
            texts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", xml)
            out.append("".join(t or nl for t, nl in texts))
    import html as h
    return [h.unescape("\n".join(out))]


def pdf_text(path):
    outs = []
    for opt in ([], ["-layout"], ["-raw"]):
        r = subprocess.run(["pdftotext", "-enc", "UTF-8"] + opt + [path, "-"],
                           capture_output=True, check=True)
        outs.append(r.stdout.decode("utf-8"))
    return outs


def plain_text(path):
    s = open(path, encoding="utf-8-sig").read()
    return [re.sub(r"<[^>]+>", "", s), s]


def texts_of(path):
    ext = os.path.splitext(path)[1]
    return {".pdf": pdf_text, ".docx": docx_text, ".html": html_text}.get(ext, plain_text)(path)


def strings(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        if key in SKIP_KEYS or key.endswith("date") or key.endswith("Date"):
            return
        yield key, obj


def variants(s):
    out = [s]
    if re.match(r"^[a-z]+://", s, re.I) or s.startswith("www."):
        t = re.sub(r"^[a-z]+://", "", s, flags=re.I)
        t = re.sub(r"^www\.", "", t)
        out += [t, t.rstrip("/")]
    if s.startswith("mailto:"):
        out.append(s[7:])
    return out


def main(prefixes):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    problems = 0
    checked = 0
    if not prefixes:
        by_person = {}
        for f in files:
            by_person.setdefault(f.split(".")[0], []).append(os.path.splitext(f)[1])
        fmt_count = {}
        for p, exts in by_person.items():
            if len(exts) != 2 or len(set(exts)) != 2:
                print(f"{p}: needs two files in two formats, has {exts}")
                problems += 1
            for e in exts:
                fmt_count[e] = fmt_count.get(e, 0) + 1
        if len(files) != 28 or len(by_person) != 14:
            print(f"folder: {len(files)} files from {len(by_person)} people (want 28 from 14)")
            problems += 1
        for e in EXTS:
            if fmt_count.get(e, 0) < 4:
                print(f"format {e}: only {fmt_count.get(e, 0)} files")
                problems += 1
    for f in files:
        if prefixes and not any(f.startswith(p) for p in prefixes):
            continue
        checked += 1
        tpath = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(tpath):
            print(f"{f}: no truth")
            problems += 1
            continue
        doc = json.load(open(tpath, encoding="utf-8"))
        if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
            print(f"{f}: truth keys {sorted(doc)}")
            problems += 1
        for err in validator.iter_errors(doc.get("resume", {})):
            print(f"{f}: schema: {'/'.join(map(str, err.path))}: {err.message}")
            problems += 1
        hay = [norm(t) for t in texts_of(os.path.join(SET, f))]
        for key, s in strings(doc.get("resume", {})):
            if not any(norm(v) and any(norm(v) in h for h in hay) for v in variants(s)):
                print(f"{f}: not in text: {key} = {s!r}")
                problems += 1
    print(f"{checked} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
