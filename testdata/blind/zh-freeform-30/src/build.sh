#!/bin/sh
# Rebuild the 28 résumé files of zh-freeform-30 and copy their truths. Removes only each output file and its
# .truth.json right before remaking it; never README.md, split.json or src/.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zh30-build.XXXXXX)
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
PY=/usr/bin/python3
grep -v '^#' "$SRC/convert.txt" | while read -r out method in; do
  [ -n "$out" ] || continue
  rm -f "$OUT/$out" "$OUT/$out.truth.json"
  base=${out%.*}; ext=${out##*.}
  case $method in
    copy) cp "$SRC/$in" "$OUT/$out" ;;
    chromium) chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$out" "file://$SRC/$in" 2>/dev/null ;;
    pydocx) (cd "$SRC/docx" && $PY "$SRC/$in" "$OUT/$out") ;;
    xlsx-pdf|xlsx-html)
      $PY "$SRC/$in" "$TMP/$base.xlsx"
      if [ $method = xlsx-pdf ]; then $LO --convert-to pdf --outdir "$TMP" "$TMP/$base.xlsx" >/dev/null 2>&1; cp "$TMP/$base.pdf" "$OUT/$out"
      else $LO --convert-to html --outdir "$TMP" "$TMP/$base.xlsx" >/dev/null 2>&1; cp "$TMP/$base.html" "$OUT/$out"; fi ;;
    lo-txt) cp "$OUT/$in" "$TMP/$in"; $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP/t" "$TMP/$in" >/dev/null 2>&1; cp "$TMP/t/$base.txt" "$OUT/$out" ;;
    lo-pdf) cp "$OUT/$in" "$TMP/$in"; $LO --convert-to pdf --outdir "$TMP/p" "$TMP/$in" >/dev/null 2>&1; cp "$TMP/p/$base.pdf" "$OUT/$out" ;;
    lo-txtpdf) $LO --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$TMP/tp" "$SRC/$in" >/dev/null 2>&1; cp "$TMP/tp/$base.pdf" "$OUT/$out" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" --metadata pagetitle="$base" -o "$OUT/$out" "$SRC/$in" ;;
    pandoc-docx) pandoc -t docx -o "$OUT/$out" "$SRC/$in" ;;
    pandoc-plain) pandoc -t plain --wrap=none -o "$OUT/$out" "$SRC/$in" ;;
    md-chromium) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" --metadata pagetitle="$base" -o "$TMP/$base.html" "$SRC/$in"
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$out" "file://$TMP/$base.html" 2>/dev/null ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  if [ -f "$SRC/truth/$out.json" ]; then cp "$SRC/truth/$out.json" "$OUT/$out.truth.json"; else cp "$SRC/truth/$base.json" "$OUT/$out.truth.json"; fi
  echo "built $out ($method)"
done
$PY "$SRC/split.py" > "$OUT/split.json"
rm -rf "$TMP"
