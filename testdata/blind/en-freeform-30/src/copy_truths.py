"""Copy src/truth/NAME.json (or NAME.EXT.json when present) to NAME.EXT.truth.json beside each résumé file."""
import os, glob, shutil
SRC = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(SRC)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
n = 0
for f in sorted(os.listdir(SET)):
    if not f.endswith(EXTS) or f == "README.md":
        continue
    base, ext = os.path.splitext(f)
    t = os.path.join(SRC, "truth", f"{base}{ext}.json")
    if not os.path.exists(t):
        t = os.path.join(SRC, "truth", base + ".json")
    shutil.copyfile(t, os.path.join(SET, f + ".truth.json")); n += 1
print("truths copied:", n)
