#!/usr/bin/python3
"""Check the truths of zh-freeform-23.

(a) every truth is {"resume", "lenient"} and `resume` validates against /work/main/schema/schema.json
    (jsonschema Draft4Validator with FormatChecker);
(b) every string of the resume (x- fields included) occurs in the text of its file, both sides normalised alike
    (NFKC, casefold, dashes / tildes, quotes, middle dots unified; list markers at line starts and Markdown marks
    dropped; all white space removed; URLs also looked for without scheme and www.). Not looked for: keys ending
    in date / Date, x-birth, network, countryCode;
(c) without arguments: 28 files, 14 people with two formats each, every format at least 4 times.
Usage: /usr/bin/python3 src/check.py [NAME-prefix ...]
"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
FORMATS = ("txt", "md", "html", "pdf", "docx")
SKIP_KEYS = {"x-birth", "network", "countryCode"}

DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−－~～〜"), "-")
QUOTES = dict.fromkeys(map(ord, "“”„‟«»「」『』\"＂"), '"')
QUOTES.update(dict.fromkeys(map(ord, "‘’‚‛`'"), "'"))
DOTS = dict.fromkeys(map(ord, "·・•‧∙⋅"), "·")
MARKER = re.compile(r"^\s*(?:[-*+•·■●◆◇▶▷▪◦–—]+|\[\d+\]|\d+[.、）)](?!\d)|（\d+）|\(\d+\))\s*")
MDMARK = re.compile(r"[*`\\|#>_]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(DASHES).translate(QUOTES).translate(DOTS)
    lines = [MARKER.sub("", ln) for ln in s.splitlines()]
    s = "".join(lines)
    s = MDMARK.sub("", s)
    return re.sub(r"\s+", "", s)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hrefs, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)
        if tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "section"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        outs = []
        for opt in ([], ["-layout"], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", *opt, "-enc", "UTF-8", path, "-"],
                                       capture_output=True, text=True, check=True).stdout)
        return outs
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        txt = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", x)
            for para in re.split(r"</w:p>", x):
                txt.append("".join(html.unescape(m) for m in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        return ["\n".join(txt)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        v = Visible()
        v.feed(raw)
        return ["".join(v.out) + "\n" + "\n".join(v.hrefs)]
    if ext == "md":
        raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        raw = re.sub(r"<(?!https?://)[^>\n]+>", " ", raw)
        links = re.findall(r"\]\(([^)\s]+)\)", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)\s]+\)", r"\1", raw) + "\n" + "\n".join(links)
        return [html.unescape(raw)]
    return [raw]


def strings(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in SKIP_KEYS or k.endswith("date") or k.endswith("Date"):
                continue
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        yield key, node


def url_variants(s):
    t = re.sub(r"^https?://", "", s)
    return [s, t, re.sub(r"^www\.", "", t)]


def check_file(path, problems):
    tpath = path + ".truth.json"
    if not os.path.exists(tpath):
        problems.append(f"{path}: no truth")
        return
    truth = json.load(open(tpath, encoding="utf-8"))
    if set(truth) != {"resume", "lenient"}:
        problems.append(f"{tpath}: keys {sorted(truth)}")
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(truth["resume"]):
        problems.append(f"{tpath}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    texts = [norm(t) for t in text_of(path)]
    for key, s in strings(truth["resume"]):
        cands = url_variants(s) if key in ("url",) or s.startswith("http") else [s]
        if not any(norm(c) and norm(c) in t for c in cands for t in texts):
            problems.append(f"{os.path.basename(path)}: not found [{key}] {s!r}")


def main():
    args = sys.argv[1:]
    files = sorted(f for f in os.listdir(SET)
                   if f.rsplit(".", 1)[-1] in FORMATS and not f.endswith(".truth.json")
                   and os.path.isfile(os.path.join(SET, f)) and f != "README.md")
    if args:
        files = [f for f in files if any(f.startswith(a) for a in args)]
    problems = []
    for f in files:
        check_file(os.path.join(SET, f), problems)
    if not args:
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
                problems.append(f"folder: only {n} .{ext}")
        truths = [f for f in os.listdir(SET) if f.endswith(".truth.json")]
        if len(truths) != len(files):
            problems.append(f"folder: {len(truths)} truths for {len(files)} files")
    for p in problems:
        print(p)
    print(f"{len(files)} files checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
