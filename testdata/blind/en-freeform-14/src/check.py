#!/usr/bin/python3
"""Checks the set: usage  /usr/bin/python3 src/check.py [-v] [NAME...]

1. every NAME.EXT.truth.json is {"resume": ..., "lenient": [strings]} and its resume validates
   against /work/main/schema/schema.json (Draft 4, with a FormatChecker);
2. every non-date truth string occurs in the text of its file after normalisation
   (NFKC, casefold, dashes unified and runs of them collapsed, quotes and middle dots unified,
   all white space removed; fallback: hyphens ignored; URLs also tried without scheme / www.);
3. without NAME arguments: split.json lists every file once, keeps each person on one side,
   and every file has its truth.
"""
import html.parser
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import jsonschema

SET = Path(__file__).resolve().parent.parent
SCHEMA = json.load(open("/work/main/schema/schema.json"))
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")
# keys whose values are normalised rather than printed
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "countryCode", "network",
             "x-date", "x-expires", "x-since", "x-expected"}
DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e-]+")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00b7": ".",
                        "\u2022": ".", "\u30fb": ".", "\u2027": "."})


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold().translate(QUOTES)
    s = DASH.sub("-", s)
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.suffix
    if ext == ".pdf":
        a = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:(tab|br)/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
        return "\n".join(parts)
    if ext == ".html":
        v = Visible()
        v.feed(path.read_text(encoding="utf-8"))
        return "".join(v.out)
    if ext == ".md":
        raw = path.read_text(encoding="utf-8")
        plain = subprocess.run(["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none", str(path)],
                               capture_output=True, text=True).stdout
        return re.sub(r"[*_`\\#]", "", raw) + "\n" + plain
    return path.read_text(encoding="utf-8-sig")


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str) and obj:
        for piece in obj.split("\n"):
            yield key, piece


def found(key, value, hay, hay_nohyph):
    cands = [value]
    if key == "url" or value.startswith("http"):
        v = re.sub(r"^[a-z]+://", "", value)
        cands += [v, re.sub(r"^www\.", "", v)]
    for c in cands:
        n = norm(c)
        if n in hay or n.replace("-", "") in hay_nohyph:
            return True
    return False


def check_file(path, verbose):
    errs = []
    tpath = path.with_name(path.name + ".truth.json")
    if not tpath.exists():
        return [f"{path.name}: no truth"]
    doc = json.load(open(tpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list) \
            or not all(isinstance(x, str) for x in doc["lenient"]):
        errs.append(f"{tpath.name}: not {{resume, lenient[str]}}")
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc["resume"]):
        errs.append(f"{tpath.name}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    text = text_of(path)
    hay = norm(text)
    hay_nohyph = hay.replace("-", "")
    for key, s in strings(doc["resume"]):
        if not found(key, s, hay, hay_nohyph):
            errs.append(f"{path.name}: not in text ({key}): {s!r}")
    if verbose:
        for s in doc["lenient"]:
            if not found(None, s, hay, hay_nohyph):
                print(f"  (lenient not in {path.name}: {s!r})")
    return errs


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    files = sorted(p for p in SET.iterdir() if p.suffix in EXTS and p.name != "README.md"
                   and (not names or p.name.split(".")[0] in names))
    errs = []
    for f in files:
        errs += check_file(f, verbose)
    if not names:
        for t in SET.glob("*.truth.json"):
            if not (SET / t.name[:-len(".truth.json")]).exists():
                errs.append(f"{t.name}: no file")
        sp = SET / "split.json"
        if not sp.exists():
            errs.append("split.json missing")
        else:
            split = json.load(open(sp))
            listed = split["dev"] + split["test"]
            if sorted(listed) != sorted(f.name for f in files) or len(set(listed)) != len(listed):
                errs.append("split.json does not list every file exactly once")
            dev = {x.split(".")[0] for x in split["dev"]}
            test = {x.split(".")[0] for x in split["test"]}
            if dev & test:
                errs.append(f"people on both sides: {dev & test}")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
