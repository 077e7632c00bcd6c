#!/usr/bin/env python3
"""Check every file of the set: (1) truth validates against the JSON Resume schema
(draft-04, format checking on) and has the {resume, lenient} shape; (2) every non-date truth
string occurs in the file's text; (3) without arguments: split.json lists every file once and
keeps each person on one side.  Usage: check.py [NAME...]"""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
EXTS = (".pdf", ".docx", ".html", ".md", ".txt", ".tex")
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "countryCode", "network"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    for d in DASHES:
        s = s.replace(d, "-")
    for q, r in QUOTES.items():
        s = s.replace(q, r)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "section", "span"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    v = Visible()
    v.feed(src)
    return "".join(v.out)


def file_texts(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        outs = []
        for opt in ([], ["-layout"], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True).stdout)
        return outs
    if ext == ".docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf8")
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"<w:br/>", "\n", x)
                parts.append(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)))
                parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)))
        import html as h
        return [h.unescape(p) for p in parts]
    src = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        return [html_text(src)]
    if ext == ".md":
        import html as h
        plain = re.sub(r"[*`\\]", "", src)
        return [plain, h.unescape(re.sub(r"<[^>]+>", " ", plain))]
    if ext == ".tex":
        t = re.sub(r"(?<!\\)%.*", "", src)
        t = t.replace("\\textbar", "|").replace("---", "—").replace("--", "–").replace("\\&", "&").replace("\\%", "%").replace("\\#", "#").replace("\\_", "_").replace("\\$", "\x00").replace("\\ ", " ")
        t = t.replace("~", " ").replace("\\,", " ").replace("\\\\", " ")
        t = re.sub(r"\\[A-Za-z@]+\*?", " ", t)
        t = re.sub(r"[{}\[\]$]", "", t).replace("\x00", "$")
        t = t.replace("``", '"').replace("''", '"')
        return [t]
    return [src]


def strings(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in SKIP:
                continue
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, key)
    elif isinstance(obj, str):
        yield key, obj


def url_core(s):
    s = re.sub(r"^[a-z]+://", "", s.strip(), flags=re.I)
    s = re.sub(r"^(mailto:|tel:)", "", s, flags=re.I)
    s = re.sub(r"^www\.", "", s, flags=re.I)
    return s.rstrip("/")


def check_file(path, validator):
    errs = []
    tp = path + ".truth.json"
    if not os.path.exists(tp):
        return ["no truth file"]
    t = json.load(open(tp, encoding="utf-8"))
    if set(t) != {"resume", "lenient"} or not isinstance(t["lenient"], list):
        errs.append("truth must be {resume, lenient}")
    for e in validator.iter_errors(t.get("resume", {})):
        errs.append("schema: %s at %s" % (e.message, list(e.absolute_path)))
    texts = file_texts(path)
    hay = [norm(x) for x in texts]
    hay_nohy = [h.replace("-", "") for h in hay]
    for key, value in strings(t.get("resume", {})):
        for s in value.split("\n"):  # multi-line values (bullets joined by newlines): each line
            n = norm(url_core(s)) if (key == "url" or s.startswith("http")) else norm(s)
            if not n:
                continue
            if any(n in h for h in hay) or any(n.replace("-", "") in h for h in hay_nohy):
                continue
            errs.append("not in text: %s = %r" % (key, s))
    return errs


def main():
    schema = json.load(open(SCHEMA))
    cls = jsonschema.Draft4Validator
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    names = sys.argv[1:]
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    if names:
        files = [f for f in files if os.path.splitext(f)[0] in names]
    bad = 0
    for f in files:
        errs = check_file(os.path.join(SET, f), validator)
        if errs:
            bad += 1
            print("FAIL", f)
            for e in errs:
                print("   ", e)
    if not names:
        sp = json.load(open(os.path.join(SET, "split.json")))
        listed = sp["dev"] + sp["test"]
        if sorted(listed) != files:
            bad += 1
            print("FAIL split.json does not list every file exactly once")
        person = lambda f: os.path.splitext(f)[0]
        if {person(f) for f in sp["dev"]} & {person(f) for f in sp["test"]}:
            bad += 1
            print("FAIL split.json puts one person on both sides")
    print("%d files checked, %d failed" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
