#!/usr/bin/env python3
"""Check every truth of zh-freeform-20.

usage: /usr/bin/python3 src/check.py [NAME-prefix ...]

(a) each NAME.EXT.truth.json has exactly the keys resume / lenient and resume validates
    against /work/main/schema/schema.json (jsonschema Draft4Validator, FormatChecker on);
(b) every string of the resume (x- fields included) occurs in the text of NAME.EXT,
    both sides normalised alike. Keys ending in date/Date, x-birth, network and
    countryCode are not looked for.
"""
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"network", "countryCode", "x-birth"}

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c]")
QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u300c": '"', "\u300d": '"',
          "\u300e": '"', "\u300f": '"', "\u00ab": '"', "\u00bb": '"'}
DOTS = re.compile(r"[\u00b7\u30fb\u2027\u2022\u22c5]")
MARKER = re.compile(r"(?m)^\s*(?:[-*+•·‧◦▪■●◆▍▶➤]|\d{1,2}(?:[.)]\s|[、）]))\s*")
MDMARK = re.compile(r"[*`\\|#>_]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    s = DOTS.sub("·", s)
    s = MARKER.sub("", s)
    s = MDMARK.sub("", s)
    return re.sub(r"\s+", "", s)


def url_forms(s):
    t = re.sub(r"^[a-z]+://", "", s.strip(), flags=re.I)
    t = re.sub(r"^www\.", "", t, flags=re.I)
    return {s, t, t.rstrip("/")}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append("\n" + v + "\n")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "section"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1
        if tag in ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        outs = []
        for mode in ([], ["-layout"], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", path, "-"],
                                       capture_output=True, text=True, check=True).stdout)
        return outs
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        txt = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", " ", x)
            x = re.sub(r"<w:br/>", "\n", x)
            txt.append(html.unescape("".join(a or b for a, b in
                                             re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", x))))
        return ["\n".join(txt)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = Visible()
        p.feed(raw)
        return ["".join(p.out)]
    if ext == ".md":
        return [re.sub(r"<[^>]+>", " ", raw)]
    return [raw]


def strings(obj, key=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS or k.endswith("date") or k.endswith("Date"):
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def main(prefixes):
    schema = json.load(open(SCHEMA))
    val = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    if prefixes:
        files = [f for f in files if f.startswith(tuple(prefixes))]
    problems = 0
    for f in files:
        tp = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth"); problems += 1; continue
        t = json.load(open(tp))
        if set(t) != {"resume", "lenient"}:
            print(f"{f}: keys {sorted(t)}"); problems += 1
        for e in val.iter_errors(t.get("resume", {})):
            print(f"{f}: schema: {'/'.join(map(str, e.path))}: {e.message}"); problems += 1
        texts = [norm(x) for x in text_of(os.path.join(SET, f))]
        for key, s in strings(t.get("resume", {})):
            forms = url_forms(s) if re.match(r"^(https?://|www\.)", s) or key == "url" else {s}
            if not any(norm(x) and norm(x) in tx for x in forms for tx in texts):
                print(f"{f}: absent [{key}] {s[:70]}"); problems += 1
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
