#!/bin/sh
# Rebuild the 28 résumé files of zh-freeform-31 from src/ (see src/convert.txt).
# Removes only each output file and its .truth.json before remaking them; never README.md, split.json or src/.
set -eu
SET="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$SET/src"
PY=/usr/bin/python3
TMP="$(mktemp -d /tmp/zh31-build.XXXXXX)"
LO="soffice --headless -env:UserInstallation=file://$TMP/lo-profile"
cd "$SET"
grep -v '^#' "$SRC/convert.txt" | while read -r OUT METHOD IN; do
  [ -n "$OUT" ] || continue
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  base="${OUT%.*}"
  case "$METHOD" in
    copy)       cp "$SET/$IN" "$SET/$OUT" ;;
    chromium)   chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                  --print-to-pdf="$SET/$OUT" "file://$SET/$IN" >/dev/null 2>&1 ;;
    md-chromium)
                pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" \
                  --metadata pagetitle="$base" "$SET/$IN" -o "$TMP/$base.html"
                chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                  --print-to-pdf="$SET/$OUT" "file://$TMP/$base.html" >/dev/null 2>&1 ;;
    pydocx)     $PY "$SET/$IN" "$SET/$OUT" ;;
    lo-pdf)     mkdir -p "$TMP/o"; $LO --convert-to pdf --outdir "$TMP/o" "$SET/$IN" >/dev/null 2>&1
                mv "$TMP/o/$base.pdf" "$SET/$OUT" ;;
    lo-txt)     mkdir -p "$TMP/o"; $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP/o" "$SET/$IN" >/dev/null 2>&1
                mv "$TMP/o/$base.txt" "$SET/$OUT" ;;
    lo-txtdocx) mkdir -p "$TMP/o"; $LO --infilter="Text (encoded):UTF8" --convert-to docx --outdir "$TMP/o" "$SET/$IN" >/dev/null 2>&1
                mv "$TMP/o/$base.docx" "$SET/$OUT" ;;
    md-html)    pandoc -f markdown -t html5 -s --self-contained --css "$SRC/plain.css" \
                  --metadata pagetitle="$base" "$SET/$IN" -o "$SET/$OUT" ;;
    plain)      pandoc -t plain --wrap=none "$SET/$IN" -o "$SET/$OUT" ;;
    html-docx)  pandoc -f html -t docx "$SET/$IN" -o "$SET/$OUT" ;;
    xelatex)    mkdir -p "$TMP/tex"; cp "$SET/$IN" "$TMP/tex/$base.tex"
                (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$base.tex" >/dev/null 2>&1 && \
                  xelatex -interaction=nonstopmode "$base.tex" >/dev/null 2>&1)
                mv "$TMP/tex/$base.pdf" "$SET/$OUT" ;;
    pdftotext)  pdftotext -layout -enc UTF-8 "$SET/$IN" "$SET/$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  person="${OUT%.*}"
  if [ -f "$SRC/truth/$OUT.json" ]; then T="$SRC/truth/$OUT.json"; else T="$SRC/truth/$person.json"; fi
  cp "$T" "$SET/$OUT.truth.json"
  echo "built $OUT ($METHOD)"
done
rm -rf "$TMP"
$PY "$SRC/split.py"
