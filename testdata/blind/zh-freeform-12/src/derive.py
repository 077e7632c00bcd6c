#!/usr/bin/env python3
"""Write NAME.EXT.truth.json beside every résumé file: src/truth/NAME.EXT.json if present, else src/truth/NAME.json."""
import json, os
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = (".txt", ".md", ".html", ".docx", ".pdf")
for f in sorted(os.listdir(OUT)):
    if not f.endswith(EXTS) or f == "README.md":
        continue
    name = f.rsplit(".", 1)[0]
    p = os.path.join(SRC, "truth", f + ".json")
    if not os.path.exists(p):
        p = os.path.join(SRC, "truth", name + ".json")
    doc = json.load(open(p, encoding="utf-8"))
    with open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
