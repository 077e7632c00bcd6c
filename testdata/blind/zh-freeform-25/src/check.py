#!/usr/bin/env python3
"""Check the truths of zh-freeform-25.

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]

(a) every NAME.EXT.truth.json has exactly the keys "resume" and "lenient", and "resume"
    validates against /work/main/schema/schema.json (draft-04, FormatChecker on);
(b) every date (keys ending in "date" / "Date", "x-birth") is YYYY, YYYY-MM or YYYY-MM-DD
    with a real month and day; every other string of the resume ("x-" fields included,
    "network" and "countryCode" excepted) occurs in the text of its file, both sides
    normalised alike (see norm());
(c) without arguments: the folder holds 28 résumé files of 14 people, two formats per
    person, every format at least 4 times, one truth per file.
"""
import datetime
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
FORMATS = ("txt", "md", "html", "pdf", "docx")
NOT_LOOKED_FOR = {"network", "countryCode"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c\u30fc]")
QUOTES = {ord(c): '"' for c in "“”„‟«»「」『』〝〞＂"}
QUOTES.update({ord(c): "'" for c in "‘’‚‛′＇"})
DOTS = re.compile(r"[·・•‧∙⋅]")
MD_MARKS = re.compile(r"[*`\\|#>_]")
LIST_MARK = re.compile(
    r"^[ \t\u3000]*(?:[-*+•·■□●○◆◇▶▸▪►★☆✓✔–—]+|\[\d+\]|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）])[ \t\u3000]*",
    re.M)


def norm(s, drop_markers=False):
    s = unicodedata.normalize("NFKC", s)
    if drop_markers:
        s = LIST_MARK.sub("", s)
    s = s.casefold()
    s = DASHES.sub("-", s)
    s = s.translate(QUOTES)
    s = DOTS.sub("·", s)
    s = MD_MARKS.sub("", s)
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- text of a file
class Visible(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title"}

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
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "section"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        for n in sorted(names):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"<w:br/>", "\n", xml)
            texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n|\t)", xml)
            buf = "".join(a or b for a, b in texts)
            parts.append(html.unescape(buf))
    return ["\n".join(parts)]


def texts_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        out = []
        for opt in ([], ["-layout"], ["-raw"]):
            out.append(subprocess.run(["pdftotext", *opt, path, "-"], check=True,
                                      capture_output=True).stdout.decode("utf-8"))
        return out
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        p = Visible()
        p.feed(raw)
        return ["".join(p.out), "\n".join(p.hrefs)]
    if ext == "md":
        t = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        urls = re.findall(r"\]\(([^)\s]+)\)", t) + re.findall(r'href="([^"]+)"', t)
        t = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", t)
        t = re.sub(r"<((?:https?://|mailto:)[^<>\s]+|[^<>\s@]+@[^<>\s]+)>", r"\1", t)  # autolinks
        t = re.sub(r"<[^>]+>", "", t)
        return [t, "\n".join(urls)]
    return [raw]


# ---------------------------------------------------------------- truth walk
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def is_date_key(k):
    return k.endswith("date") or k.endswith("Date") or k == "x-birth"


def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def good_date(s):
    if not DATE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_file(resume_file, validator):
    problems = []
    truth_path = resume_file + ".truth.json"
    if not os.path.exists(truth_path):
        return [f"{resume_file}: no truth"]
    truth = json.load(open(truth_path, encoding="utf-8"))
    if sorted(truth) != ["lenient", "resume"]:
        problems.append(f"{truth_path}: keys {sorted(truth)}")
    for err in validator.iter_errors(truth.get("resume", {})):
        problems.append(f"{truth_path}: schema: {'/'.join(map(str, err.path))}: {err.message}")
    if not isinstance(truth.get("lenient"), list):
        problems.append(f"{truth_path}: lenient is not a list")
    texts = texts_of(resume_file)
    hay = set()
    for t in texts:
        hay.add(norm(t))
        hay.add(norm(t, drop_markers=True))
    for path, value in walk(truth.get("resume", {})):
        key = re.sub(r"\[\d+\]", "", path).rsplit(".", 1)[-1]
        if is_date_key(key):
            if not good_date(value):
                problems.append(f"{resume_file}: {path}: bad date {value!r}")
            continue
        if key in NOT_LOOKED_FOR:
            continue
        cands = {norm(value)}
        if re.match(r"^[a-z]+://", value):
            cands.add(norm(re.sub(r"^[a-z]+://(www\.)?", "", value)))
        if not any(c and c in h for c in cands for h in hay):
            problems.append(f"{resume_file}: {path}: not in text: {value!r}")
    return problems


def main(argv):
    validator = jsonschema.Draft4Validator(json.load(open(SCHEMA)),
                                           format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET)
                   if f.rsplit(".", 1)[-1] in FORMATS and not f.endswith(".truth.json")
                   and f != "README.md")
    if argv:
        files = [f for f in files if any(f.startswith(a) for a in argv)]
    problems = []
    for f in files:
        problems += check_file(os.path.join(SET, f), validator)
    if not argv:
        people = {}
        for f in files:
            people.setdefault(f.rsplit(".", 1)[0], []).append(f.rsplit(".", 1)[1])
        if len(files) != 28:
            problems.append(f"folder: {len(files)} files, want 28")
        if len(people) != 14:
            problems.append(f"folder: {len(people)} people, want 14")
        for p, exts in people.items():
            if len(exts) != 2 or len(set(exts)) != 2:
                problems.append(f"folder: {p} has {exts}")
        for ext in FORMATS:
            n = sum(f.endswith("." + ext) for f in files)
            if n < 4:
                problems.append(f"folder: .{ext} only {n} times")
        truths = [f for f in os.listdir(SET) if f.endswith(".truth.json")]
        if sorted(t[:-len(".truth.json")] for t in truths) != files:
            problems.append("folder: truths and files do not match one to one")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
