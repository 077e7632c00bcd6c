#!/usr/bin/python3
"""Checks the truths of the web-saved blind set.

usage: check.py [NAME...]

For every NAME.EXT beside a NAME.EXT.truth.json: the truth is {"resume", "lenient"}; the resume
validates against /work/main/schema/schema.json (resume-schema 1.0.1, draft-04, formats checked);
and every non-date string of the truth occurs in the file's text: for .md/.html the text with tags and
entities resolved (text inside <style>, <script>, <svg>, <title> skipped; link targets and image alt
text included), for .docx the text of word/document.xml, for .pdf pdftotext in reading, -layout and
-raw order, for .txt the file itself; compared with white space removed, case folded, NFKC as a second
try. Exit 1 on any problem.
"""
import glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = json.load(open("/work/main/schema/schema.json"))
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires"}
SKIP_KEYS = {"countryCode", "network"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

    def handle_endtag(self, tag):
        if tag in ("style", "script", "svg", "title"):
            self.skip = max(0, self.skip - 1)

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "svg", "title"):
            self.skip += 1
        self.out.append(" ")
        for k, v in attrs:
            if k in ("href", "alt") and v:
                self.out.append(" " + v + " ")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                         for mode in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        xml = re.sub(r"<w:tab/>", "\t", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    raw = open(path, encoding="utf-8").read()
    if ext == "md":
        raw = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r" \1 ", raw)
    if ext in ("html", "md"):
        p = Text()
        p.feed(raw)
        raw = "".join(p.out)
        if ext == "md":
            raw = re.sub(r"\]\(([^)]*)\)", r"] \1 ", raw)
    return raw


def squeeze(s, nfkc=False):
    if nfkc:
        s = unicodedata.normalize("NFKC", s)
    s = s.replace("*", "").replace("`", "")
    return re.sub(r"\s+", "", s).casefold()


def strings(v, key=""):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from strings(x, k)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x, key)
    elif isinstance(v, str) and key not in DATE_KEYS and key not in SKIP_KEYS:
        yield key, v


def check(path):
    problems = []
    doc = json.load(open(path + ".truth.json", encoding="utf-8"))
    if set(doc) != {"resume", "lenient"}:
        problems.append("truth keys are not resume, lenient")
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc["resume"]):
        problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    text = text_of(path)
    t1, t2 = squeeze(text), squeeze(text, True)
    for key, s in strings(doc["resume"]):
        bare = re.sub(r"^(https?://)?(www\.)?", "", s).rstrip("/")
        if key == "url" and bare and squeeze(bare) in t1:  # scheme and www. are not compared (score.py)
            continue
        if squeeze(s) not in t1 and squeeze(s, True) not in t2:
            problems.append("not in text: %s=%r" % (key, s))
    return problems


def main(names):
    files = sorted(f[:-len(".truth.json")] for f in glob.glob(os.path.join(HERE, "*.truth.json")))
    if names:
        files = [f for f in files if os.path.basename(f).rsplit(".", 1)[0] in names]
    bad = 0
    for f in files:
        ps = check(f)
        print(("FAIL " if ps else "ok   ") + os.path.basename(f))
        for p in ps:
            print("     " + p)
        bad += bool(ps)
    print("%d files, %d with problems" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
