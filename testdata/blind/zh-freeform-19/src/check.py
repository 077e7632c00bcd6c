#!/usr/bin/env python3
"""Check every truth of zh-freeform-19.

(a) each NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and "resume" validates against
    /work/main/schema/schema.json (jsonschema Draft4Validator, FormatChecker on);
(b) every string in "resume" (x- fields too) occurs in the text of NAME.EXT, both sides normalised the
    same way: NFKC, casefold, dashes (incl. ~ ～ 〜) and quotes (incl. 「」『』) and middle dots (· ・ ‧) unified, list markers at
    line starts (- * + • · ◦ ▪ ■ 1. 1、) and Markdown marks (* ` \\ | # > _) dropped, all white space removed.
    URLs are also looked for without scheme and www. Not looked for: keys ending in date/Date (so
    x-date too), x-birth, network, countryCode.
Text of a file: .pdf — pdftotext plain, -layout and -raw (any may match); .docx — w:t text of the
document, headers and footers; .html — text outside head/script/style/title, plus hrefs; .md — as is;
.txt — UTF-8 (BOM allowed).
usage: check.py [NAME-prefix ...]
"""
import glob, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
from jsonschema import Draft4Validator, FormatChecker

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
VALIDATOR = Draft4Validator(SCHEMA, format_checker=FormatChecker())

DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c\u30fc]")
QUOTE = str.maketrans({c: '"' for c in "“”„‟「」『』\"＂″"} | {c: "'" for c in "‘’‚‛′＇"})
MARK = re.compile(r"^\s*(?:[-*+•·‧◦▪■●]|\d+[.、)])\s*", re.M)
MDMARK = re.compile(r"[*`\\|#>_]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s).translate(QUOTE)
    s = re.sub("[·・‧･]", "·", s)
    s = MARK.sub("", s)
    s = MDMARK.sub("", s)
    return re.sub(r"\s+", "", s)


class Text(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append("\n" + v + "\n")
        if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth = max(0, self.depth - 1)
        if tag in ("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.out.append("\n")

    def handle_data(self, d):
        if not self.depth:
            self.out.append(d)


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [subprocess.run(["pdftotext", "-enc", "UTF-8"] + mode + [path, "-"], capture_output=True,
                               text=True, check=True).stdout for mode in ([], ["-layout"], ["-raw"])]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            buf = []
            for m in re.finditer(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|</w:p>|<w:tab/>|<w:br/>", x):
                buf.append(m.group(1) if m.group(1) is not None else "\n")
            out.append("".join(buf))
        import html as h
        return [h.unescape("\n".join(out))]
    if ext == "html":
        p = Text()
        p.feed(open(path, encoding="utf-8").read())
        return ["".join(p.out)]
    return [open(path, encoding="utf-8-sig").read()]


SKIPKEY = re.compile(r"(date|Date)$")


def strings(o, key=""):
    if isinstance(o, dict):
        for k, v in o.items():
            if SKIPKEY.search(k) or k in ("x-birth", "network", "countryCode"):
                continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def check(truthpath):
    probs = []
    doc = json.load(open(truthpath, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
        probs.append("keys must be exactly resume, lenient")
    for e in VALIDATOR.iter_errors(doc.get("resume", {})):
        probs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    src = truthpath[: -len(".truth.json")]
    hay = [norm(t) for t in texts(src)]
    for k, s in strings(doc.get("resume", {})):
        n = norm(s)
        cands = [n]
        if k in ("url",) or s.startswith("http"):
            cands.append(norm(re.sub(r"^(https?://)?(www\.)?", "", s)))
        if not any(c and any(c in h for h in hay) for c in cands):
            probs.append("absent (%s): %s" % (k, s[:80]))
    return probs


def main():
    pre = sys.argv[1:]
    truths = sorted(glob.glob(os.path.join(SET, "*.truth.json")))
    if pre:
        truths = [t for t in truths if any(os.path.basename(t).startswith(p) for p in pre)]
    n = bad = 0
    for t in truths:
        n += 1
        probs = check(t)
        if probs:
            bad += len(probs)
            print(os.path.basename(t))
            for p in probs:
                print("   ", p)
    print("%d files checked, %d problems" % (n, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
