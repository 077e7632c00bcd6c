#!/bin/sh
# Rebuild the 28 résumé files of zh-freeform-27 from src/ (walks src/convert.txt in order).
# For each line it removes only that output file and its .truth.json, builds the file and copies the truth
# (src/truth/NAME.EXT.json wins over src/truth/NAME.json). Never deletes README.md, split.json or src/.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/zh27-build.XXXXXX)
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
cd "$SET"
chrome() { # $1 = html, $2 = pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$SET/$2" "file://$1" >/dev/null 2>&1
}
grep -v '^#' "$SRC/convert.txt" | while read -r OUT METHOD IN EXTRA; do
  [ -n "$OUT" ] || continue
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  BASE=${OUT%.*}
  case "$METHOD" in
    copy) cp "$SET/$IN" "$SET/$OUT" ;;
    docx) $PY "$SET/$IN" "$SET/$OUT" ;;
    outline) $PY "$SET/$IN" "$EXTRA" "$SET/$OUT" ;;
    lo-pdf) $LO --convert-to pdf --outdir "$TMP" "$SET/$IN" >/dev/null 2>&1; mv "$TMP/${IN%.*}.pdf" "$SET/$OUT" ;;
    lo-txt) $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$SET/$IN" >/dev/null 2>&1; mv "$TMP/${IN%.*}.txt" "$SET/$OUT" ;;
    pandoc-docx) pandoc -f markdown -t docx -o "$SET/$OUT" "$SET/$IN" ;;
    pandoc-plain) pandoc -f html -t plain --wrap=none -o "$SET/$OUT" "$SET/$IN" ;;
    pandoc-docx2html) pandoc -f docx -t html5 -s --wrap=none --metadata title="$EXTRA" -o "$SET/$OUT" "$SET/$IN" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --wrap=none --self-contained --css "$SET/$EXTRA" --metadata pagetitle="$BASE" -o "$SET/$OUT" "$SET/$IN" ;;
    md2pdf) pandoc -f markdown -t html5 -s --wrap=none --self-contained --css "$SET/$EXTRA" --metadata pagetitle="$BASE" -o "$TMP/$BASE.html" "$SET/$IN"
            chrome "$TMP/$BASE.html" "$OUT" ;;
    chromium) chrome "$SET/$IN" "$OUT" ;;
    xelatex) D="$TMP/tex-$BASE"; mkdir -p "$D"; cp "$(dirname "$SET/$IN")"/* "$D/"
             (cd "$D" && xelatex -interaction=nonstopmode "$(basename "$IN")" >/dev/null 2>&1 && xelatex -interaction=nonstopmode "$(basename "$IN")" >/dev/null 2>&1)
             cp "$D/$(basename "${IN%.*}").pdf" "$SET/$OUT" ;;
    pdftotext) pdftotext -layout "$SET/$IN" "$SET/$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$SET/$OUT.truth.json"
  else cp "$SRC/truth/$BASE.json" "$SET/$OUT.truth.json"; fi
  echo "built $OUT ($METHOD)"
done
$PY "$SRC/split.py"
rm -rf "$TMP"
