#!/bin/bash
# Rebuild every file of the set from src/. Usage: src/build.sh [NAME...]
set -e
SRC="$(cd "$(dirname "$0")" && pwd)"; OUT="$(dirname "$SRC")"
PROFILE="/tmp/lo-profile-$$"; TMP="$(mktemp -d)"
trap 'rm -rf "$TMP" "$PROFILE"' EXIT
want() { [ $# -eq 0 ] && return 0; return 1; }
NAMES=("$@")
sel() { [ ${#NAMES[@]} -eq 0 ] && return 0; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }
listed() { grep -qx "$1" "$SRC/$2" 2>/dev/null; }

for f in "$SRC"/txt/*.txt; do n=$(basename "$f" .txt); sel "$n" && cp "$f" "$OUT/$n.txt"; done
for f in "$SRC"/md/*.md; do n=$(basename "$f" .md); sel "$n" || continue
  cp "$f" "$OUT/$n.md"
  if listed "$n" html-from-md.txt; then
    pandoc -f gfm -t html5 -s --metadata pagetitle="$(head -1 "$f" | sed 's/^# *//')" -H "$SRC/md-head.html" "$f" -o "$OUT/$n.html"
  fi
done
for f in "$SRC"/html/*.html; do n=$(basename "$f" .html); sel "$n" || continue
  cp "$f" "$OUT/$n.html"
  if listed "$n" pdf-from-html.txt; then
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$f" 2>/dev/null
  fi
done
for f in "$SRC"/docx/*.docx.py; do n=$(basename "$f" .docx.py); sel "$n" || continue
  /usr/bin/python3 "$f" "$OUT/$n.docx"
  if listed "$n" pdf-from-docx.txt; then
    soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
  fi
  if listed "$n" txt-from-docx.txt; then   # Word/Writer "Save as plain text"
    soffice -env:UserInstallation=file://$PROFILE --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
  fi
done
for f in "$SRC"/tex/*.tex; do n=$(basename "$f" .tex); sel "$n" || continue
  cp "$f" "$TMP/"; (cd "$TMP" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null && xelatex -interaction=nonstopmode "$n.tex" >/dev/null) || { echo "xelatex failed: $n"; tail -20 "$TMP/$n.log"; exit 1; }
  cp "$TMP/$n.pdf" "$OUT/"
  listed "$n" tex-published.txt && cp "$f" "$OUT/$n.tex"
done
# truths: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
for f in "$OUT"/*.{txt,md,html,pdf,docx,tex}; do [ -e "$f" ] || continue
  b=$(basename "$f"); n="${b%.*}"; [ "$b" = README.md ] && continue; sel "$n" || continue
  if [ -e "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"; else cp "$SRC/truth/$n.json" "$OUT/$b.truth.json"; fi
done
echo built
