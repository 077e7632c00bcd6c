"""Check the truths of zh-freeform-29 against the schema and the printed text of each file.
Usage: /usr/bin/python3 src/check.py [NAME-prefix ...]"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from collections import Counter
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
EXTS = ("txt", "md", "html", "pdf", "docx")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212\u301c\uff5e~\u30fc-]", "-", s)
    s = re.sub(r"[\u201c\u201d\u300c\u300d\"]", '"', s)
    s = re.sub(r"[\u2018\u2019']", "'", s)
    s = re.sub(r"[\u00b7\u30fb\u2022]", "·", s)
    s = re.sub(r"[*`\\|#>_]", "", s)
    return re.sub(r"\s+", "", s)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title"):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + a + [path, "-"], capture_output=True, text=True).stdout
                         for a in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                parts.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>|(\n)", x) and
                             re.sub(r"<(?!/?w:t[ >])[^>]*>", "", re.sub(r"<w:tab/>", " ", x)).replace("<w:t>", "").replace("</w:t>", ""))))
        return re.sub(r"<[^>]+>", "", "\n".join(parts))
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        p = Text(); p.feed(raw); return "".join(p.out)
    if ext == "md":
        raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        urls = re.findall(r"\]\(([^)]+)\)", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)]+\)", r"\1", raw)
        raw = re.sub(r"<(https?://[^>]+|[^ >]+@[^ >]+)>", r"\1", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        return raw + "\n" + "\n".join(urls)
    return raw


def strings(o, key=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def main(prefixes):
    names = sorted(f for f in os.listdir(OUT) if f.rsplit(".", 1)[-1] in EXTS and os.path.isfile(os.path.join(OUT, f)) and f != "README.md")
    if prefixes:
        names = [n for n in names if n.startswith(tuple(prefixes))]
    problems = 0
    texts = {}
    for n in names:
        texts[n] = text_of(os.path.join(OUT, n))
    for n in names:
        tp = os.path.join(OUT, n + ".truth.json")
        if not os.path.exists(tp):
            print(n, "no truth"); problems += 1; continue
        t = json.load(open(tp, encoding="utf-8"))
        if set(t) != {"resume", "lenient"}:
            print(n, "keys", set(t)); problems += 1
        v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
        for e in v.iter_errors(t["resume"]):
            print(n, "schema:", list(e.path), e.message); problems += 1
        txt = norm(texts[n])
        txt2 = norm(re.sub(r"(?m)^\s*([-•·*+]|\d+[.、)]|\[\d+\])\s*", "", texts[n]))
        for k, s in strings(t["resume"]):
            if k.lower().endswith("date") or k == "x-birth":
                if not DATE.match(s):
                    print(n, "bad date", k, s); problems += 1
                continue
            if k in ("network", "countryCode"):
                continue
            ns = norm(s)
            cands = {ns, norm(re.sub(r"^https?://(www\.)?", "", s))}
            if not any(c in txt or c in txt2 for c in cands):
                print(n, "not printed:", k, repr(s)); problems += 1
        person = n.rsplit(".", 1)[0]
        alltxt = "".join(norm(texts[m]) for m in names if m.rsplit(".", 1)[0] == person)
        for s in t["lenient"]:
            if norm(s) not in alltxt:
                print(n, "lenient not printed anywhere:", repr(s)); problems += 1
    if not prefixes:
        c = Counter(n.rsplit(".", 1)[1] for n in names)
        ppl = Counter(n.rsplit(".", 1)[0] for n in names)
        if len(names) != 28 or len(ppl) != 14 or any(v != 2 for v in ppl.values()) or any(c[e] < 4 for e in EXTS):
            print("folder shape wrong:", len(names), dict(c)); problems += 1
        print("formats:", ", ".join("%s %d" % (e, c[e]) for e in EXTS))
    print("%d files checked, %d problems" % (len(names), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
