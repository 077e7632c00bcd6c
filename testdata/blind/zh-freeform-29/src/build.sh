#!/bin/sh
# Rebuild the 28 résumé files of zh-freeform-29 from src/convert.txt.
# Removes only each listed output file and its .truth.json before remaking it; never README.md, split.json or src/.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zh29-build.XXXXXX)
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
cd "$OUT"
grep -v '^#' "$SRC/convert.txt" | grep -v '^ *$' | while read -r o m i x; do
  rm -f "$OUT/$o" "$OUT/$o.truth.json"
  case "$i" in src/*) in="$OUT/$i" ;; *) in="$OUT/$i" ;; esac
  base=${o%.*}; ext=${o##*.}
  case "$m" in
    copy) cp "$in" "$OUT/$o" ;;
    pydocx) (cd "$SRC/docx" && /usr/bin/python3 "$in" "$OUT/$o") ;;
    lo-pdf)
      mkdir -p "$TMP/lo-out"
      case "$in" in
        *.txt) $LO --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$TMP/lo-out" "$in" >/dev/null 2>&1 ;;
        *) $LO --convert-to pdf --outdir "$TMP/lo-out" "$in" >/dev/null 2>&1 ;;
      esac
      mv "$TMP/lo-out/$base.pdf" "$OUT/$o" ;;
    lo-txt)
      mkdir -p "$TMP/lo-out"
      $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP/lo-out" "$in" >/dev/null 2>&1
      mv "$TMP/lo-out/$base.txt" "$OUT/$o" ;;
    lo-html)
      mkdir -p "$TMP/lo-out"
      $LO --convert-to html --outdir "$TMP/lo-out" "$in" >/dev/null 2>&1
      mv "$TMP/lo-out/$base.html" "$OUT/$o" ;;
    xelatex)
      mkdir -p "$TMP/tex-$base"; cp "$(dirname "$in")"/* "$TMP/tex-$base/"
      (cd "$TMP/tex-$base" && xelatex -interaction=nonstopmode cv.tex >/dev/null && xelatex -interaction=nonstopmode cv.tex >/dev/null)
      cp "$TMP/tex-$base/cv.pdf" "$OUT/$o" ;;
    pdftotext) pdftotext -layout "$in" "$OUT/$o" ;;
    pandoc-docx) pandoc -f "$x" -t docx "$in" -o "$OUT/$o" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/html/plain.css" --metadata pagetitle="$base" "$in" -o "$OUT/$o" ;;
    pandoc-plain) pandoc -f "$x" -t plain --wrap=none "$in" -o "$OUT/$o" ;;
    chromium)
      case "$in" in
        *.md) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/html/plain.css" --metadata pagetitle="$base" "$in" -o "$TMP/$base.html"; page="$TMP/$base.html" ;;
        *) page="$in" ;;
      esac
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" --print-to-pdf="$OUT/$o" "file://$page" >/dev/null 2>&1 ;;
    *) echo "unknown method $m" >&2; exit 1 ;;
  esac
  t="$SRC/truth/$o.json"; [ -f "$t" ] || t="$SRC/truth/$base.json"
  cp "$t" "$OUT/$o.truth.json"
  echo "made $o ($m)"
done
/usr/bin/python3 "$SRC/split.py" > "$OUT/split.json"
rm -rf "$TMP"
