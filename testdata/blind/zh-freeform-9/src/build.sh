#!/bin/sh
# Rebuild every file of zh-freeform-9 from src/. Run from anywhere: sh src/build.sh
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); B="$SRC/build"
PY=/usr/bin/python3
rm -rf "$B"; mkdir -p "$B"
# 1. sources shipped as they are
for f in "$SRC"/html/*.html "$SRC"/md/*.md "$SRC"/txt/*.txt "$SRC"/tex/*.tex; do
  [ -e "$f" ] || continue; n=$(basename "$f")
  if [ "${n%.tex}" != "$n" ]; then grep -qx "${n%.tex}" "$SRC/ship-tex.txt" || { cp "$f" "$B/"; continue; }; fi
  cp "$f" "$OUT/$n"
done
# 2. DOCX from python-docx scripts
for f in "$SRC"/docx/*.docx.py; do n=$(basename "$f" .docx.py); $PY "$f" "$OUT/$n.docx"; done
# 3. PDFs
LO="-env:UserInstallation=file:///tmp/lo-profile-$$"
for n in $(cat "$SRC/pdf-from-docx.txt"); do
  FONTCONFIG_FILE="$SRC/fonts.conf" soffice "$LO" --headless --convert-to pdf --outdir "$B" "$OUT/$n.docx" >/dev/null 2>&1
  grep -qx "$n" "$SRC/txt-from-pdf.txt" && pdftotext -layout "$B/$n.pdf" "$OUT/$n.txt" || cp "$B/$n.pdf" "$OUT/$n.pdf"
done
rm -rf "/tmp/lo-profile-$$"
CHR="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
for n in $(cat "$SRC/pdf-from-html.txt"); do $CHR --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" 2>/dev/null; done
for n in $(cat "$SRC/pdf-from-md.txt"); do
  pandoc -f gfm -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$OUT/$n.md" -o "$B/$n.html"
  $CHR --print-to-pdf="$OUT/$n.pdf" "file://$B/$n.html" 2>/dev/null
done
for n in $(cat "$SRC/pdf-from-tex.txt"); do
  (cd "$B" && cp "$SRC/tex/$n.tex" . && xelatex -interaction=batchmode "$n.tex" >/dev/null && xelatex -interaction=batchmode "$n.tex" >/dev/null)
  cp "$B/$n.pdf" "$OUT/$n.pdf"
done
rm -rf "$B"
# 4. truths beside files, split
$PY "$SRC/derive.py"
$PY "$SRC/split.py"
