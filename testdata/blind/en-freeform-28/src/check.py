"""Check every NAME.EXT.truth.json of en-freeform-28: schema-valid (draft-04 + format checker) and every non-date
string of its resume printed in NAME.EXT. Run with /usr/bin/python3 (needs jsonschema, poppler-utils)."""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
import jsonschema

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-endDate", "x-expires", "x-validTo", "x-renewed",
        "x-recertified", "countryCode", "network", "x-type"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[\u2018\u2019\u201b]", "'", s)
    s = re.sub(r"[\u201c\u201d]", '"', s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v and not v.startswith("data:"):
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "dt", "dd"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [subprocess.run(["pdftotext"] + a + [path, "-"], capture_output=True, text=True).stdout
                for a in (["-layout"], [], ["-raw"])]
    raw = open(path, encoding="utf-8-sig").read() if ext != "docx" else None
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", x)
                parts.append(re.sub(r"<[^>]+>", "", x))
            if n.endswith(".rels"):
                parts += re.findall(r'Target="([^"]+)"', z.read(n).decode("utf-8"))
        t = html.unescape("\n".join(parts))
        return [t]
    if ext == "html":
        v = Vis()
        v.feed(raw)
        return [html.unescape("".join(v.out))]
    if ext == "md":
        return [raw, re.sub(r"[*_\\]", "", raw), re.sub(r"\\(.)", r"\1", raw)]
    return [raw]


def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k not in SKIP:
                yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        yield key, o


def found(val, hays):
    for line in val.split("\n"):
        n = norm(line)
        if not n:
            continue
        cands = {n}
        if re.match(r"https?://", n):
            cands.add(re.sub(r"^https?://(www\.)?", "", n))
        ok = False
        for h in hays:
            for c in cands:
                if c in h["n"] or c.replace(" ", "") in h["sq"] or c.replace(" ", "").replace("-", "") in h["sqh"]:
                    ok = True
        if not ok:
            return False
    return True


def main():
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    bad = 0
    for tf in files:
        doc = json.load(open(os.path.join(OUT, tf), encoding="utf-8"))
        errs = list(jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).iter_errors(doc["resume"]))
        path = os.path.join(OUT, tf[:-len(".truth.json")])
        hays = []
        for t in texts(path):
            n = norm(t)
            joined = re.sub(r"-\n\s*", "", t)
            nj = norm(joined)
            hays.append({"n": n + "\n" + nj, "sq": n.replace(" ", "") + nj.replace(" ", ""),
                         "sqh": (n + nj).replace(" ", "").replace("-", "")})
        missing = [(k, v) for k, v in strings(doc["resume"]) if not found(v, hays)]
        status = "ok" if not errs and not missing else "FAIL"
        print("%-45s %s" % (tf, status))
        for e in errs:
            print("   schema:", list(e.path), e.message[:120])
        for k, v in missing:
            print("   missing %s: %r" % (k, v[:100]))
        bad += status != "ok"
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
