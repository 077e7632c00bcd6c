"""Copies src/truth/NAME.json (or NAME.EXT.json if present) to NAME.EXT.truth.json for every résumé file."""
import os, shutil
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)
n = 0
for fn in sorted(os.listdir(out)):
    if fn.endswith(".json") or fn in ("README.md", "src") or "." not in fn:
        continue
    stem, ext = fn.rsplit(".", 1)
    if ext not in ("txt", "md", "html", "pdf", "docx"):
        continue
    src = os.path.join(here, "truth", fn + ".json")
    if not os.path.exists(src):
        src = os.path.join(here, "truth", stem + ".json")
    shutil.copyfile(src, os.path.join(out, fn + ".truth.json"))
    n += 1
print(f"copied {n} truths")
