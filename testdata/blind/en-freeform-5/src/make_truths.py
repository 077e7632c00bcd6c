#!/usr/bin/env python3
"""Copy src/truth/NAME.json beside every file NAME.EXT of the set as NAME.EXT.truth.json;
src/truth/NAME.EXT.json, where it exists, is that file's own (trimmed) truth."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".pdf", ".docx", ".html", ".md", ".txt", ".tex")
names = sys.argv[1:]
for f in sorted(os.listdir(SET)):
    if not f.endswith(EXTS) or f == "README.md":
        continue
    name = os.path.splitext(f)[0]
    if names and name not in names:
        continue
    own = os.path.join(HERE, "truth", f + ".json")
    src = own if os.path.exists(own) else os.path.join(HERE, "truth", name + ".json")
    t = json.load(open(src, encoding="utf-8"))
    with open(os.path.join(SET, f + ".truth.json"), "w", encoding="utf-8") as out:
        json.dump(t, out, ensure_ascii=False, indent=2)
        out.write("\n")
