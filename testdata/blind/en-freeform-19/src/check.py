#!/usr/bin/env python3
"""Validate every truth of en-freeform-19 and check its strings are printed in its file.

usage: python3 src/check.py [NAME ...]   (NAME = person stem or file name; default all)

1. each NAME.EXT.truth.json is {"resume": ..., "lenient": [...]} and its resume validates
   against /work/main/schema/schema.json (draft-04, with a format checker);
2. every non-date string of the resume occurs in the file's text after NFKC, casefolding,
   unified dashes, straightened quotes and whitespace removal (URLs also without scheme);
   lenient strings that are not printed are warnings.
"""
import html, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed",
             "countryCode", "network", "x-type", "x-dateOfBirth"}
DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b\u00ad~\uff5e]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASHES.sub("-", s)
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", "", s)


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def pdf_texts(path):
    outs = []
    for opt in ([], ["-layout"], ["-raw"]):
        outs.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
    return outs


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>|<w:br/>", " ", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
    return ["\n".join(parts)]


def file_texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return pdf_texts(path)
    if ext == ".docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        p = HTMLText()
        p.feed(raw)
        return ["".join(p.out)]
    if ext == ".md":
        t = re.sub(r"<(?!https?:|[^>\s]+@)[^>]*>", "", raw)
        t = t.replace("*", "").replace("\\", "")
        return [html.unescape(t)]
    return [raw]


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


def found(s, texts, key):
    n = norm(s)
    if key == "url" or s.startswith(("http://", "https://")):
        n = norm(re.sub(r"^[a-z]+://", "", s))
    return any(n in t for t in texts)


def main(args):
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(HERE) if f.endswith(EXTS) and f != "README.md")
    if args:
        files = [f for f in files if any(f == a or f.startswith(a) for a in args)]
    bad = 0
    for f in files:
        tpath = os.path.join(HERE, f + ".truth.json")
        problems, warnings = [], []
        if not os.path.exists(tpath):
            problems.append("no truth")
        else:
            truth = json.load(open(tpath))
            if set(truth) != {"resume", "lenient"}:
                problems.append("truth keys %s" % sorted(truth))
            for e in validator.iter_errors(truth["resume"]):
                problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
            texts = [norm(t) for t in file_texts(os.path.join(HERE, f))]
            for key, s in strings(truth["resume"]):
                if not found(s, texts, key):
                    problems.append("not printed (%s): %r" % (key, s))
            for s in truth["lenient"]:
                if not found(s, texts, None):
                    warnings.append("lenient not printed: %r" % s)
        status = "FAIL" if problems else "ok"
        print("%-4s %s" % (status, f))
        for p in problems + warnings:
            print("     " + p)
        bad += bool(problems)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
