"""Checks every NAME.EXT.truth.json of en-freeform-29:
1. it validates against /work/main/schema/schema.json (Draft 4, format checker);
2. every non-date string of its resume is printed in NAME.EXT (after NFKC, lower case, unified dashes and quotes,
   collapsed whitespace; URLs also without scheme and www.; a match with all whitespace removed also counts).
PDFs are read with pdftotext (-layout, default and -raw), DOCX from word/document.xml, headers, footers and
relationship targets, HTML as visible text plus href/src, Markdown and text also with */_/\\ marks and '> ' removed."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-validTo", "x-renewed",
             "countryCode", "network", "x-years"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", s)
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v and not v.startswith("data:"):
                self.out.append(" " + v + " ")
        if tag in ("p", "div", "br", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "section", "footer", "header"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        outs = []
        for opt in (["-layout"], [], ["-raw"]):
            outs.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True).stdout)
        return "\n".join(outs)
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"<w:br[^>]*/>", "\n", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
            if n.endswith(".rels"):
                parts += re.findall(r'Target="([^"]+)"', z.read(n).decode("utf-8"))
        return "\n".join(parts)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        p = Vis(); p.feed(raw)
        return "".join(p.out)
    variants = [raw, re.sub(r"[*_\\]", "", raw), re.sub(r"(?m)^> ?", "", raw), re.sub(r"`", "", raw)]
    return "\n".join(variants)


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


def found(val, hay, hay_nows, key):
    cands = [val]
    if key == "url" or val.startswith("http"):
        cands.append(re.sub(r"^https?://(www\.)?", "", val))
    for c in cands:
        for line in c.split("\n"):
            n = norm(line)
            if n and (n in hay or re.sub(r"\s", "", n) in hay_nows or
                      re.sub(r"[\s-]", "", n) in re.sub(r"-", "", hay_nows)):
                continue
            break
        else:
            return True
    return False


def main():
    bad = 0
    files = sorted(f for f in os.listdir(SET) if f.endswith(".truth.json"))
    for tf in files:
        doc = tf[: -len(".truth.json")]
        t = json.load(open(os.path.join(SET, tf), encoding="utf-8"))
        errs = list(jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).iter_errors(t["resume"]))
        for e in errs:
            print(f"{doc}: schema: {e.message} at {list(e.path)}"); bad += 1
        hay = norm(text_of(os.path.join(SET, doc)))
        nows = re.sub(r"\s", "", hay)
        for key, val in strings(t["resume"]):
            if not found(val, hay, nows, key):
                print(f"{doc}: not printed [{key}]: {val!r}"); bad += 1
    print(f"{len(files)} truth files checked, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
