#!/usr/bin/python3
"""Checks zh-freeform-5: (1) every truth validates against /work/main/schema/schema.json (draft-04,
formats checked); (2) every non-date truth string occurs in its file's text (NFKC, all white space removed;
Markdown: source with markup and entities resolved; HTML: visible text; DOCX: word/document.xml text;
PDF: pdftotext plain, -layout and -raw; URLs looked for without scheme and www.).
Usage: /usr/bin/python3 src/check.py [NAME...]"""
import json, os, re, sys, html, subprocess, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "countryCode", "network"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script", "title"): self.skip += 1
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("head", "style", "script", "title"): self.skip -= 1
    def handle_data(self, data):
        if self.skip <= 0: self.out.append(data)

def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "txt": return [open(path, encoding="utf-8-sig").read()]
    if ext == "html":
        p = Visible(); p.feed(open(path, encoding="utf-8").read()); return ["".join(p.out)]
    if ext == "md":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"<(https?://[^>]+)>", r"\1", s)
        s = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 \2", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s).replace("**", "").replace("\\", "")
        return [s]
    if ext == "docx":
        with zipfile.ZipFile(path) as z: x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:tab/>", " ", x); x = re.sub(r"</w:p>", "\n", x)
        return [html.unescape(re.sub(r"<[^>]+>", "", x))]
    if ext == "pdf":
        return [subprocess.run(["pdftotext"] + o + [path, "-"], capture_output=True, text=True).stdout for o in ([], ["-layout"], ["-raw"])]
    raise ValueError(path)

def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in SKIP: yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj: yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj

def main(names):
    bad = 0; n = 0
    for f in sorted(os.listdir(OUT)):
        if not f.endswith(".truth.json"): continue
        doc = f[:-len(".truth.json")]
        if names and doc.rsplit(".", 1)[0] not in names: continue
        n += 1
        t = json.load(open(os.path.join(OUT, f), encoding="utf-8"))
        errs = [e.message for e in validator.iter_errors(t["resume"])]
        if set(t) != {"resume", "lenient"} or not all(isinstance(s, str) for s in t["lenient"]): errs.append("bad top-level keys")
        texts = [norm(x) for x in text_of(os.path.join(OUT, doc))]
        for k, s in strings(t["resume"]):
            want = norm(s)
            if k == "url" or want.startswith(("http://", "https://")):
                want = re.sub(r"^https?://(www\.)?", "", want)
            if not any(want in x for x in texts): errs.append(f"not in text: {k} = {s!r}")
        if errs:
            bad += 1; print(f"FAIL {doc}"); [print("   ", e) for e in errs]
    print(f"{n - bad}/{n} pass"); return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
