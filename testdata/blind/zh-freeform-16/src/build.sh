#!/bin/sh
# Rebuild every résumé file of zh-freeform-16 from src/ and copy the truths beside them.
# Removes only the files it builds (names derived from src/lists/*.txt) and their .truth.json;
# never README.md or split.json.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
L="$SRC/lists"
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/zh16-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
SOFFICE="soffice -env:UserInstallation=file://$TMP/lo --headless"

# 0. list of outputs, then remove exactly those
outputs() {
  while read -r f; do [ -n "$f" ] && basename "$f"; done < "$L/copy.txt"
  sed 's/$/.docx/' "$L/docx-from-py.txt" "$L/docx-from-md.txt" "$L/docx-from-html.txt"
  sed 's/$/.pdf/' "$L/pdf-from-docx.txt" "$L/pdf-from-txt.txt" "$L/pdf-from-md-chromium.txt" \
      "$L/pdf-from-md-xelatex.txt" "$L/pdf-from-html.txt" "$L/pdf-from-tex.txt"
  sed 's/$/.txt/' "$L/txt-from-docx.txt" "$L/txt-from-pdf.txt"
  sed 's/$/.html/' "$L/html-from-md.txt"
}
outputs | grep -v -x -e README.md -e split.json > "$TMP/outputs"
while read -r f; do rm -f "$OUT/$f" "$OUT/$f.truth.json"; done < "$TMP/outputs"

# 1. hand-typed files, copied unchanged
while read -r f; do [ -n "$f" ] && cp "$SRC/$f" "$OUT/"; done < "$L/copy.txt"

# 2. python-docx
for n in $(cat "$L/docx-from-py.txt"); do
  (cd "$SRC/docx" && $PY "$n.py" "$OUT/$n.docx")
done

# 3. pandoc Markdown -> docx
for n in $(cat "$L/docx-from-md.txt"); do
  pandoc -f gfm -t docx -o "$OUT/$n.docx" "$SRC/md/$n.md"
done

# 4. pandoc Markdown -> standalone HTML
for n in $(cat "$L/html-from-md.txt"); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle=个人简历 -o "$OUT/$n.html" "$SRC/md/$n.md"
done

# 5. LibreOffice: HTML -> docx
for n in $(cat "$L/docx-from-html.txt"); do
  cp "$SRC/html/$n.html" "$TMP/$n.html"
  $SOFFICE --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$TMP" "$TMP/$n.html" >/dev/null 2>&1
  cp "$TMP/$n.docx" "$OUT/$n.docx"
done

# 6. LibreOffice: docx -> pdf
for n in $(cat "$L/pdf-from-docx.txt"); do
  $SOFFICE --convert-to pdf --outdir "$TMP" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

# 7. LibreOffice: docx -> txt (UTF-8)
for n in $(cat "$L/txt-from-docx.txt"); do
  $SOFFICE --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$TMP/$n.txt" "$OUT/$n.txt"
done

# 8. LibreOffice: hand-typed txt -> pdf
for n in $(cat "$L/pdf-from-txt.txt"); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  $SOFFICE --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" --convert-to pdf --outdir "$TMP" "$TMP/$n.txt" >/dev/null 2>&1
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

# 9. pandoc -> HTML -> headless Chromium (Markdown sources)
for n in $(cat "$L/pdf-from-md-chromium.txt"); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle=个人简历 -o "$TMP/$n.html" "$SRC/md/$n.md"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$TMP/$n.html" >/dev/null 2>&1
done

# 10. headless Chromium of hand-written HTML
for n in $(cat "$L/pdf-from-html.txt"); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$SRC/html/$n.html" >/dev/null 2>&1
done

# 11. pandoc + XeLaTeX (YAML front matter sets the fonts)
for n in $(cat "$L/pdf-from-md-xelatex.txt"); do
  pandoc -f markdown -t pdf --pdf-engine=xelatex -o "$OUT/$n.pdf" "$SRC/md/$n.md"
done

# 12. XeLaTeX (ctexart)
for n in $(cat "$L/pdf-from-tex.txt"); do
  cp "$SRC/tex/$n.tex" "$TMP/"
  (cd "$TMP" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null 2>&1 && xelatex -interaction=nonstopmode "$n.tex" >/dev/null 2>&1)
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

# 13. pdftotext -layout
for n in $(cat "$L/txt-from-pdf.txt"); do
  pdftotext -layout -enc UTF-8 "$OUT/$n.pdf" "$OUT/$n.txt"
done

# 14. truths: src/truth/NAME.EXT.json wins over src/truth/NAME.json
while read -r f; do
  base=${f%.*}
  if [ -f "$SRC/truth/$f.json" ]; then cp "$SRC/truth/$f.json" "$OUT/$f.truth.json"
  elif [ -f "$SRC/truth/$base.json" ]; then cp "$SRC/truth/$base.json" "$OUT/$f.truth.json"
  else echo "no truth for $f" >&2; fi
done < "$TMP/outputs"

# 15. split
$PY "$SRC/split.py" > "$OUT/split.json"
echo "built $(wc -l < "$TMP/outputs") files"
