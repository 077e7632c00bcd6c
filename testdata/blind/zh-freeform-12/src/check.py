#!/usr/bin/env python3
"""Check zh-freeform-12: usage  /usr/bin/python3 src/check.py [NAME ...]

(a) every NAME.EXT.truth.json is {"resume", "lenient"} and "resume" validates against
    /work/main/schema/schema.json (JSON Schema draft-04, FormatChecker on);
(b) every non-date string of the resume, and every lenient string, occurs in the file's text after
    NFKC, case folding, removal of all white space and unification of dashes and quotes. A value
    spanning several printed lines ("\n") is looked for line by line; a lenient string may also be
    found word by word (a joined "name position" key of an entry a parser may put in another section). Keys ending in "date"/"Date"
    (incl. x-date), "network" and "countryCode" are not looked for; URLs are also looked for without
    scheme and "www.".
Text of a file: .pdf - pdftotext plain, -layout and -raw (any of them); .docx - the w:t text of
word/document.xml (+ headers/footers); .html - visible text outside <head>/<script>/<style>, plus
<title>; .md - as is, and with tags, * ` \\ | and > removed; .txt - as is (UTF-8, BOM allowed).
"""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SCHEMA = "/work/main/schema/schema.json"
EXTS = ("txt", "md", "html", "docx", "pdf")
DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c]")
QUOTE = re.compile(r"[\u201c\u201d\u300c\u300d\"\u2018\u2019']")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    s = QUOTE.sub('"', s)
    return re.sub(r"\s+", "", s)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.title = [], 0, []
        self.intitle = False
    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag == "title":
            self.intitle = True
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag == "title":
            self.intitle = False
    def handle_data(self, d):
        if self.intitle:
            self.title.append(d)
        elif not self.skip:
            self.out.append(d)


def texts(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        return [subprocess.run(["pdftotext"] + o + [path, "-"], capture_output=True, text=True).stdout
                for o in ([], ["-layout"], ["-raw"])]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            out += [html.unescape(t) for t in re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x)]
        return ["\n".join(out)]
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        v = Vis(); v.feed(raw)
        return ["".join(v.out), "".join(v.title)]
    if ext == "md":
        return [raw, re.sub(r"<[^>]+>|[*`\\|>]", "", raw)]
    return [raw]


def strings(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        if key.lower().endswith("date") or key in ("network", "countryCode"):
            return
        yield key, node


def found(value, hay, key):
    for line in value.split("\n"):
        cands = {norm(line)}
        if key == "url" or re.match(r"https?://", line):
            u = re.sub(r"^[a-z]+://", "", line)
            cands |= {norm(u), norm(re.sub(r"^www\.", "", u))}
        if not any(c and any(c in h for h in hay) for c in cands):
            return False
    return True


def main(names):
    schema = json.load(open(SCHEMA))
    val = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.rsplit(".", 1)[-1] in EXTS and f != "README.md")
    if names:
        files = [f for f in files if f.rsplit(".", 1)[0] in names]
    for f in files:
        tp = os.path.join(OUT, f + ".truth.json")
        probs = []
        if not os.path.exists(tp):
            probs.append("no truth file")
        else:
            doc = json.load(open(tp, encoding="utf-8"))
            if set(doc) != {"resume", "lenient"}:
                probs.append("truth keys %s" % sorted(doc))
            for e in val.iter_errors(doc.get("resume", {})):
                probs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
            hay = [norm(t) for t in texts(os.path.join(OUT, f))]
            for k, s in strings(doc.get("resume", {})):
                if not found(s, hay, k):
                    probs.append("not in text: %s = %r" % (k, s))
            for s in doc.get("lenient", []):
                if not (found(s, hay, "") or all(found(w, hay, "") for w in s.split())):
                    probs.append("lenient not in text: %r" % s)
        print(("FAIL " if probs else "ok   ") + f)
        for p in probs:
            print("     " + p)
        bad += bool(probs)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
