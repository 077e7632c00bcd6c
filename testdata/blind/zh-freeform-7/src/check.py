#!/usr/bin/python3
"""Check the zh-freeform-7 set.

(a) every NAME.EXT.truth.json validates against /work/main/schema/schema.json
    (draft-04, FormatChecker on);
(b) every non-date string of every truth occurs in its file's text after NFKC,
    case folding, removal of all white space and unification of quotes/dashes.

Usage: /usr/bin/python3 src/check.py [NAME ...]
"""
import html, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "countryCode", "network"}
URL_KEYS = {"url"}

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\u2e3a\u2e3b\u30fc"
QUOTES = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u300c\u300d\u300e\u300f\"'`\u00b4"


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join("-" if c in DASHES else ("'" if c in QUOTES else c) for c in s)
    return re.sub(r"\s+", "", s)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = []
        for opt in ([], ["-layout"], ["-raw"]):
            r.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                    text=True).stdout)
        return r
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf8")
        xml = re.sub(r"<w:tab/>", "\t", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        parts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\t)|(\n)", xml)
        t = "".join(a or b or c for a, b, c in parts)
        return [html.unescape(t)]
    src = open(path, encoding="utf8").read()
    if ext == "html":
        p = Vis()
        p.feed(src)
        return ["".join(p.out)]
    if ext == "md":
        alt = html.unescape(re.sub(r"<[^>]+>", "", src))
        alt2 = re.sub(r"[*`\\]", "", alt)
        return [src, alt, alt2]
    if ext == "tex":
        alt = re.sub(r"\\[a-zA-Z]+\*?", " ", src)
        alt = re.sub(r"[{}\\]", "", alt)
        return [src, alt]
    return [src]


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def url_norm(u):
    u = re.sub(r"^[a-z]+://", "", u.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def main(names):
    schema = json.load(open(SCHEMA))
    val = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET)
                   if f.endswith(".truth.json"))
    if names:
        files = [f for f in files if any(f.startswith(n + ".") for n in names)]
    bad = 0
    for tf in files:
        doc = f[:-len(".truth.json")] if (f := tf) else None
        path = os.path.join(SET, doc)
        truth = json.load(open(os.path.join(SET, tf)))
        errs = []
        if set(truth) != {"resume", "lenient"}:
            errs.append("truth keys %s" % sorted(truth))
        for e in val.iter_errors(truth["resume"]):
            errs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            hay = [norm(t) for t in texts(path)]
            for k, s in strings(truth["resume"]):
                needle = norm(url_norm(s) if k in URL_KEYS else s)
                if not needle:
                    continue
                if not any(needle in h for h in hay):
                    if not any(needle.replace("-", "") in h.replace("-", "") for h in hay):
                        errs.append("not in text: %s = %r" % (k, s))
        if errs:
            bad += 1
            print("FAIL", doc)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", doc)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
