#!/usr/bin/python3
"""Checks the truths of the theme-like-4 blind set.

usage: check.py [NAME...]

For every NAME.EXT beside a NAME.EXT.truth.json: the truth is {"resume", "lenient"}; the resume
validates against ../../../schema/schema.json (resume-schema 1.0.1, draft-04, formats checked;
/work/main/schema/schema.json when the set is outside the repo); and
every non-date string of the truth occurs in the file's text (HTML text plus link targets; DOCX body
text; PDF text in reading, -layout and -raw order; TXT as is; compared with white space removed and
case folded, NFKC as a second try; in PDF/TXT a paragraph whose lines the other column interleaves
passes when its tokens occur in order). Also checks that split.json covers every person once.
Exit 1 on any problem.
"""
import glob, json, os, sys
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "src"))
from textof import Haystack, strings, text_of  # noqa: E402

_SCHEMA_PATHS = [os.path.join(HERE, "../../../schema/schema.json"), "/work/main/schema/schema.json"]
SCHEMA = json.load(open(next(p for p in _SCHEMA_PATHS if os.path.exists(p))))


def check(path):
    problems = []
    doc = json.load(open(path + ".truth.json", encoding="utf-8"))
    if set(doc) != {"resume", "lenient"}:
        problems.append("truth keys are not resume, lenient")
    v = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    for e in v.iter_errors(doc["resume"]):
        problems.append("schema: %s at %s" % (e.message, "/".join(map(str, e.path))))
    ext = path.rsplit(".", 1)[1]
    hay = Haystack(text_of(path), interleaved=ext in ("pdf", "txt"))
    for key, s in strings(doc["resume"]):
        if not hay.has(s, key):
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
    people = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "src/truth/*.json")))
    sp = os.path.join(HERE, "split.json")
    split = json.load(open(sp)) if os.path.exists(sp) else {"dev": [], "test": []}
    if sorted(split["dev"] + split["test"]) != people:
        print("FAIL split.json does not list every person exactly once")
        bad += 1
    print("%d files, %d with problems" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
