#!/usr/bin/env python3
"""Check the truths of zh-freeform-27.

For every NAME.EXT.truth.json beside the résumé files:
  (a) exactly the keys resume / lenient; resume validates against /work/main/schema/schema.json (draft-04);
  (b) dates (keys ending in date/Date, x-birth) are YYYY, YYYY-MM or YYYY-MM-DD with a real month and day;
  (c) every other string of the resume (x- fields included, network and countryCode excepted)
      ... occurs in the file's printed text after normalisation (NFKC, case folding, dashes,
      tildes, quotes and middle dots unified, Markdown marks dropped, all white space removed; list markers
      at line starts dropped in a second pass; URLs also without scheme and www.);
      every lenient string occurs in at least one file of the same person.
Without arguments it also checks the folder: 28 files, 14 people, two formats each, every format >= 4 times.
Usage: python3 src/check.py [NAME-prefix ...]
"""
import json, os, re, subprocess, sys, unicodedata, zipfile, datetime, html
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
EXTS = ("txt", "md", "html", "pdf", "docx")


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append("\n" + v + "\n")
        if tag in ("br", "p", "div", "li", "tr", "section", "h1", "h2", "h3", "td", "th", "dt", "dd"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head") and self.skip:
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        outs = []
        for opt in ([], ["-layout"], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True).stdout)
        return outs
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf8")
            x = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", x)
            x = re.sub(r"<w:br/>|</w:p>", "<w:t>\n</w:t>", x)
            out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))))
        return ["\n".join(out)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        v = Vis(); v.feed(raw)
        return ["".join(v.out)]
    if ext == "md":
        t = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        t = re.sub(r"<(https?://[^>]+|[^>\s]+@[^>\s]+)>", r"\1", t)
        urls = re.findall(r"\]\(([^)\s]+)\)", t)
        t = re.sub(r"\]\(([^)\s]+)\)", "]", t)
        t = re.sub(r"<[^>]+>", "", t)
        return [html.unescape(t) + "\n" + "\n".join(urls)]
    return [raw]


DASH = "‐‑‒–—―−~～〜－"
MARK = re.compile(r"^\s*(?:[-*+•·■●◆◇★☆▪▸►▍\u2022]|\[\d+\]|\d+[.、)）]|[（(]\d+[)）])\s*", re.M)


def norm(s, markers=False):
    s = unicodedata.normalize("NFKC", s).casefold()
    if markers:
        s = MARK.sub("", s)
    for c in DASH:
        s = s.replace(c, "-")
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("「", '"'), ("」", '"'), ("『", '"'), ("』", '"'), ("・", "·"), ("•", "·"), ("‧", "·")):
        s = s.replace(a, b)
    s = re.sub(r"[*`\\|#>_]", "", s)
    return re.sub(r"\s+", "", s)


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def strings(o, key=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def okdate(s):
    if not DATE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return True
    except ValueError:
        return False


def check(fname):
    probs = []
    path = os.path.join(SET, fname)
    t = json.load(open(path + ".truth.json"))
    if set(t) != {"resume", "lenient"}:
        probs.append("keys " + str(sorted(t)))
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(t["resume"]):
        probs.append("schema: %s at %s" % (e.message, list(e.path)))
    texts = text_of(path)
    hay = [norm(x) for x in texts] + [norm(x, True) for x in texts]
    items = list(strings(t["resume"]))
    person = fname.rsplit(".", 1)[0]
    others = [f for f in os.listdir(SET) if f.rsplit(".", 1)[0] == person and f.rsplit(".", 1)[-1] in EXTS]
    lhay = hay + [norm(x, m) for f in others for x in text_of(os.path.join(SET, f)) for m in (False, True)]
    for s in t["lenient"]:
        if not any(c and c in h for c in {norm(s), norm(s, True)} for h in lhay):
            probs.append("lenient not printed in any file of the person: %r" % s)
    for k, s in items:
        if k.lower().endswith("date") or k == "x-birth":
            if not okdate(s):
                probs.append("bad date %s=%r" % (k, s))
            continue
        if k in ("network", "countryCode"):
            continue
        cands = {norm(s), norm(s, True)}
        if k in ("url",) or s.startswith("http"):
            u = re.sub(r"^https?://(www\.)?", "", s)
            cands |= {norm(u)}
        if not any(c and c in h for c in cands for h in hay):
            probs.append("not printed: %s=%r" % (k, s))
    return probs


def main(args):
    files = sorted(f for f in os.listdir(SET) if f.rsplit(".", 1)[-1] in EXTS and f != "README.md")
    if args:
        files = [f for f in files if any(f.startswith(a) for a in args)]
    total = 0
    for f in files:
        if not os.path.exists(os.path.join(SET, f + ".truth.json")):
            print(f, "no truth"); total += 1; continue
        p = check(f)
        for x in p:
            print(f, x)
        total += len(p)
    if not args:
        people = {}
        for f in files:
            people.setdefault(f.rsplit(".", 1)[0], []).append(f.rsplit(".", 1)[1])
        fmt = {e: sum(1 for f in files if f.endswith("." + e)) for e in EXTS}
        if len(files) != 28 or len(people) != 14 or any(len(set(v)) != 2 for v in people.values()) or min(fmt.values()) < 4:
            print("folder: %d files, %d people, formats %s" % (len(files), len(people), fmt)); total += 1
        print("formats:", ", ".join("%s %d" % kv for kv in fmt.items()))
    print("%d files checked, %d problems" % (len(files), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
