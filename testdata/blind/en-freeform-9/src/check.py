#!/usr/bin/env python3
"""Check every NAME.EXT + NAME.EXT.truth.json in the set folder.

(a) the truth validates against the JSON Resume schema (draft-04, format checking on);
(b) every non-date truth string occurs in the file's text (normalised).
Usage: /usr/bin/python3 src/check.py [NAME ...]
"""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "/work/main/schema/schema.json"
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "countryCode", "network"}
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    for a in "‘’‚‛′`´":
        s = s.replace(a, "'")
    for a in "“”„‟″":
        s = s.replace(a, '"')
    for a in "‐‑‒–—―−﹘﹣－":
        s = s.replace(a, "-")
    for a in "•∙⋅●▪":
        s = s.replace(a, "·")
    return re.sub(r"\s+", "", s)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    if path.endswith(".pdf"):
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf8")
            x = re.sub(r"<w:tab/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x.replace("</w:t>", "</w:t>"))))
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    raw = open(path, encoding="utf-8-sig").read()
    if path.endswith(".html"):
        v = Vis()
        v.feed(raw)
        return "".join(v.out)
    if path.endswith(".md"):
        return raw.replace("*", "").replace("`", "").replace("\\", "") + "\n" + raw
    return raw


def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def found(s, hay, hay2):
    n = norm(s)
    if n in hay:
        return True
    if n.replace("-", "") in hay2:
        return True
    m = re.sub(r"^https?://(www\.)?", "", n)
    if m != n and (m in hay or m.rstrip("/") in hay):
        return True
    return False


def main(names):
    schema = json.load(open(SCHEMA))
    val = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(EXTS) and f.startswith(("en_", "bi_")))
    if names:
        files = [f for f in files if os.path.splitext(f)[0] in names]
    bad = 0
    for f in files:
        tp = os.path.join(ROOT, f + ".truth.json")
        errs = []
        if not os.path.exists(tp):
            errs.append("no truth file")
        else:
            t = json.load(open(tp))
            if set(t) != {"resume", "lenient"} or not isinstance(t["lenient"], list):
                errs.append("truth shape is not {resume, lenient}")
            for e in val.iter_errors(t["resume"]):
                errs.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
            txt = text_of(os.path.join(ROOT, f))
            hay = norm(txt)
            hay2 = hay.replace("-", "")
            for k, s in strings(t["resume"]):
                if not found(s, hay, hay2):
                    errs.append("not in text: %s = %r" % (k, s))
        print(("FAIL " if errs else "ok   ") + f)
        for e in errs:
            print("     " + e)
        bad += bool(errs)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
