#!/usr/bin/env python3
"""Check every OUT/*.truth.json: (1) valid against resume-schema 1.0.1 (draft-04, formats checked);
(2) every non-date string (countryCode and profile network, which are derived, skipped) of the truth occurs in its file's text (NFKC, white space removed, case folded).
PDF text = pdftotext reading order, -layout or -raw; for PDF and TXT a non-url/email/phone/username
string whose lines another column interleaves passes when it is found as in-order pieces (each >= 2
characters or the final remainder), each piece starting within 160 characters of the previous one.
(3) split.json lists every person once, all files of a person on one side."""
import json, os, re, sys, unicodedata
import jsonschema
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE); from textof import texts
SCHEMA = "/work/main/schema/schema.json"
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate", "x-date", "countryCode", "network"}
EXACT_KEYS = {"url", "email", "phone", "username"}

def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).casefold()

def strings(o, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in DATE_KEYS: continue
            yield from strings(v, k)
    elif isinstance(o, list):
        for x in o: yield from strings(x, key)
    elif isinstance(o, str):
        yield key, o

def unscheme(s): return re.sub(r"^(https?://)?(www\.)?", "", s).rstrip("/")

def pieces_in(needle, hay, gap=160):
    pos, i = 0, 0; first = True
    while i < len(needle):
        best = 0; bestpos = -1
        lo = 0 if first else pos
        hi = len(hay) if first else pos + gap
        # longest prefix of needle[i:] found starting within [lo, hi)
        l = 1
        while i + l <= len(needle):
            j = hay.find(needle[i:i + l], lo)
            if j == -1 or j >= hi: break
            best, bestpos = l, j; l += 1
        if best == 0 or (best < 2 and i + best < len(needle)): return False
        pos = bestpos + best; i += best; first = False
    return True

def main(names=None):
    schema = json.load(open(SCHEMA)); V = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    bad = 0; n = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".truth.json"))
    for tf in files:
        fn = tf[:-len(".truth.json")]; person = fn.rsplit(".", 1)[0]
        if names and person not in names: continue
        n += 1
        t = json.load(open(os.path.join(OUT, tf), encoding="utf-8"))
        errs = [f"schema: {e.message} at {list(e.path)}" for e in V.iter_errors(t["resume"])]
        if set(t) != {"resume", "lenient"}: errs.append("keys")
        ts = [norm(x) for x in texts(os.path.join(OUT, fn))]
        ext = fn.rsplit(".", 1)[1]
        for k, s in strings(t["resume"]):
            ns = norm(unscheme(s)) if k == "url" else norm(s)
            if not ns or any(ns in x for x in ts): continue
            if ext in ("pdf", "txt") and k not in EXACT_KEYS and any(pieces_in(ns, x) for x in ts): continue
            errs.append(f"missing {k}: {s!r}")
        if errs:
            bad += 1; print("FAIL", fn); [print("   ", e) for e in errs]
    sp = json.load(open(os.path.join(OUT, "split.json")))
    people = sorted({f.rsplit(".", 2)[0] for f in files})
    allfiles = sorted(f[:-len(".truth.json")] for f in files)
    test = set(sp["test"])
    for p in people:
        mine = [f for f in allfiles if f.rsplit(".", 1)[0] == p]
        if 0 < len(test & set(mine)) < len(mine): bad += 1; print("SPLIT person split across sides:", p)
    print(f"{n} truth files checked, {bad} failing")
    return bad

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
