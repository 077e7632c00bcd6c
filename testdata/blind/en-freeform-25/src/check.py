#!/usr/bin/env python3
"""Check every truth of en-freeform-25.

For each résumé file NAME.EXT in the set folder:
  * the truth is src/truth/NAME.EXT.json if it exists, else src/truth/NAME.json;
    the copy NAME.EXT.truth.json beside the file must equal it;
  * the truth validates against /work/main/schema/schema.json (jsonschema, draft-04,
    with format checking);
  * every non-date string of the truth occurs in the file's text after normalising
    (NFKC, casefold, dashes, quotes, whitespace). URLs are compared without scheme and
    "www."; multi-line values line by line; a match with all whitespace removed also
    counts (PDF lines broken by pdftotext).
Text sources: PDF via pdftotext in reading order, -layout and -raw; DOCX body, headers,
footers and hyperlink targets; HTML visible text plus hrefs; Markdown and text as typed
with HTML tags and Markdown emphasis marks removed.
"""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = "/work/main/schema/schema.json"
FROM_PDF = {"en_rosemary_quintal.txt", "en_chukwuemeka_anozie.txt"}  # see convert.txt
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
SKIP_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-endDate", "x-expires",
             "x-validTo", "x-issued", "x-dateOfBirth", "x-renewed", "x-due", "countryCode",
             "network", "x-type"}
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043"), "-")
QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201a"): "'", ord("\u2032"): "'",
          ord("\u201c"): '"', ord("\u201d"): '"', ord("\u201e"): '"', ord("\u2033"): '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(DASHES).translate(QUOTES)
    s = s.replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s).strip()


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "tr", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        if tag in ("p", "div", "tr", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(raw):
    p = HTMLText()
    p.feed(raw)
    return "".join(p.out)


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                x = z.read(n).decode("utf8")
                x = re.sub(r"<w:tab\s*/>", "\t", x)
                x = re.sub(r"<w:br\s*/>", "\n", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
            if re.match(r"word/_rels/.*\.rels$", n):
                parts += re.findall(r'Target="(http[^"]+)"', z.read(n).decode("utf8"))
    return "\n".join(parts)


def pdf_text(path):
    out = []
    for opt in ([], ["-layout"], ["-raw"]):
        out.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
    return "\n".join(out)


def md_text(raw):
    raw = re.sub(r"<((?:https?://|mailto:)[^>\s]+|[^>\s@]+@[^>\s]+)>", r" \1 ", raw)  # autolinks
    raw = re.sub(r"<[^>]+>", " ", raw)
    raw = raw.replace("\\", "")
    raw = re.sub(r"\*\*|__|(?<![\w@])[*_]|[*_](?![\w@])|`", "", raw)
    return raw


def file_text(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == ".html":
        return html_text(raw)
    if ext == ".md":
        return md_text(raw)
    return raw


def strings(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in SKIP_KEYS:
                continue
            yield from strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v, key)
    elif isinstance(node, str):
        yield key, node


def dehyphen(raw):
    """Lines broken at a hyphen by a PDF ("writ-\ning") also count joined."""
    return re.sub(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])", "", raw)


def in_order(n, tokens, gap=14):
    """Fallback for PDF text laid out in columns (-layout output, margin notes): every word of
    the value occurs in order in the text with at most `gap` foreign words between two of them."""
    words = n.split()
    if len(words) < 4:
        return False
    starts = [i for i, t in enumerate(tokens) if t == words[0]]
    def match(w, pos):
        """Index of the token that ends word w after pos, or None; a word hyphenated at a
        line end ("secre-" ... "tary") may have foreign words between its halves."""
        for j in range(pos + 1, min(pos + 2 + gap, len(tokens))):
            t = tokens[j]
            if t == w:
                return j
            if t.endswith("-") and len(t) > 2 and w.startswith(t[:-1]) and w != t[:-1]:
                rest = w[len(t) - 1:]
                for k in range(j + 1, min(j + 2 + gap, len(tokens))):
                    if tokens[k] == rest:
                        return k
        return None

    for s in starts:
        pos, ok = s, True
        for w in words[1:]:
            j = match(w, pos)
            if j is None:
                ok = False
                break
            pos = j
        if ok:
            return True
    return False


def found(key, value, text, squeezed, tokens, loose):
    if key in ("url",) or re.match(r"https?://", value):
        value = re.sub(r"^https?://(www\.)?", "", value).rstrip("/")
    how = "exact"
    for line in value.split("\n"):
        n = norm(line)
        if not n:
            continue
        if n in text or re.sub(r"\s+", "", n) in squeezed:
            continue
        if loose and in_order(n, tokens):
            how = "in order"
            continue
        return None
    return how


def main():
    schema = json.load(open(SCHEMA))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and not f.endswith(".truth.json")
                   and f.startswith(("en_", "bi_")))
    bad = 0
    notes = []
    for f in files:
        name, ext = os.path.splitext(f)
        tpath = os.path.join(HERE, "truth", f + ".json")
        if not os.path.exists(tpath):
            tpath = os.path.join(HERE, "truth", name + ".json")
        truth = json.load(open(tpath))
        problems = []
        copy = os.path.join(SET, f + ".truth.json")
        if not os.path.exists(copy) or json.load(open(copy)) != truth:
            problems.append("copy %s missing or differs from %s" % (copy, tpath))
        for e in validator.iter_errors(truth["resume"]):
            problems.append("schema: %s at %s" % (e.message, list(e.path)))
        raw = file_text(os.path.join(SET, f))
        text = norm(raw + "\n" + dehyphen(raw))
        squeezed = re.sub(r"\s+", "", text)
        tokens = norm(dehyphen(raw)).split()
        # the in-order fallback only for PDFs and text made from PDFs by pdftotext
        loose = ext == ".pdf" or (ext == ".txt" and f in FROM_PDF)
        for key, value in strings(truth["resume"]):
            how = found(key, value, text, squeezed, tokens, loose)
            if how is None:
                problems.append("not in file: %s = %r" % (key, value))
            elif how != "exact":
                notes.append("%s: %s found in order across a column layout" % (f, key))
        if problems:
            bad += 1
            print("FAIL", f)
            for p in problems:
                print("   ", p)
        else:
            print("ok  ", f)
    for n in notes:
        print("note", n)
    print("%d files, %d failing" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
