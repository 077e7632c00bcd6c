#!/bin/bash
# Rebuild every file of the set from src/. Usage: src/build.sh
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"; OUT="$(dirname "$SRC")"
PROFILE="/tmp/lo-profile-$$"; TMP="$(mktemp -d)"
trap 'rm -rf "$TMP" "$PROFILE"' EXIT
PY=/usr/bin/python3
# 1. hand-typed text and Markdown, hand-written HTML
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do [ -e "$f" ] && cp "$f" "$OUT/"; done
# 2. pandoc HTML from Markdown
while read -r n; do [ -z "$n" ] && continue
  pandoc -f markdown -t html5 -s --metadata pagetitle="$n" "$SRC/md/$n.md" -o "$OUT/$n.html"
done < "$SRC/html-from-md.txt"
# 3. Chromium PDF from HTML
while read -r n; do [ -z "$n" ] && continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" 2>/dev/null
done < "$SRC/pdf-from-html.txt"
# 4. python-docx scripts, then LibreOffice PDF
for s in "$SRC"/docx/*.docx.py; do n=$(basename "$s" .docx.py); PYTHONPATH="$SRC" $PY "$s" "$OUT/$n.docx"; done
while read -r n; do [ -z "$n" ] && continue
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done < "$SRC/pdf-from-docx.txt"
# 5. XeLaTeX
for t in "$SRC"/tex/*.tex; do [ -e "$t" ] || continue; n=$(basename "$t" .tex)
  cp "$t" "$TMP/"; (cd "$TMP" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null && xelatex -interaction=nonstopmode "$n.tex" >/dev/null)
  cp "$TMP/$n.pdf" "$OUT/"; cp "$t" "$OUT/"
done
# 6. truths: src/truth/NAME.json for every file of NAME, src/truth/NAME.EXT.json overrides
for f in "$OUT"/*.{txt,md,html,pdf,docx,tex}; do [ -e "$f" ] || continue
  b=$(basename "$f"); n="${b%.*}"
  if [ -e "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"
  elif [ -e "$SRC/truth/$n.json" ]; then cp "$SRC/truth/$n.json" "$OUT/$b.truth.json"
  else echo "no truth for $b" >&2; fi
done
echo built
