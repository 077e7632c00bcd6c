#!/usr/bin/env python3
"""Check the set: every truth validates against the JSON Resume schema, and every non-date truth string
is printed in its file. usage: /usr/bin/python3 src/check.py [-v] [NAME...]"""
import html, json, os, re, subprocess, sys, unicodedata, zipfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
EXTS = (".pdf", ".docx", ".html", ".md", ".txt")
# keys whose values are normalised dates, classifications or flags rather than printed text
SKIP = {"startDate", "endDate", "date", "releaseDate", "x-date", "x-expires", "x-renewed", "x-recertified",
        "x-refreshed", "x-from", "x-to", "x-asAt", "x-dateOfBirth", "countryCode", "network", "x-expected"}
DASH = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e]")
DOTS = re.compile(r"[\u00b7\u2022\u30fb\u2027\u25cf\u22c5]")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = DASH.sub("-", s)
    s = DOTS.sub("·", s)
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", s)


def pdf_text(p):
    out = []
    for args in ([], ["-layout"]):
        t = subprocess.run(["pdftotext", *args, p, "-"], capture_output=True, text=True).stdout
        t = "\n".join(l for l in t.replace("\f", "\n").split("\n") if not re.fullmatch(r"\s*(page\s*)?\d{1,2}(\s*of\s*\d{1,2})?\s*", l, re.I))
        out.append(t)
    return out


def docx_text(p):
    z = zipfile.ZipFile(p)
    parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    out = []
    for n in parts:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:(tab|br)\b[^>]*/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        out.append(html.unescape(x))
    return ["\n".join(out)]


def html_text(p):
    s = open(p, encoding="utf-8").read()
    hrefs = " ".join(html.unescape(h) for h in re.findall(r'href="([^"]*)"', s))
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return [html.unescape(s) + "\n" + hrefs]


def md_text(p):
    s = open(p, encoding="utf-8").read()
    plain = subprocess.run(["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none", p],
                           capture_output=True, text=True).stdout
    return [s, re.sub(r"[*_`\\#]", "", s), plain]


def txt_text(p):
    return [open(p, encoding="utf-8-sig").read()]


def texts(p):
    ext = os.path.splitext(p)[1]
    return {".pdf": pdf_text, ".docx": docx_text, ".html": html_text, ".md": md_text, ".txt": txt_text}[ext](p)


def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in SKIP:
                continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v, key)
    elif isinstance(o, str):
        for piece in o.split("\n"):
            if piece.strip():
                yield key, piece.strip()


def found(value, hay, hay_nohyph):
    v = norm(value)
    if v in hay:
        return True
    if v.replace("-", "") in hay_nohyph:
        return True
    if re.match(r"^[a-z]+://", v) or v.startswith("www."):
        u = re.sub(r"^[a-z]+://", "", v)
        u = re.sub(r"^www\.", "", u)
        return u in hay or u.rstrip("/") in hay
    return False


def check_file(path, verbose=False):
    errs = []
    tp = path + ".truth.json"
    if not os.path.exists(tp):
        return [f"{path}: no truth"]
    doc = json.load(open(tp, encoding="utf-8"))
    if set(doc) != {"resume", "lenient"} or not isinstance(doc["lenient"], list):
        errs.append(f"{tp}: not {{resume, lenient}}")
    for e in VALIDATOR.iter_errors(doc["resume"]):
        errs.append(f"{tp}: schema: {'/'.join(map(str, e.path))}: {e.message}")
    hays = [norm(t) for t in texts(path)]
    hay = "\n".join(hays)
    nohy = hay.replace("-", "")
    for key, s in strings(doc["resume"]):
        if not found(s, hay, nohy):
            errs.append(f"{os.path.basename(path)}: not in text ({key}): {s!r}")
    if verbose:
        for l in doc["lenient"]:
            if not found(l, hay, nohy):
                print(f"  note {os.path.basename(path)}: lenient not in text: {l!r}")
    return errs


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
    if names:
        files = [f for f in files if os.path.splitext(f)[0] in names]
    errs = []
    for f in files:
        errs += check_file(os.path.join(SET, f), verbose)
    if not names:
        truths = sorted(f[:-11] for f in os.listdir(SET) if f.endswith(".truth.json"))
        for t in truths:
            if t not in files:
                errs.append(f"{t}.truth.json has no file")
        sp = os.path.join(SET, "split.json")
        if not os.path.exists(sp):
            errs.append("split.json missing")
        else:
            s = json.load(open(sp))
            listed = s["dev"] + s["test"]
            if sorted(listed) != files:
                errs.append("split.json does not list every file exactly once")
            side = {}
            for k in ("dev", "test"):
                for f in s[k]:
                    p = os.path.splitext(f)[0]
                    if side.setdefault(p, k) != k:
                        errs.append(f"split.json: {p} on both sides")
    for e in errs:
        print(e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
