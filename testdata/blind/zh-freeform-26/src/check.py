#!/usr/bin/python3
"""Check the truths of zh-freeform-26.

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]

(a) every NAME.EXT.truth.json has exactly the keys `resume` and `lenient`, and
    `resume` validates against /work/main/schema/schema.json (draft-04, with
    FormatChecker);
(b) every date (keys ending in `date` / `Date`, and `x-birth`) is YYYY, YYYY-MM or
    YYYY-MM-DD with a real month and day; every other string of the resume (x- fields
    included) and every lenient string occurs in the file's text, both sides
    normalised alike (see norm()); URLs are also looked for without scheme and www.
    Not looked for: `network`, `countryCode`;
(c) without arguments: the folder holds 28 résumé files of 14 people, two formats
    each, every format at least 4 times, one truth per file.
"""
import calendar
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

# ---------------------------------------------------------------- text of a file

def text_pdf(path):
    outs = []
    for opt in ([], ["-layout"], ["-raw"]):
        r = subprocess.run(["pdftotext", *opt, "-enc", "UTF-8", path, "-"],
                           capture_output=True, check=True)
        outs.append(r.stdout.decode("utf-8"))
    return outs


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def text_docx(path):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)
    parts = ["word/document.xml"] + sorted(
        n for n in z.namelist()
        if re.match(r"word/(header|footer)\d*\.xml$", n))
    out = []
    for name in parts:
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
            out.append("".join(buf))
    return ["\n".join(out)]


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title", "template"}
    BLOCK = {"p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
             "dt", "dd", "section", "article", "header", "footer", "table",
             "ul", "ol", "dl", "blockquote", "pre", "hr", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.depth -= 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def text_html(path):
    p = _HTMLText()
    p.feed(open(path, encoding="utf-8", errors="replace").read())
    hrefs = "\n".join(p.hrefs)
    return ["".join(p.parts) + "\n" + hrefs]


def text_md(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<([^<>\s]+@[^<>\s]+)>", r"\1", s)            # autolink e-mail
    s = re.sub(r"<(https?://[^<>\s]+)>", r"\1", s)            # autolink url
    urls = re.findall(r"\]\(([^)\s]+)\)", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)          # [text](url) -> text
    s = re.sub(r"</?[A-Za-z][^<>]*>", "\n", s)                # tags
    import html as _h
    s = _h.unescape(s)
    return [s + "\n" + "\n".join(urls)]


def text_txt(path):
    return [open(path, encoding="utf-8-sig").read()]


def file_texts(path):
    ext = path.rsplit(".", 1)[1]
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html,
            "md": text_md, "txt": text_txt}[ext](path)

# ---------------------------------------------------------------- normalising

DASHES = "‐‑‒–—―−─━－﹣﹘"
TILDES = "～〜∼"
QUOTES = {"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "「": '"', "」": '"',
          "『": '"', "』": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'"}
DOTS = "·・•‧∙⋅"
MD_MARKS = "*`\\|#>_"
MARKER = re.compile(
    r"^\s*(?:[-*+•·■□●○◆◇☆★▪▸►▶➤✓✔❖※→]+|\[\d+\]|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）])\s*",
    re.M)


def norm(s, drop_markers=False):
    s = unicodedata.normalize("NFKC", s)
    if drop_markers:
        s = MARKER.sub("", s)
    s = s.casefold()
    for d in DASHES:
        s = s.replace(d, "-")
    for t in TILDES + "~":
        s = s.replace(t, "~")
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    for d in DOTS:
        s = s.replace(d, "·")
    for m in MD_MARKS:
        s = s.replace(m, "")
    s = re.sub(r"\s+", "", s)
    return s

# ---------------------------------------------------------------- checks

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def good_date(v):
    m = DATE.match(v)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return False
    if d and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def is_date_key(k):
    return k.endswith("date") or k.endswith("Date") or k == "x-birth"


def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk_kv(k, v, path + "/" + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + "/%d" % i)


def walk_kv(k, v, path):
    if isinstance(v, str):
        yield k, v, path
    else:
        yield from walk(v, path)


def variants(v):
    out = [v]
    if re.match(r"^(https?://|mailto:)", v):
        w = re.sub(r"^(https?://|mailto:)", "", v)
        out.append(w)
        out.append(re.sub(r"^www\.", "", w))
        out.append(w.rstrip("/"))
    return out


def check_file(path, schema):
    problems = []
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        return ["no truth"]
    t = json.load(open(tpath, encoding="utf-8"))
    if set(t) != {"resume", "lenient"}:
        problems.append("truth keys %s" % sorted(t))
    v = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(t.get("resume", {})):
        problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    texts = file_texts(path)
    hay = [norm(x) for x in texts] + [norm(x, True) for x in texts]

    def found(s):
        for var in variants(s):
            n = norm(var)
            n2 = norm(var, True)
            if any(n in h or n2 in h for h in hay):
                return True
        return False

    for k, val, p in walk(t.get("resume", {})):
        if k in NOT_LOOKED_FOR:
            continue
        if is_date_key(k):
            if not good_date(val):
                problems.append("bad date %s = %r" % (p, val))
            continue
        if not val.strip():
            problems.append("empty string at %s" % p)
        elif not found(val):
            problems.append("not in text: %s = %r" % (p, val))
    for s in t.get("lenient", []):
        if not isinstance(s, str):
            problems.append("lenient not a string: %r" % (s,))
        elif not found(s):
            problems.append("lenient not in text: %r" % s)
    return problems


def resume_files():
    out = []
    for n in sorted(os.listdir(SET)):
        if n.endswith(".truth.json") or n in ("README.md", "split.json", "src"):
            continue
        p = os.path.join(SET, n)
        if os.path.isfile(p) and n.rsplit(".", 1)[-1] in FORMATS:
            out.append(n)
    return out


def main(argv):
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    files = resume_files()
    if argv:
        files = [f for f in files if any(f.startswith(a) for a in argv)]
    total = 0
    for f in files:
        probs = check_file(os.path.join(SET, f), schema)
        total += len(probs)
        for pr in probs:
            print("%s: %s" % (f, pr))
    if not argv:
        people = {}
        for f in files:
            people.setdefault(f.rsplit(".", 1)[0], []).append(f.rsplit(".", 1)[1])
        fmt = {}
        for exts in people.values():
            for e in exts:
                fmt[e] = fmt.get(e, 0) + 1
        msgs = []
        if len(files) != 28:
            msgs.append("%d files, want 28" % len(files))
        if len(people) != 14:
            msgs.append("%d people, want 14" % len(people))
        for p, exts in sorted(people.items()):
            if len(exts) != 2 or len(set(exts)) != 2:
                msgs.append("%s has %s" % (p, exts))
        for e in FORMATS:
            if fmt.get(e, 0) < 4:
                msgs.append("format %s only %d times" % (e, fmt.get(e, 0)))
        truths = [n for n in os.listdir(SET) if n.endswith(".truth.json")]
        if len(truths) != len(files):
            msgs.append("%d truths for %d files" % (len(truths), len(files)))
        for m in msgs:
            print("folder: " + m)
        total += len(msgs)
        print("formats: " + ", ".join("%s %d" % (e, fmt.get(e, 0)) for e in FORMATS))
    print("%d files checked, %d problems" % (len(files), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
