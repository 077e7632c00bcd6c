#!/bin/sh
# Rebuilds the 28 résumé files of zh-freeform-32 from src/ (see src/convert.txt).
# Removes only each output file and its .truth.json before remaking it; never deletes src/, README.md or split.json.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/zh32-build.XXXXXX)
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
cd "$OUT"
grep -v '^#' "$SRC/convert.txt" | while read -r out method in; do
  [ -n "$out" ] || continue
  rm -f "$OUT/$out" "$OUT/$out.truth.json"
  case "$method" in
    copy) cp "$SRC/$in" "$OUT/$out" ;;
    pydocx) $PY "$SRC/$in" "$OUT/$out" ;;
    lo-pdf) $LO --convert-to pdf --outdir "$TMP" "$OUT/$in" >/dev/null 2>&1; mv "$TMP/${in%.*}.pdf" "$OUT/$out" ;;
    lo-txt) $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$OUT/$in" >/dev/null 2>&1; mv "$TMP/${in%.*}.txt" "$OUT/$out" ;;
    lo-txt2docx) cp "$SRC/$in" "$TMP/"; b=$(basename "$in"); $LO --infilter="Text (encoded):UTF8" --convert-to docx --outdir "$TMP/d" "$TMP/$b" >/dev/null 2>&1; mv "$TMP/d/${b%.*}.docx" "$OUT/$out" ;;
    chromium) chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$out" "file://$SRC/$in" >/dev/null 2>&1 ;;
    md-chromium) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" --metadata pagetitle="${out%.*}" "$SRC/$in" -o "$TMP/page.html"
                 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$out" "file://$TMP/page.html" >/dev/null 2>&1 ;;
    pandoc-plain) pandoc -t plain --wrap=none "$SRC/$in" -o "$OUT/$out" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" --metadata pagetitle="${out%.*}" "$SRC/$in" -o "$OUT/$out" ;;
    pandoc-docx) pandoc -t docx "$SRC/$in" -o "$OUT/$out" ;;
    xelatex) mkdir -p "$TMP/tex"; cp "$SRC/$in" "$TMP/tex/"; b=$(basename "$in" .tex)
             (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$b.tex" >/dev/null 2>&1; xelatex -interaction=nonstopmode "$b.tex" >/dev/null 2>&1 || true)
             mv "$TMP/tex/$b.pdf" "$OUT/$out" ;;
    pdftotext-layout) pdftotext -layout "$OUT/$in" "$OUT/$out" ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  name=${out%.*}
  if [ -f "$SRC/truth/$out.json" ]; then cp "$SRC/truth/$out.json" "$OUT/$out.truth.json"; else cp "$SRC/truth/$name.json" "$OUT/$out.truth.json"; fi
  echo "built $out ($method)"
done
$PY "$SRC/split.py"
rm -rf "$TMP"
