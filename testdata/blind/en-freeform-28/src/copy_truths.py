"""Copy src/truth/NAME.json (or NAME.EXT.json when present) to NAME.EXT.truth.json for every résumé file."""
import json, os
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
for f in sorted(os.listdir(OUT)):
    if f.endswith(".json") or f in ("src", "README.md") or os.path.isdir(os.path.join(OUT, f)):
        continue
    name, ext = os.path.splitext(f)
    over = os.path.join(SRC, "truth", f + ".json")
    base = os.path.join(SRC, "truth", name + ".json")
    path = over if os.path.exists(over) else base
    doc = json.load(open(path, encoding="utf-8"))
    with open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
