"""Check the truths of zh-freeform-28.
(a) each truth is {"resume", "lenient"} and resume validates against the JSON Resume schema;
(b) dates (keys ending in date/Date, x-birth) are YYYY, YYYY-MM or YYYY-MM-DD with a real month/day;
(c) every other string of the resume (x- fields included; network and countryCode excepted) and
    every lenient string (in at least one file of the person) occurs in the file's printed text,
    both normalised: NFKC, casefold, dashes/tildes/quotes/middle dots unified, Markdown marks
    dropped, all white space removed (a second pass also drops list markers at line starts);
(d) without arguments: 28 files, 14 people with two formats, each format at least 4 times.
Usage: /usr/bin/python3 src/check.py [NAME-prefix ...]"""
import datetime, glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json", encoding="utf-8"))
EXTS = ("txt", "md", "html", "pdf", "docx")

DASHES = "‐‑‒–—―−﹣－~～〜"
QUOTES = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"',
          "·": "·", "・": "·", "•": "·", "‧": "·", "･": "·"}
MARKER = re.compile(r"^\s*(?:[-*+•·■●◆◇★▪►▶‣]|\[\d+\]|\d+[.、)）]|（\d+）)\s*", re.M)


def norm(s, markers=False):
    s = unicodedata.normalize("NFKC", s)
    if markers:
        s = MARKER.sub("", s)
    s = s.casefold()
    for d in DASHES:
        s = s.replace(d, "-")
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    s = re.sub(r"[*`\\|#>_]", "", s)
    return re.sub(r"\s+", "", s)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.hrefs = [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "dt", "dd"):
            self.out.append("\n")
        for k, v in attrs:
            if k == "href" and v:
                self.hrefs.append(v)

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def file_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                         for opt in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        out = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<w:br[^>]*/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        p = Text()
        p.feed(raw)
        return "".join(p.out) + "\n" + "\n".join(p.hrefs)
    if ext == "md":
        raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        urls = re.findall(r"\]\(([^)]+)\)", raw)
        raw = re.sub(r"\[([^\]]*)\]\([^)]+\)", r"\1", raw)
        raw = re.sub(r"<(https?://[^>]+|[^>@\s]+@[^>\s]+)>", r"\1", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        return raw + "\n" + "\n".join(urls)
    return raw


def strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v, path)
    elif isinstance(obj, str):
        yield path, obj


def good_date(s):
    for fmt, n in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
        if len(s) == n:
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def occurs(s, texts):
    v = [norm(s)]
    if re.match(r"https?://", s):
        v.append(norm(re.sub(r"^https?://(www\.)?", "", s)))
    v.append(norm(s, markers=True))
    return any(x and x in t for x in v for t in texts)


def main(args):
    problems = 0
    files = sorted(f for f in os.listdir(SET) if f.rsplit(".", 1)[-1] in EXTS and not f.endswith(".json"))
    files = [f for f in files if f != "README.md"]
    if args:
        files = [f for f in files if any(f.startswith(a) for a in args)]
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    lenient_seen = {}
    for f in files:
        person = f.rsplit(".", 1)[0]
        tp = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth"); problems += 1; continue
        doc = json.load(open(tp, encoding="utf-8"))
        if set(doc) != {"resume", "lenient"}:
            print(f"{f}: keys {sorted(doc)}"); problems += 1
        for e in v.iter_errors(doc["resume"]):
            print(f"{f}: schema: {e.message} at {list(e.path)}"); problems += 1
        t = file_text(os.path.join(SET, f))
        texts = [norm(t), norm(t, markers=True)]
        for key, s in strings(doc["resume"]):
            if key.lower().endswith("date") or key == "x-birth":
                if not good_date(s):
                    print(f"{f}: bad date {key}={s!r}"); problems += 1
                continue
            if key in ("network", "countryCode"):
                continue
            if not occurs(s, texts):
                print(f"{f}: not printed: {key}={s!r}"); problems += 1
        for s in doc["lenient"]:
            lenient_seen.setdefault((person, s), False)
            if occurs(s, texts):
                lenient_seen[(person, s)] = True
    for (person, s), ok in sorted(lenient_seen.items()):
        if not ok:
            print(f"{person}: lenient string in no file: {s!r}"); problems += 1
    if not args:
        people = {}
        for f in files:
            people.setdefault(f.rsplit(".", 1)[0], []).append(f.rsplit(".", 1)[1])
        fmt = {e: sum(1 for f in files if f.endswith("." + e)) for e in EXTS}
        if len(files) != 28:
            print(f"expected 28 files, found {len(files)}"); problems += 1
        if len(people) != 14 or any(len(set(x)) != 2 for x in people.values()):
            print("expected 14 people with two formats each"); problems += 1
        if min(fmt.values()) < 4:
            print(f"a format has fewer than 4 files: {fmt}"); problems += 1
        print("formats: " + ", ".join(f"{e} {n}" for e, n in sorted(fmt.items(), key=lambda x: -x[1])))
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
