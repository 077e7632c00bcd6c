#!/bin/sh
# Rebuild every file of zh-freeform-10 from src/. Run from anywhere: sh src/build.sh
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B="$SRC/build"
PY=/usr/bin/python3
mkdir -p "$B"
cd "$OUT"
# 1. hand-typed sources, copied as they are
cp "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html "$OUT"/
# 2. python-docx scripts
for s in "$SRC"/docx/*.docx.py; do
  n=$(basename "$s" .docx.py)
  $PY "$s" "$OUT/$n.docx"
done
# 3. DOCX -> PDF with LibreOffice Writer (private profile)
PROF=/tmp/lo-profile-$$
for n in $(cat "$SRC/pdf-from-docx.txt"); do
  soffice -env:UserInstallation=file://$PROF --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done
rm -rf "$PROF"
# 4. HTML -> PDF with headless Chromium
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
for n in $(cat "$SRC/pdf-from-html.txt"); do
  $CHROME --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" >/dev/null 2>&1
done
# 5. Markdown -> pandoc HTML fragment (YAML front matter not printed) -> Chromium PDF
for n in $(cat "$SRC/pdf-from-md.txt"); do
  { cat "$SRC/md-head.html"; pandoc -f markdown-smart -t html "$SRC/md/$n.md"; echo '</body></html>'; } > "$B/$n.html"
  $CHROME --print-to-pdf="$OUT/$n.pdf" "file://$B/$n.html" >/dev/null 2>&1
done
rm -rf "$B"
# 6. truths: one per person, copied beside each of the person's files (a file-specific truth wins)
for f in "$OUT"/*.txt "$OUT"/*.md "$OUT"/*.html "$OUT"/*.docx "$OUT"/*.pdf; do
  b=$(basename "$f"); n=${b%.*}
  [ "$b" = README.md ] && continue
  if [ -f "$SRC/truth/$b.json" ]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$n.json"; fi
  cp "$t" "$OUT/$b.truth.json"
done
# 7. split
$PY "$SRC/split.py"
echo "built: $(ls "$OUT" | grep -v truth | grep -v "^README.md$" | grep -c "\.\(txt\|md\|html\|docx\|pdf\)$") files"
