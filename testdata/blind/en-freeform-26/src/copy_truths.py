"""Writes NAME.EXT.truth.json for every résumé file from src/truth/NAME.json (or NAME.EXT.json)."""
import json, os, glob
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = ('.txt', '.md', '.html', '.pdf', '.docx')
n = 0
for f in sorted(os.listdir(OUT)):
    base, ext = os.path.splitext(f)
    if ext not in EXTS or f == 'README.md':
        continue
    t = os.path.join(SRC, 'truth', f + '.json')
    if not os.path.exists(t):
        t = os.path.join(SRC, 'truth', base + '.json')
    if not os.path.exists(t):
        print('no truth for', f); continue
    doc = json.load(open(t, encoding='utf-8'))
    with open(os.path.join(OUT, f + '.truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2); fh.write('\n')
    n += 1
print('truths written:', n)
