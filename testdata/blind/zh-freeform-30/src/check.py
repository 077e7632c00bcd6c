"""Check the truths of zh-freeform-30.
(a) each NAME.EXT.truth.json is {"resume", "lenient"} and resume validates against the JSON Resume schema;
(b) dates are YYYY, YYYY-MM or YYYY-MM-DD with a real month/day;
(c) every other string of the resume (x- fields included; network, countryCode excepted) occurs in the file's text,
    and every lenient string occurs in some file of the same person — both sides normalised (NFKC, case, dashes,
    quotes, bullets, Markdown marks, white space removed);
(d) without arguments: 28 files, 14 people x 2 formats, each format at least 4 times.
Usage: /usr/bin/python3 src/check.py [NAME-prefix ...]"""
import sys, os, re, json, glob, unicodedata, subprocess, zipfile, html, datetime
from html.parser import HTMLParser
import jsonschema
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
EXTS = ("txt", "md", "html", "pdf", "docx")

def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212\u301c\uff5e~—–]", "-", s)
    s = re.sub(r"[“”„‟\"'‘’「」『』]", '"', s)
    s = re.sub(r"[·•・●▪◦∙]", "·", s)
    s = re.sub(r"[*`\\|#>_]", "", s)
    return re.sub(r"\s+", "", s)

def strip_markers(t):
    return "\n".join(re.sub(r"^\s*(?:[-+*•·▪🔸📌]|\d+[.、)])\s*", "", l) for l in t.splitlines())

class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"): self.skip += 1
        for k, v in attrs:
            if k == "href" and v: self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "section"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title"): self.skip -= 1
        if tag in ("p", "div", "li", "tr", "td", "th", "section"): self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + o + [path, "-"], capture_output=True, text=True).stdout
                         for o in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>|</w:p>", "\n", x)
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x)
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(parts)
    t = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        h = H(); h.feed(t); return html.unescape("".join(h.out))
    if ext == "md":
        t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
        t = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 \2", t)
        return re.sub(r"<(https?://[^>]+)>", r"\1", t)
    return t

def strings(o, key=""):
    if isinstance(o, dict):
        for k, v in o.items(): yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
def date_ok(s):
    if not DATE.match(s): return False
    p = s.split("-")
    try:
        if len(p) == 2: return 1 <= int(p[1]) <= 12
        if len(p) == 3: datetime.date(int(p[0]), int(p[1]), int(p[2]))
    except ValueError:
        return False
    return True

def found(s, texts):
    n = norm(s)
    if any(n in t for t in texts): return True
    u = re.sub(r"^(https?://)?(www\.)?", "", s.strip().rstrip("/"))
    return any(norm(u) in t for t in texts)

def main(prefixes):
    problems = 0
    files = sorted(f for f in os.listdir(OUT) if f.rsplit(".", 1)[-1] in EXTS and f != "README.md")
    if prefixes: files = [f for f in files if any(f.startswith(p) for p in prefixes)]
    cache = {}
    def texts(f):
        if f not in cache:
            t = text_of(os.path.join(OUT, f))
            cache[f] = [norm(t), norm(strip_markers(t))]
        return cache[f]
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for f in files:
        tp = os.path.join(OUT, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth"); problems += 1; continue
        tr = json.load(open(tp, encoding="utf-8"))
        if set(tr) != {"resume", "lenient"}:
            print(f"{f}: keys {sorted(tr)}"); problems += 1
        for e in v.iter_errors(tr["resume"]):
            print(f"{f}: schema: {e.message} at {list(e.path)}"); problems += 1
        for k, s in strings(tr["resume"]):
            if k.lower().endswith("date") or k == "x-birth":
                if not date_ok(s): print(f"{f}: bad date {k}={s}"); problems += 1
                continue
            if k in ("network", "countryCode"): continue
            if not found(s, texts(f)):
                print(f"{f}: not printed: {k}={s!r}"); problems += 1
        person = f.rsplit(".", 1)[0]
        sib = [g for g in os.listdir(OUT) if g != "README.md" and g.rsplit(".", 1)[0] == person and g.rsplit(".", 1)[-1] in EXTS]
        for s in tr["lenient"]:
            if not any(found(s, texts(g)) for g in sib):
                print(f"{f}: lenient not printed: {s!r}"); problems += 1
    if not prefixes:
        people = {}
        for f in files: people.setdefault(f.rsplit(".", 1)[0], []).append(f.rsplit(".", 1)[1])
        fmt = {e: sum(f.endswith("." + e) for f in files) for e in EXTS}
        if len(files) != 28 or len(people) != 14 or any(len(set(x)) != 2 or len(x) != 2 for x in people.values()) or min(fmt.values()) < 4:
            print("folder shape wrong:", len(files), len(people), fmt); problems += 1
        print("formats:", ", ".join(f"{e} {n}" for e, n in fmt.items()))
    print(f"{len(files)} files checked, {problems} problems")
    return problems

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
