#!/bin/sh
# Rebuild the 28 résumé files of zh-freeform-28 from src/ (see src/convert.txt).
# For each line it removes only that output file and its .truth.json, never anything else.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
cd "$SET"
TMP=$(mktemp -d /tmp/zh28-build.XXXXXX)
PY=/usr/bin/python3
LO="soffice --headless -env:UserInstallation=file://$TMP/lo-profile"
chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }
grep -v '^#' "$SRC/convert.txt" | while read -r OUT METHOD IN EXTRA; do
  [ -n "$OUT" ] || continue
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  base=${OUT%.*}; ext=${OUT##*.}
  case "$METHOD" in
    copy)        cp "$IN" "$OUT" ;;
    lo-txt2docx) cp "$IN" "$TMP/$base.txt"
                 $LO --infilter="Text (encoded):UTF8" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP" "$TMP/$base.txt" >/dev/null 2>&1
                 mv "$TMP/$base.docx" "$OUT" ;;
    pydocx)      (cd "$SRC/docx" && $PY "$SET/$IN" "$SET/$OUT") ;;
    lo-pdf)      $LO --convert-to pdf --outdir "$TMP" "$IN" >/dev/null 2>&1; mv "$TMP/$base.pdf" "$OUT" ;;
    lo-txt)      $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$IN" >/dev/null 2>&1; mv "$TMP/$base.txt" "$OUT" ;;
    xelatex)     rm -rf "$TMP/tex-$base"; cp -r "$(dirname "$IN")" "$TMP/tex-$base"
                 (cd "$TMP/tex-$base" && xelatex -interaction=nonstopmode cv.tex >/dev/null && xelatex -interaction=nonstopmode cv.tex >/dev/null)
                 cp "$TMP/tex-$base/cv.pdf" "$OUT" ;;
    pdftotext)   pdftotext -layout "$IN" "$OUT" ;;
    md-chromium) pandoc -f markdown -t html5 -s --self-contained --metadata pagetitle="$(head -1 "$IN" | sed 's/^# *//')-推免简历" --css "$EXTRA" "$IN" -o "$TMP/$base.html"
                 chrome "$TMP/$base.html" "$SET/$OUT" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --self-contained --metadata pagetitle="$(head -1 "$IN" | sed 's/^# *//')" --css "$EXTRA" "$IN" -o "$OUT" ;;
    pandoc-gfm)  pandoc -f gfm -t html5 -s --self-contained --metadata pagetitle="冼默 XIAN Mo — 简历 CV" --css "$EXTRA" "$IN" -o "$OUT" ;;
    pandoc-docx) pandoc -f markdown -t docx "$IN" -o "$OUT" ;;
    pandoc-plain) pandoc -f markdown -t plain -s --wrap=none "$IN" -o "$OUT" ;;
    chromium)    chrome "$SET/$IN" "$SET/$OUT" ;;
    gen-h5)      $PY "$SRC/html/gen_h5.py" "$IN" "$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  if [ -f "$SRC/truth/$OUT.json" ]; then T="$SRC/truth/$OUT.json"; else T="$SRC/truth/$base.json"; fi
  cp "$T" "$SET/$OUT.truth.json"
  echo "built $OUT ($METHOD)"
done
$PY "$SRC/split.py"
rm -rf "$TMP"
