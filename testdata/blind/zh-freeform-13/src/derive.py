"""Copy each person's truth (src/truth/NAME.json) beside each of that person's files as NAME.EXT.truth.json;
a file-specific src/truth/NAME.EXT.json wins."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXTS = (".md", ".txt", ".docx", ".pdf", ".html")

n = 0
for f in sorted(os.listdir(SET)):
    if not f.endswith(EXTS) or f == "README.md":
        continue
    name, ext = os.path.splitext(f)
    own = os.path.join(HERE, "truth", f + ".json")
    src = own if os.path.exists(own) else os.path.join(HERE, "truth", name + ".json")
    if not os.path.exists(src):
        sys.exit(f"no truth for {f}")
    doc = json.load(open(src, encoding="utf-8"))
    with open(os.path.join(SET, f + ".truth.json"), "w", encoding="utf-8") as out:
        json.dump(doc, out, ensure_ascii=False, indent=2)
        out.write("\n")
    n += 1
print(f"derive: {n} truths written")
