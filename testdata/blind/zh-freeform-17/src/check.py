#!/usr/bin/python3
"""Checks every NAME.EXT.truth.json of this set:
(a) keys are exactly resume + lenient and resume validates against /work/main/schema/schema.json (draft-04);
(b) every non-date string of the resume occurs in the file's extracted text (NFKC, casefold, dashes and quotes
    unified, all white space removed). usage: check.py [NAME-prefix ...]"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e\u301c-]")
QUOTE = re.compile(r"[\u2018\u2019\u201c\u201d\u300c\u300d\u300e\u300f\"']")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    s = QUOTE.sub('"', s)
    return re.sub(r"\s+", "", s)


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        for k, v in attrs:
            if k == "href" and v:
                self.parts.append(" " + v + " ")
        if tag in ("br", "p", "div", "tr", "li", "td", "th", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                         for opt in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                out.append(html.unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x.replace("</w:p>", "</w:p>")))))
                # keep paragraph breaks
                paras = re.split(r"</w:p>", z.read(n).decode("utf-8"))
                out.append("\n".join(html.unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", p))) for p in paras))
        return "\n".join(out)
    if ext == "html":
        v = Vis()
        v.feed(open(path, encoding="utf-8").read())
        return "".join(v.parts)
    if ext == "md":
        t = open(path, encoding="utf-8").read()
        return t + "\n" + re.sub(r"[*`\\|#>_]|<[^>]+>", " ", t)
    return open(path, encoding="utf-8-sig").read()


SKIP_KEYS = ("network", "countryCode")


def strings(o, key=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        if key.lower().endswith("date") or key.startswith("x-date") or key == "x-validUntil" or key in SKIP_KEYS \
                or key in ("x-birth", "x-promotionDate"):
            return
        yield key, o


def main(prefixes):
    problems = 0
    n = 0
    for f in sorted(os.listdir(OUT)):
        if not f.endswith(".truth.json"):
            continue
        src = f[:-len(".truth.json")]
        if prefixes and not any(src.startswith(p) for p in prefixes):
            continue
        n += 1
        doc = json.load(open(os.path.join(OUT, f), encoding="utf-8"))
        if set(doc) != {"resume", "lenient"}:
            print(f"{src}: keys {sorted(doc)}"); problems += 1
        for e in VALIDATOR.iter_errors(doc["resume"]):
            print(f"{src}: schema: {'/'.join(map(str, e.path))}: {e.message}"); problems += 1
        text = norm(text_of(os.path.join(OUT, src)))
        for key, s in strings(doc["resume"]):
            for line in s.split("\n"):
                cands = [line]
                if key in ("url",) or line.startswith("http"):
                    cands.append(re.sub(r"^https?://(www\.)?", "", line))
                if not any(norm(c) in text for c in cands if c.strip()):
                    print(f"{src}: not in text: {key} = {line!r}"); problems += 1
    print(f"{n} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
