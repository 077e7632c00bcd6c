"""Copy src/truth/NAME.json (or NAME.EXT.json) to ../NAME.EXT.truth.json for every résumé file in the set."""
import os, shutil, glob
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
for f in sorted(os.listdir(SET)):
    if f.endswith(".json") or f in ("README.md",) or os.path.isdir(os.path.join(SET, f)):
        continue
    name, ext = f.rsplit(".", 1)
    src = os.path.join(HERE, "truth", f + ".json")
    if not os.path.exists(src):
        src = os.path.join(HERE, "truth", name + ".json")
    shutil.copyfile(src, os.path.join(SET, f + ".truth.json"))
    print("truth", f)
