#!/usr/bin/env python3
"""Write NAME.EXT.truth.json beside every file: src/truth/NAME.EXT.json if it exists
(a trimmed truth for that one file), else the person's src/truth/NAME.json."""
import json, os, sys
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = {".pdf", ".docx", ".html", ".md", ".txt", ".tex"}
names = sys.argv[1:]
for f in sorted(os.listdir(OUT)):
    base, ext = os.path.splitext(f)
    if ext not in EXTS or f.endswith(".truth.json") or f == "README.md":
        continue
    person = f.split(".")[0]
    if names and person not in names:
        continue
    special = os.path.join(SRC, "truth", f + ".json")
    src = special if os.path.exists(special) else os.path.join(SRC, "truth", person + ".json")
    t = json.load(open(src, encoding="utf-8"))
    with open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(t, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
