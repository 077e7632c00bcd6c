#!/usr/bin/env python3
"""Checks every truth of this set.
(a) {"resume", "lenient"} only; resume validates against /work/main/schema/schema.json (draft-04, FormatChecker).
(b) every string value of the resume (x- fields included) occurs in the file's extracted text after NFKC,
    case folding, unifying dashes/tildes and quotes and removing all white space. Skipped: keys ending in
    date/Date, x-birth, network, countryCode. URLs are also looked for without scheme and www.
usage: check.py [NAME-prefix ...]"""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c\u2053\-]")
QUOTE = {"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "‘": "'", "’": "'", "＂": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    for a, b in QUOTE.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


class HT(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if self.skip <= 0:
            self.out.append(d)


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [subprocess.run(["pdftotext", "-enc", "UTF-8"] + o + [path, "-"], capture_output=True, text=True).stdout
                for o in ([], ["-layout"], ["-raw"])]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                paras = re.findall(r"<w:p[ >].*?</w:p>", x, re.S)
                for p in paras:
                    parts.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        return ["\n".join(parts)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        h = HT()
        h.feed(raw)
        return ["".join(h.out)]
    if ext == "md":
        return [raw, re.sub(r"[*`\\|#>_]", " ", raw)]
    return [raw]


def strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.endswith("date") or k.endswith("Date") or k in ("x-birth", "network", "countryCode"):
                continue
            yield from strings(v, f"{path}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, f"{path}/{i}")
    elif isinstance(obj, str):
        yield path, obj


def main():
    prefixes = sys.argv[1:]
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    problems = 0
    n = 0
    for tf in files:
        src = tf[:-len(".truth.json")]
        if prefixes and not any(src.startswith(p) for p in prefixes):
            continue
        n += 1
        t = json.load(open(os.path.join(OUT, tf)))
        if set(t) != {"resume", "lenient"}:
            print(f"{tf}: keys {sorted(t)}"); problems += 1
        for e in v.iter_errors(t["resume"]):
            print(f"{tf}: schema: {'/'.join(map(str, e.path))}: {e.message}"); problems += 1
        if not os.path.exists(os.path.join(OUT, src)):
            print(f"{tf}: no file {src}"); problems += 1
            continue
        hay = [norm(x) for x in texts(os.path.join(OUT, src))]
        for p, s in strings(t["resume"]):
            cands = [s]
            if re.match(r"^[a-z]+://", s):
                cands.append(re.sub(r"^[a-z]+://(www\.)?", "", s))
            lines = [l for l in s.split("\n") if l.strip()]
            ok = any(all(norm(l) in h for l in c.split("\n") if l.strip()) for c in cands for h in hay)
            if not ok:
                print(f"{src}: {p}: not in text: {s!r}"); problems += 1
    print(f"{n} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
