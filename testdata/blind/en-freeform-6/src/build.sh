#!/bin/bash
# Rebuild every file of the set from the sources in src/.  Usage: src/build.sh [NAME...]
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
LOPROF="/tmp/lo-profile-$$"
NAMES=("$@")
sel() { # sel NAME -> true if selected
  [ ${#NAMES[@]} -eq 0 ] && return 0
  for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }

# 1. typed sources, copied
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do
  n=$(basename "$f"); n=${n%.*}; sel "$n" || continue
  case "$f" in *.src.html) continue;; esac
  cp "$f" "$OUT/"
done
# 2. python-docx scripts
for f in "$SRC"/docx/*.docx.py; do
  n=$(basename "$f" .docx.py); sel "$n" || continue
  (cd "$SRC/docx" && PYTHONPATH="$SRC" $PY "$f" "$OUT/$n.docx")
done
# 3. LaTeX: engine named on the first line (% !TEX program = xelatex|pdflatex)
for f in "$SRC"/tex/*.tex; do
  n=$(basename "$f" .tex); sel "$n" || continue
  eng=$(head -1 "$f" | sed -n 's/.*program *= *\([a-z]*\).*/\1/p'); eng=${eng:-pdflatex}
  tmp=$(mktemp -d); cp "$f" "$tmp/"
  (cd "$tmp" && for i in 1 2; do $eng -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null; done)
  cp "$tmp/$n.pdf" "$OUT/"; rm -rf "$tmp"
  if grep -qx "$n" "$SRC/tex-published.txt"; then cp "$f" "$OUT/"; fi
done
# 4. DOCX -> PDF with LibreOffice (private profile)
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  soffice -env:UserInstallation=file://$LOPROF --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done < "$SRC/pdf-from-docx.txt"
rm -rf "$LOPROF"
# 5. HTML -> PDF with headless Chromium
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" >/dev/null 2>&1
done < "$SRC/pdf-from-html.txt"
# 6. Markdown -> HTML (pandoc, not published) -> PDF with headless Chromium
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  tmp=$(mktemp -d)
  pandoc -f markdown -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$SRC/md/$n.md" -o "$tmp/$n.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$tmp/$n.html" >/dev/null 2>&1
  rm -rf "$tmp"
done < "$SRC/pdf-from-md.txt"
# 7. truths: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
for f in "$OUT"/*; do
  b=$(basename "$f"); case "$b" in *.json|README.md|src) continue;; esac
  [ -f "$f" ] || continue
  n=${b%.*}; sel "$n" || continue
  if [ -f "$SRC/truth/$b.json" ]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$n.json"; fi
  $PY -c 'import json,sys; d=json.load(open(sys.argv[1])); json.dump(d, open(sys.argv[2],"w"), ensure_ascii=False, indent=2)' "$t" "$OUT/$b.truth.json"
done
echo built
