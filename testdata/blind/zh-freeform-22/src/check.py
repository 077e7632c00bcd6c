#!/usr/bin/python3
"""Check the truths of zh-freeform-22.

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]

(a) every NAME.EXT.truth.json has exactly the keys "resume" and "lenient", and
    "resume" validates against /work/main/schema/schema.json (draft-04, with
    format checking);
(b) every string of the resume (x- fields included) occurs in the text of
    NAME.EXT, both sides normalised alike; keys ending in date/Date, x-birth,
    network and countryCode are not looked for;
(c) without arguments: the folder holds 28 résumé files of 14 people, two
    formats per person, every format at least 4 times.
"""
import glob
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
EXTS = ("txt", "md", "html", "pdf", "docx")

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c\u30fc]")
QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u300c\u300d\u300e\u300f\u2032\u2033'`\"]")
DOTS = re.compile(r"[\u00b7\u2022\u2027\u30fb\u2219\uff65]")
MARKERS = re.compile(r"^\s*(?:[-*+•·■□●○◆◇▪▸►▶▷★☆✓✔➤→◎※]|\[\d+\]|\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）])\s*")
MDMARKS = re.compile(r"[*`\\|#>_]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = QUOTES.sub('"', s)
    s = DOTS.sub("·", s)
    lines = [MARKERS.sub("", ln) for ln in s.splitlines()]
    s = "".join(lines)
    s = MDMARKS.sub("", s)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        parts = []
        for opt in ([], ["-layout"], ["-raw"]):
            parts.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                        text=True, check=True).stdout)
        return parts
    if ext == "docx":
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:br/>", "\n", x)
                runs = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", x)
                out.append("".join(a or b for a, b in runs))
        import html as h
        return [h.unescape("\n".join(out))]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        v = Visible()
        v.feed(raw)
        return ["".join(v.out) + "\n" + "\n".join(v.hrefs)]
    if ext == "md":
        import html as h
        return [h.unescape(re.sub(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>", " ", raw, flags=re.S))]
    return [raw]


SKIPKEYS = ("x-birth", "network", "countryCode")


def strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith("date") or k.endswith("Date") or k in SKIPKEYS:
                continue
            yield from strings(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, f"{path}[{i}]")
    elif isinstance(obj, str):
        yield path, obj


def found(s, texts):
    n = norm(s)
    if not n:
        return True
    cands = [n]
    if re.match(r"^(https?://)?[\w.-]+\.[a-z]{2,}", s):
        cands.append(re.sub(r"^(https?://)?(www\.)?", "", n))
    return any(c in t for c in cands for t in texts)


def check_file(f, validator):
    problems = []
    tf = f + ".truth.json"
    if not os.path.exists(tf):
        return [f"{f}: no truth"]
    doc = json.load(open(tf, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"}:
        problems.append(f"{tf}: keys {sorted(doc)}")
    for e in validator.iter_errors(doc.get("resume", {})):
        problems.append(f"{tf}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    texts = [norm(t) for t in text_of(f)]
    for p, s in strings(doc.get("resume", {})):
        if not found(s, texts):
            problems.append(f"{os.path.basename(f)}: not in text: {p} = {s!r}")
    for s in doc.get("lenient", []):
        if not isinstance(s, str):
            problems.append(f"{tf}: lenient entry not a string: {s!r}")
    return problems


def main(args):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in glob.glob(os.path.join(SET, "*.*"))
                   if f.rsplit(".", 1)[1] in EXTS and not f.endswith(".truth.json")
                   and os.path.basename(f) != "README.md")
    if args:
        files = [f for f in files if any(os.path.basename(f).startswith(a) for a in args)]
    problems = []
    for f in files:
        problems += check_file(f, validator)
    if not args:
        people = {}
        for f in files:
            b = os.path.basename(f)
            people.setdefault(b.rsplit(".", 1)[0], []).append(b.rsplit(".", 1)[1])
        if len(files) != 28:
            problems.append(f"folder: {len(files)} files, want 28")
        if len(people) != 14:
            problems.append(f"folder: {len(people)} people, want 14")
        for p, e in people.items():
            if len(e) != 2 or len(set(e)) != 2:
                problems.append(f"folder: {p} has {e}")
        for x in EXTS:
            n = sum(1 for e in people.values() for y in e if y == x)
            if n < 4:
                problems.append(f"folder: only {n} .{x} files")
        tj = glob.glob(os.path.join(SET, "*.truth.json"))
        if len(tj) != len(files):
            problems.append(f"folder: {len(tj)} truth files for {len(files)} files")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
