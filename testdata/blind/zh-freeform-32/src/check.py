#!/usr/bin/env python3
"""Check the truths of zh-freeform-32: schema, dates, and that every string is printed in its file."""
import json, os, re, subprocess, sys, unicodedata, zipfile, html as htmlmod
from collections import Counter
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = json.load(open("/work/main/schema/schema.json"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SKIP_KEYS = {"network", "countryCode"}

def is_date_key(k):
    return k.endswith("Date") or k.endswith("date") or k in ("x-birth", "x-date")

def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212\u301c\uff5e~\u2192]", "-", s)
    s = s.replace("->", "-")
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u300c\u300d\u300e\u300f\"'`]", "'", s)
    s = re.sub(r"[\u00b7\u2022\u30fb\u2027\u25cf]", "·", s)
    s = re.sub(r"[*\\|#>_]", "", s)
    return re.sub(r"\s+", "", s)

def strip_markers(text):
    return "\n".join(re.sub(r"^\s*(?:[-•·—]|\d+\.|\[\d+\])\s*", "", l) for l in text.splitlines())

def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return "\n".join(subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                         for opt in ([], ["-layout"], ["-raw"]))
    if ext == "docx":
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>|</w:p>", "\n", x)
                parts.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(parts)
    raw = open(path, encoding="utf-8-sig").read()
    if ext == "html":
        hrefs = " ".join(re.findall(r'href="([^"]+)"', raw))
        body = re.sub(r"(?is)<(head|script|style|title)\b.*?</\1>", " ", raw)
        body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d|dt|dd)>", "\n", body)
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", body)) + "\n" + hrefs
    if ext == "md":
        raw = re.sub(r"(?s)<!--.*?-->", "", raw)
        raw = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 \2", raw)
        return raw.replace("<", " ").replace(">", " ")
    return raw

def url_forms(s):
    t = re.sub(r"^https?://", "", s); t2 = re.sub(r"^www\.", "", t)
    return [s, t, t2, t2.rstrip("/")]

def strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, path + "/" + k) if not isinstance(v, str) else [(path + "/" + k, k, v)]
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from strings(v, f"{path}/{i}") if not isinstance(v, str) else [(f"{path}/{i}", path.rsplit("/", 1)[-1], v)]

def found(s, hay, hay2):
    return any(norm(f) in hay or norm(f) in hay2 for f in url_forms(s))

def main(args):
    files = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and re.match(r"^(zh|tw|hk|bi)_.*\.(txt|md|html|pdf|docx)$", f))
    if args: files = [f for f in files if any(f.startswith(a) for a in args)]
    problems = 0
    texts = {f: text_of(os.path.join(OUT, f)) for f in files}
    for f in files:
        tp = os.path.join(OUT, f + ".truth.json")
        if not os.path.exists(tp):
            print(f"{f}: no truth"); problems += 1; continue
        doc = json.load(open(tp))
        if set(doc) != {"resume", "lenient"}:
            print(f"{f}: keys {sorted(doc)}"); problems += 1
        for e in VALIDATOR.iter_errors(doc["resume"]):
            print(f"{f}: schema: {e.message} at {list(e.path)}"); problems += 1
        hay = norm(texts[f]); hay2 = norm(strip_markers(texts[f]))
        for p, k, v in strings(doc["resume"]):
            if is_date_key(k):
                if not DATE_RE.match(v): print(f"{f}: bad date {p}={v}"); problems += 1
                continue
            if k in SKIP_KEYS: continue
            if not found(v, hay, hay2):
                print(f"{f}: not printed {p}: {v}"); problems += 1
        person = f.rsplit(".", 1)[0]
        sib = [norm(t) for g, t in texts.items() if g.rsplit(".", 1)[0] == person]
        sib2 = [norm(strip_markers(t)) for g, t in texts.items() if g.rsplit(".", 1)[0] == person]
        for s in doc["lenient"]:
            if not any(norm(x) in h for x in url_forms(s) for h in sib + sib2):
                print(f"{f}: lenient not printed: {s}"); problems += 1
    if not args:
        people = Counter(f.rsplit(".", 1)[0] for f in files)
        fmts = Counter(f.rsplit(".", 1)[1] for f in files)
        if len(files) != 28: print("expected 28 files, got", len(files)); problems += 1
        if len(people) != 14 or any(n != 2 for n in people.values()): print("people:", people); problems += 1
        for p in people:
            if len({g.rsplit(".", 1)[1] for g in files if g.rsplit(".", 1)[0] == p}) != 2: print(p, "needs two formats"); problems += 1
        if any(fmts[x] < 4 for x in ["txt", "md", "html", "pdf", "docx"]): print("formats", fmts); problems += 1
        print("formats:", ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    print(f"{len(files)} files checked, {problems} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
