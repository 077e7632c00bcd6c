"""Check every NAME.EXT.truth.json of the set:
1. it validates against /work/main/schema/schema.json (Draft 4, format checker);
2. every non-date string in its `resume` is printed in NAME.EXT, after NFKC, lower case, unified dashes and quotes,
   collapsed whitespace. PDFs are read with pdftotext (-layout, plain, -raw); DOCX from the XML text of the body,
   headers and footers plus relationship targets; HTML as visible text plus href/src; Markdown and text also with
   markup characters removed and pandoc's `---`/`--` read as dashes. A match with all whitespace (or all whitespace
   and hyphens) removed also counts; URLs are also tried without scheme and `www.`; multi-line values line by line."""
import json, os, re, sys, subprocess, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema

SRC = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(SRC)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
V = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-endDate", "x-expires", "x-validTo", "x-renewed",
        "x-refreshed", "countryCode", "network", "x-type"}

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2010-\u2015\u2212\u2E3A\u2E3B\-]+", "-", s)
    s = re.sub(r"[\u2018\u2019\u201B\u2032`´]", "'", s)
    s = re.sub(r"[\u201C\u201D\u201E\u2033]", '"', s)
    s = s.replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s).strip()

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"): self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v: self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "dt", "dd", "section", "article", "header", "footer"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"): self.skip -= 1
        if tag in ("p", "div", "li", "td", "th", "h1", "h2", "h3", "dt", "dd", "span"): self.out.append(" \n" if tag != "span" else "")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in (["-layout"], [], ["-raw"]))
    if ext == ".docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>", "\n", x)
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
            if n.endswith(".rels"):
                parts += re.findall(r'Target="([^"]+)"', z.read(n).decode("utf-8"))
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == ".html":
        p = Vis(); p.feed(raw); return html.unescape("".join(p.out))
    # .md / .txt
    alt = raw.replace("---", "\u2014").replace("--", "\u2013")
    alt = re.sub(r"\\\n", " ", alt)
    stripped = re.sub(r"[*_`\\]", "", alt)
    stripped = re.sub(r"(?m)^\s*> ?", "", stripped)
    return "\n".join([raw, alt, stripped])

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP: continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

def found(s, T, T_ns, T_nsh):
    cands = [s]
    if re.match(r"https?://", s):
        u = re.sub(r"^https?://", "", s); cands += [u, re.sub(r"^www\.", "", u)]
        if u.startswith("linkedin.com"): cands.append("www." + u)
    for c in cands:
        for line in [c] if "\n" not in c else c.split("\n"):
            pass
        n = norm(c)
        if n in T or n.replace(" ", "") in T_ns or re.sub(r"[\s-]", "", n) in T_nsh:
            return True
    return False

bad = 0; count = 0
for tf in sorted(f for f in os.listdir(SET) if f.endswith(".truth.json")):
    count += 1
    doc = json.load(open(os.path.join(SET, tf), encoding="utf-8"))
    errs = [e.message for e in V.iter_errors(doc["resume"])]
    for e in errs:
        print(f"{tf}: SCHEMA {e}"); bad += 1
    if set(doc) != {"resume", "lenient"}:
        print(f"{tf}: keys {set(doc)}"); bad += 1
    rf = os.path.join(SET, tf[:-len(".truth.json")])
    T = norm(text_of(rf)); T_ns = T.replace(" ", ""); T_nsh = re.sub(r"[\s-]", "", T)
    for k, s in strings(doc["resume"]):
        parts = [p for p in s.split("\n") if p.strip()]
        if not all(found(p, T, T_ns, T_nsh) for p in parts):
            print(f"{tf}: [{k}] not printed: {s!r}"); bad += 1
print(f"{count} truth files checked, {bad} problems")
sys.exit(1 if bad else 0)
