#!/usr/bin/python3
"""Copy each person's truth (src/truth/NAME.json) beside each of the person's files as
NAME.EXT.truth.json; a file-specific truth src/truth/NAME.EXT.json wins when present."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = ("txt", "md", "html", "pdf", "docx", "tex")
for f in sorted(os.listdir(SET)):
    if "." not in f or f.endswith(".json") or f == "README.md":
        continue
    name, ext = f.rsplit(".", 1)
    if ext not in EXTS:
        continue
    spec = os.path.join(HERE, "truth", f + ".json")
    gen = os.path.join(HERE, "truth", name + ".json")
    src = spec if os.path.exists(spec) else gen
    truth = json.load(open(src, encoding="utf8"))
    with open(os.path.join(SET, f + ".truth.json"), "w", encoding="utf8") as o:
        json.dump(truth, o, ensure_ascii=False, indent=2)
        o.write("\n")
