"""Copies each person's truth beside each of their files (a file-specific src/truth/NAME.EXT.json wins)."""
import json, os, glob
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
EXTS = ("md", "txt", "docx", "pdf", "html")
for f in sorted(os.listdir(OUT)):
    base, _, ext = f.rpartition(".")
    if ext not in EXTS or not base.startswith("zh_"): continue
    specific = os.path.join(SRC, "truth", f + ".json")
    src = specific if os.path.exists(specific) else os.path.join(SRC, "truth", base + ".json")
    d = json.load(open(src, encoding="utf-8"))
    json.dump(d, open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
