"""Check every truth of en-freeform-27: schema validation, and every non-date truth string is printed in its file."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-endDate", "x-expires", "x-validTo", "x-renewed",
        "countryCode", "network", "x-type"}

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u2033]", '"', s)
    s = s.replace("\u00a0", " ").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s).strip()

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"): self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v: self.out.append(" " + html.unescape(v) + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "dt", "dd"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"): self.skip = max(0, self.skip - 1)
        if tag in ("p", "div", "li", "td", "th"): self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return a + "\n" + b
    if ext == "docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") or n.endswith(".rels"):
                x = z.read(n).decode("utf8")
                x = re.sub(r"<w:tab/>", " ", x); x = re.sub(r"</w:p>", "\n", x)
                parts.append(" ".join(re.findall(r'Target="([^"]+)"', x)))
                parts.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(parts)
    if ext == "html":
        v = Vis(); v.feed(open(path, encoding="utf8").read()); return "".join(v.out)
    return open(path, encoding="utf-8-sig").read()

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP: continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o: yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o

LAYOUT = {"en_alasdair_pennock.txt"}   # pdftotext -layout text: columns interleaved
NOTES = []

def same_tok(a, w):
    return a == w or (len(w) > 3 and (a.endswith(w) or a.startswith(w)))

def in_order(n, toks, gap=8):
    want = n.replace("-", " ").split()
    toks = " ".join(toks).replace("-", " ").split()
    for start in range(len(toks)):
        if not same_tok(toks[start], want[0]): continue
        i, j, ok = 1, start + 1, True
        while i < len(want):
            k = j
            while k < len(toks) and k - j <= gap and not same_tok(toks[k], want[i]): k += 1
            if k >= len(toks) or not same_tok(toks[k], want[i]): ok = False; break
            i += 1; j = k + 1
        if ok: return True
    return False

def found(val, t, t_nows, t_join, toks=None):
    for line in val.split("\n"):
        n = norm(line)
        if not n: continue
        if toks is not None and n not in t and in_order(n, toks):
            NOTES.append(n[:60]); continue
        if n in t: continue
        if re.sub(r"^https?://(www\.)?", "", n) in t: continue
        nn = re.sub(r"\s+", "", n)
        if nn in t_nows or nn in t_join: continue
        nu = re.sub(r"^https?://(www\.)?", "", nn)
        if nu in t_nows or nu in t_join: continue
        return False
    return True

def main():
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    bad = 0; files = 0
    for f in sorted(os.listdir(SET)):
        if not f.endswith(".truth.json"): continue
        files += 1
        doc = json.load(open(os.path.join(SET, f), encoding="utf8"))
        target = os.path.join(SET, f[:-len(".truth.json")])
        errs = [e.message for e in v.iter_errors(doc["resume"])]
        raw = text_of(target)
        ext = target.rsplit(".", 1)[1]
        if ext == "md":
            raw += "\n" + re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)", "", raw)
        if ext == "txt":
            raw += "\n" + re.sub(r"(?m)^> ?", "", raw)
        raw += "\n" + re.sub(r"-[ \t]*\n[ \t]*", "-", raw)
        toks = norm(raw).split() if (ext == "pdf" or os.path.basename(target) in LAYOUT) else None
        NOTES.clear()
        t = norm(raw); t_nows = re.sub(r"\s+", "", t)
        t_join = re.sub(r"-\s*\n\s*", "", norm(raw.replace("\n", "\n")) )  # placeholder, replaced below
        t_join = re.sub(r"\s+", "", norm(re.sub(r"-[ \t]*\n[ \t]*", "", unicodedata.normalize("NFKC", raw))))
        missing = [(k, s) for k, s in strings(doc["resume"]) if not found(s, t, t_nows, t_join, toks)]
        if errs or missing:
            bad += 1
            print("FAIL", f)
            for e in errs: print("   schema:", e)
            for k, s in missing: print("   missing %s: %r" % (k, s))
        else:
            print("ok  ", f)
        for n in NOTES: print("   note: found only with words in order across columns: %r" % n)
    print("%d truth files, %d failing" % (files, bad))
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
