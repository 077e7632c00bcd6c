"""Text of a file of the set, and the 'occurs in' test shared by derive.py and check.py."""
import html, os, re, subprocess, unicodedata, zipfile
from html.parser import HTMLParser

DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date"}
SKIP_KEYS = {"countryCode", "network"}
EXACT_KEYS = {"url", "email", "phone", "username"}  # never matched across interleaved columns
GAP = 80  # tokens: about two lines of two other columns
VGAP = 400  # tokens between two characters of a vertically set string (src/vertical.txt)
_VF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vertical.txt")
VERTICAL = set(l.strip() for l in open(_VF, encoding="utf-8") if l.strip() and not l.startswith("#")) if os.path.exists(_VF) else set()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        self.out.append(" ")
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    """What the file shows: HTML text plus link targets; DOCX body text (hyperlink targets are not
    shown); PDF text in reading, -layout and -raw order; TXT as is."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + m + [path, "-"], capture_output=True, text=True).stdout
                         for m in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        xml = re.sub(r"<w:tab/>", "\t", xml)
        xml = re.sub(r"<w:(?:br|cr)\b[^>]*/>", "\n", xml)
        xml = re.sub(r"<w:(br|cr)\b[^>]*/>", "\n", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        p = _Text()
        p.feed(raw)
        raw = "".join(p.out)
    return raw


def squeeze(s, nfkc=False):
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s).casefold()


def _tokens(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.findall(r"[a-z0-9]+|[^\sa-z0-9]", s)


class Haystack:
    def __init__(self, text, interleaved=False):
        self.raw = text
        self.t1, self.t2 = squeeze(text), squeeze(text, True)
        self.toks = _tokens(text) if interleaved else None

    def has(self, s, key=""):
        if key == "url":
            s = re.sub(r"^(https?://|mailto:)", "", s)
        if squeeze(s) in self.t1 or squeeze(s, True) in self.t2:
            return True
        if self.toks is None or key in EXACT_KEYS:
            return False
        # a string set vertically (CSS writing-mode) that -layout breaks into one character per line,
        # with the other columns' lines between (listed by hand in src/vertical.txt)
        if s in VERTICAL and self.toks is not None:
            return self._in_order(_tokens(s), VGAP)
        # a paragraph of a multi-column page whose lines pdftotext -layout interleaves with the
        # other columns' lines: its tokens occur in order, each within GAP tokens of the previous one
        want = _tokens(s)
        if len(want) < 2:
            return False
        return self._in_order(want, GAP)

    def _in_order(self, want, gap):
        for k, t in enumerate(self.toks):
            if t != want[0]:
                continue
            last, ok = k, True
            for w in want[1:]:
                j = next((j for j in range(last + 1, min(last + 1 + gap, len(self.toks))) if self.toks[j] == w), None)
                if j is None:
                    ok = False
                    break
                last = j
            if ok:
                return True
        return False


def strings(v, key=""):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from strings(x, k)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x, key)
    elif isinstance(v, str) and key not in DATE_KEYS and key not in SKIP_KEYS:
        yield key, v
