#!/usr/bin/env python3
"""Check the en-freeform-10 set.

usage: /usr/bin/python3 src/check.py [NAME ...]

1. every NAME.EXT.truth.json validates against /work/main/schema/schema.json
   (draft-04, FormatChecker) and has the {"resume": ..., "lenient": [...]} shape;
2. every non-date string of the truth occurs in the text of NAME.EXT after
   normalisation (NFKC, casefold, quotes / dashes / bullets unified, all white
   space removed; as a fallback hyphens are ignored too);
3. split.json lists every résumé file exactly once, each person on one side.
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
ROOT = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".docx", ".pdf")
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-issued",
             "countryCode", "network", "x-birthDate", "x-type", "x-expected"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u00ad]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00b4": "'", "`": "'"}
BULLETS = re.compile(r"[\u2022\u25cf\u25aa\u25a0\u2219\u22c5\u00b7\u30fb\u2027]")


def norm(s, drop_hyphen=False):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    s = BULLETS.sub("·", s)
    s = re.sub(r"\s+", "", s)
    if drop_hyphen:
        s = s.replace("-", "")
    return s


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag == "img":
            for k, v in attrs:
                if k == "alt" and v:
                    self.parts.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:tab/>|<w:br/>", " ", xml)
                xml = re.sub(r"</w:p>", "\n", xml)
                out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|\n", xml))))
                out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(out)


def texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        r = []
        for opt in ([], ["-layout"], ["-raw"]):
            r.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                    text=True, check=True).stdout)
        return r
    if ext == ".docx":
        return [docx_text(path)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = Visible()
        p.feed(raw)
        return ["".join(p.parts), "\n".join(p.hrefs)]
    if ext == ".md":
        smart = raw.replace("---", "\u2014").replace("--", "\u2013")
        return [raw, re.sub(r"[*`\\_#]", "", raw), re.sub(r"[*`\\_#]", "", smart)]
    return [raw]


def strings(node, key=None, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, k, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from strings(v, key, f"{path}/{i}")
    elif isinstance(node, str):
        if key not in SKIP_KEYS:
            yield path, key, node


def found(value, key, hay, hay_h):
    cands = [value]
    if key in ("url",) or value.startswith("http"):
        v = re.sub(r"^[a-z]+://", "", value)
        cands += [v, re.sub(r"^www\.", "", v), v.rstrip("/")]
    for c in cands:
        n = norm(c)
        if n and (n in hay or norm(c, True) in hay_h):
            return True
    return False


def check_file(path, schema, errors):
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        errors.append(f"{path}: no truth")
        return
    doc = json.load(open(tpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
        errors.append(f"{tpath}: bad shape {sorted(doc)}")
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc["resume"]):
        errors.append(f"{tpath}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    ts = texts(path)
    hay = "\n".join(norm(t) for t in ts)
    hay_h = "\n".join(norm(t, True) for t in ts)
    for p, key, s in strings(doc["resume"]):
        if not found(s, key, hay, hay_h):
            errors.append(f"{os.path.basename(path)}: not in text: {p} = {s!r}")


def main(argv):
    schema = json.load(open(SCHEMA))
    names = argv[1:]
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and re.match(r"(en|bi|zh|tw|hk)_", f))
    if names:
        files = [f for f in files if any(f.startswith(n + ".") for n in names)]
    errors = []
    for f in files:
        check_file(os.path.join(ROOT, f), schema, errors)
    sp = os.path.join(ROOT, "split.json")
    if not names and os.path.exists(sp):
        s = json.load(open(sp))
        listed = s.get("dev", []) + s.get("test", [])
        allf = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and re.match(r"(en|bi|zh|tw|hk)_", f))
        if sorted(listed) != allf:
            errors.append(f"split.json: lists {len(listed)} files, folder has {len(allf)}: "
                          f"{sorted(set(allf) ^ set(listed))}")
        person = lambda f: f.rsplit(".", 1)[0]
        if {person(f) for f in s["dev"]} & {person(f) for f in s["test"]}:
            errors.append("split.json: a person is on both sides")
    for e in errors:
        print(e)
    print(f"{len(files)} files checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
