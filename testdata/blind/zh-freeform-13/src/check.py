#!/usr/bin/python3
"""Check the set: usage check.py [NAME ...]

(a) every NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and "resume" validates against
    /work/main/schema/schema.json (JSON Schema draft-04, Draft4Validator with FormatChecker);
(b) every non-date string of the resume, and every lenient string, occurs in the file's text after
    normalisation (NFKC, case folding, dashes / quotes / middle dots unified, all white space removed).
    A value holding several lines ('\n') is looked for line by line. URLs are also looked for without
    scheme and 'www.'. Keys ending in 'date' / 'Date' (x-date too), 'network' and 'countryCode' are not
    looked for.
    Text of a file: .pdf — pdftotext plain, -layout and -raw (any of them); .docx — the w:t text of the
    document, headers and footers; .html — visible text outside <head>/<script>/<style>/comments, plus
    <title>; .md — as is, and with markup (tags, * ` \\ # > | =) removed; .txt — UTF-8 (BOM allowed).
(c) shared/tools/score.py scores every truth against its own resume at F1 1.0 (a self-consistency check;
    no parser is run).
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

import tempfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
SCORER = "/work/shared/tools/score.py"
EXTS = (".md", ".txt", ".docx", ".pdf", ".html")
TMPDIR = tempfile.mkdtemp(prefix="zh13-check-")

DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c]")
QUOTE2 = re.compile(r"[\u201c\u201d\u201e\u201f\u2033\uff02\u300c\u300d]")
QUOTE1 = re.compile(r"[\u2018\u2019\u201a\u201b\u2032\uff07]")
DOT = re.compile(r"[\u00b7\u30fb\uff65\u2027\u2022]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    s = QUOTE2.sub('"', s)
    s = QUOTE1.sub("'", s)
    s = DOT.sub("·", s)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.title, self.skip, self.in_title = [], [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.out.append(data)


def texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        out = []
        for opt in ([], ["-layout"], ["-raw"]):
            out.append(subprocess.run(["pdftotext", *opt, "-enc", "UTF-8", path, "-"], capture_output=True,
                                      text=True, check=True).stdout)
        return out
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab\s*/>", "\t", x)
            x = re.sub(r"<w:br\s*/>|</w:p>", "\n", x)
            out.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n|\t)", x)
                               for t in t if t))
        return ["".join(out)]
    if ext == ".html":
        p = Visible()
        p.feed(open(path, encoding="utf-8", errors="replace").read())
        return ["".join(p.out) + "\n" + "".join(p.title)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".md":
        stripped = re.sub(r"<[^>]+>", "", raw)
        stripped = re.sub(r"[*`\\#>|=]", "", stripped)
        return [raw, stripped]
    return [raw]


def strings(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.lower().endswith("date") or k in ("network", "countryCode"):
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def pieces(n, h, start=0, left=3, gap=None):
    """n occurs in h as at most `left` pieces of 3+ characters in reading order, each within 240 characters
    of the previous one (a table cell wrapped in -layout text, the other columns printed in between)."""
    if gap is not None:
        window = h[start:start + gap + len(n)]
        if n in window:
            return True
    elif n in h:
        return True
    if left <= 1:
        return False
    end = len(h) if gap is None else min(len(h), start + gap)
    for cut in range(len(n) - 3, 2, -1):
        pos = h.find(n[:cut], start, end + cut)
        while pos >= 0:
            if pieces(n[cut:], h, pos + cut, left - 1, 240):
                return True
            pos = h.find(n[:cut], pos + 1, end + cut)
    return False


SPLIT = []


def found(value, hay):
    for line in value.split("\n"):
        n = norm(line)
        if not n:
            continue
        alts = [n]
        if re.match(r"^[a-z]+://", line):
            alts.append(norm(re.sub(r"^[a-z]+://(www\.)?", "", line)))
        if any(any(a in h for h in hay) for a in alts):
            continue
        if len(n) >= 8 and any(pieces(n, h) for h in hay):
            SPLIT.append(line)
            continue
        return False
    return True


def main(argv):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    want = set(argv[1:])
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    bad = 0
    for f in files:
        name = os.path.splitext(f)[0]
        if want and name not in want and f not in want:
            continue
        problems = []
        doc = json.load(open(os.path.join(SET, f + ".truth.json"), encoding="utf-8"))
        if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
            problems.append("truth is not {resume, lenient}")
        for e in validator.iter_errors(doc.get("resume", {})):
            problems.append(f"schema: {'/'.join(map(str, e.path))}: {e.message}")
        hay = [norm(t) for t in texts(os.path.join(SET, f))]
        for key, value in strings(doc.get("resume", {})):
            if not found(value, hay):
                problems.append(f"not in text: {key} = {value!r}")
        for value in doc.get("lenient", []):
            if not found(value, hay):
                problems.append(f"lenient not in text: {value!r}")
        own = os.path.join(TMPDIR, "own.json")
        json.dump(doc.get("resume", {}), open(own, "w", encoding="utf-8"), ensure_ascii=False)
        res = subprocess.run([sys.executable, SCORER, os.path.join(SET, f + ".truth.json"), own, "--json"],
                             capture_output=True, text=True)
        try:
            sc = json.loads(res.stdout)
            if sc["f1"] != 1.0:
                problems.append(f"self-score F1 {sc['f1']}: {sc['notes'][:3]}")
        except Exception as ex:  # noqa: BLE001
            problems.append(f"scorer failed: {ex} {res.stderr[-200:]}")
        status = "ok" if not problems else "FAIL"
        print(f"{status:4s} {f}" + (f"   ({len(SPLIT)} value(s) found in wrapped pieces)" if SPLIT else ""))
        SPLIT.clear()
        for p in problems:
            print("     " + p)
        bad += bool(problems)
    print(f"{len([f for f in files if not want or os.path.splitext(f)[0] in want or f in want]) - bad} ok, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
