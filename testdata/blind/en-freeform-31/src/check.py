"""Check every NAME.EXT.truth.json of en-freeform-31: schema validity (Draft-04 + format checker) and
every non-date string of the truth printed in the file (NFKC, lower case, unified dashes / quotes, collapsed
whitespace; a match with whitespace, or whitespace and hyphens, removed also counts)."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html as htmlmod
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-validTo", "x-renewed", "x-refreshed",
             "countryCode", "network", "x-type", "x-expected", "x-marginYear"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    for d in DASHES:
        s = s.replace(d, "-")
    s = s.replace("---", "-").replace("--", "-")
    s = re.sub("[\u2018\u2019\u201a\u201b\u2032`]", "'", s)
    s = re.sub("[\u201c\u201d\u201e\u201f\u2033]", '"', s)
    s = s.replace("\u00a0", " ").replace("\u3000", " ")
    return re.sub(r"\s+", " ", s).strip()


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "dt", "dd"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + a + [path, "-"], capture_output=True, text=True).stdout
                         for a in (["-layout"], [], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"</w:p>", "\n", x)
                parts.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", x)))
            if n.endswith(".rels"):
                parts += re.findall(r'Target="([^"]+)"', z.read(n).decode("utf-8"))
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        v = Vis(); v.feed(raw); return htmlmod.unescape("".join(v.out))
    t = raw
    t2 = re.sub(r"\\(.)", r"\1", t)          # markdown escapes
    t2 = re.sub(r"[*_`]|^> ?", "", t2, flags=re.M)
    t2 = re.sub(r"\|", " ", t2)
    t3 = re.sub(r"\\(.)", r"\1", t)          # escapes only
    return t + "\n" + t2 + "\n" + t3


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
    elif isinstance(o, (int, float)) and not isinstance(o, bool):
        yield key, str(o)


def found(s, hay, hay_nows, hay_nowsh, key=None):
    n = norm(s)
    if key_is_url(n):
        n = re.sub(r"^https?://", "", n); n = re.sub(r"^www\.", "", n).rstrip("/")
    if n in hay:
        return True
    a = re.sub(r"\s+", "", n)
    if a in hay_nows:
        return True
    b = re.sub(r"[\s-]+", "", n)
    if b in hay_nowsh:
        return True
    if key == "name":   # a name with a quoted preferred name between its parts (Margaret "Peggy" Cormier)
        toks = [re.escape(x) for x in n.split()]
        return re.search(r".{0,12}".join(toks), hay) is not None
    return False


def key_is_url(n):
    return n.startswith("http://") or n.startswith("https://")


def main():
    bad = 0; count = 0
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for fn in sorted(os.listdir(OUT)):
        if not fn.endswith(".truth.json"):
            continue
        count += 1
        src = os.path.join(OUT, fn[:-len(".truth.json")])
        t = json.load(open(os.path.join(OUT, fn), encoding="utf-8"))
        errs = list(v.iter_errors(t["resume"]))
        for e in errs:
            print(fn, "SCHEMA", list(e.path), e.message); bad += 1
        if not os.path.exists(src):
            print(fn, "MISSING FILE"); bad += 1; continue
        hay = norm(text_of(src)); hay = re.sub(r"https?://", "", hay); hay = hay.replace("www.", "")
        hay = re.sub(r"\s+([,.;:)])", r"\1", hay) + " " + hay
        hay_nows = re.sub(r"\s+", "", hay); hay_nowsh = re.sub(r"[\s-]+", "", hay)
        for key, s in strings(t["resume"]):
            if not found(s, hay, hay_nows, hay_nowsh, key):
                print(fn, "NOT PRINTED", key, repr(s)); bad += 1
        for s in t["lenient"]:
            if not found(s, hay, hay_nows, hay_nowsh):
                print(fn, "lenient not printed (info)", repr(s))
    print(count, "truth files,", bad, "problems")
    sys.exit(1 if bad or count != 28 else 0)


main()
