#!/bin/sh
# Rebuild every résumé file of zh-freeform-24 from src/, walking src/convert.txt in order.
# For each line only that output file and its .truth.json are replaced; nothing else is deleted
# (README.md, split.json and src/ are never touched, apart from split.json being rewritten at the end).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
WORK=$(mktemp -d /tmp/zh24-build.XXXXXX)
export FONTCONFIG_FILE="$SRC/fonts.conf"
PY=/usr/bin/python3
LO="soffice -env:UserInstallation=file://$WORK/profile --headless"
cd "$SET"

lo() { # lo FILTER INPUT OUT [INFILTER]
  rm -rf "$WORK/lo"; mkdir -p "$WORK/lo"
  if [ $# -ge 4 ]; then
    $LO --infilter="$4" --convert-to "$1" --outdir "$WORK/lo" "$2" >/dev/null 2>&1
  else
    $LO --convert-to "$1" --outdir "$WORK/lo" "$2" >/dev/null 2>&1
  fi
  mv "$WORK/lo/"* "$3"
}

grep -v '^#' "$SRC/convert.txt" | grep -v '^[[:space:]]*$' | while read -r OUT METHOD IN EXTRA; do
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  case "$METHOD" in
    copy)          cp "$IN" "$OUT" ;;
    python-docx)   (cd "$SRC/docx" && $PY "$SET/$IN" "$SET/$OUT") ;;
    python-docx-pdf) (cd "$SRC/docx" && $PY "$SET/$IN" "$WORK/$(basename "$OUT" .pdf).docx") \
                     && lo pdf "$WORK/$(basename "$OUT" .pdf).docx" "$OUT" ;;
    lo-pdf)        lo pdf "$IN" "$OUT" ${EXTRA:+"$EXTRA"} ;;
    lo-docx)       lo 'docx:MS Word 2007 XML' "$IN" "$OUT" ${EXTRA:+"$EXTRA"} ;;
    lo-txt)        lo 'txt:Text (encoded):UTF8' "$IN" "$OUT" ${EXTRA:+"$EXTRA"} ;;
    chromium-pdf)  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                     --user-data-dir="$WORK/chrome" --print-to-pdf="$SET/$OUT" "file://$SET/$IN" >/dev/null 2>&1 ;;
    pandoc-html)   pandoc -f "${EXTRA%%:*}" -t html5 -s --self-contained --css "${EXTRA#*:}" \
                     --metadata pagetitle="$(basename "$OUT" .html)" -o "$OUT" "$IN" ;;
    pandoc-docx)   pandoc -f "$EXTRA" -t docx -o "$OUT" "$IN" ;;
    xelatex)       (cd "$WORK" && cp "$SET/$IN" doc.tex && xelatex -interaction=nonstopmode doc.tex >/dev/null \
                     && xelatex -interaction=nonstopmode doc.tex >/dev/null; cp doc.pdf "$SET/$OUT") ;;
    pdftotext)     pdftotext $EXTRA "$IN" "$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  NAME=${OUT%.*}
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$OUT.truth.json"
  else cp "$SRC/truth/$NAME.json" "$OUT.truth.json"; fi
  echo "built $OUT ($METHOD)"
done
$PY "$SRC/split.py"
rm -rf "$WORK"
