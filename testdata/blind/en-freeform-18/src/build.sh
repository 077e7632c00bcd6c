#!/bin/bash
# Rebuilds every résumé file of the set and copies the truths. Never deletes anything in the set folder.
set -euo pipefail
SET="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$SET/src"
cd "$SET"
TMP="$(mktemp -d /tmp/ef18-build.XXXXXX)"
LOPROF="file://$TMP/lo-profile"
PY=/usr/bin/python3

lo() {  # lo FILTER INPUT  -> writes into $TMP/lo, then caller copies
  mkdir -p "$TMP/lo"
  soffice -env:UserInstallation="$LOPROF" --headless --convert-to "$1" --outdir "$TMP/lo" "$2" >/dev/null 2>&1
}

grep -v '^#' "$SRC/convert.txt" | while read -r OUT METHOD IN; do
  [ -z "$OUT" ] && continue
  echo "== $OUT ($METHOD $IN)"
  case "$METHOD" in
    copy) cp "$IN" "$OUT" ;;
    python-docx) $PY "$IN" "$OUT" ;;
    libreoffice-pdf) lo pdf "$IN"; cp "$TMP/lo/$(basename "${IN%.*}").pdf" "$OUT" ;;
    libreoffice-txt) lo "txt:Text (encoded):UTF8" "$IN"; cp "$TMP/lo/$(basename "${IN%.*}").txt" "$OUT" ;;
    chromium-pdf) chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                    --user-data-dir="$TMP/chrome" --print-to-pdf="$SET/$OUT" "file://$SET/$IN" >/dev/null 2>&1 ;;
    pandoc-docx) pandoc -f markdown -t docx -o "$OUT" "$IN" ;;
    pandoc-html) pandoc -f markdown-smart -t html5 -s -H "$SRC/md-head.html" \
                   --metadata pagetitle="$(basename "${OUT%.*}")" -o "$OUT" "$IN" ;;
    pandoc-xelatex) pandoc -f markdown-smart --pdf-engine=xelatex -H "$SRC/tex/${OUT%.*}.preamble.tex" \
                      -V geometry:a4paper,margin=17mm -V mainfont="TeX Gyre Pagella" -V fontsize=10pt -o "$OUT" "$IN" ;;
    pandoc-plain) pandoc -f html -t plain --columns=100 -o "$OUT" "$IN" ;;
    pdflatex) mkdir -p "$TMP/tex"; cp "$IN" "$TMP/tex/"; b="$(basename "${IN%.*}")"
              (cd "$TMP/tex" && pdflatex -interaction=nonstopmode "$b.tex" >/dev/null && pdflatex -interaction=nonstopmode "$b.tex" >/dev/null)
              cp "$TMP/tex/$b.pdf" "$OUT" ;;
    pdftotext) pdftotext -enc UTF-8 "$IN" "$OUT" ;;
    pdftotext-layout) pdftotext -enc UTF-8 -layout "$IN" "$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
done

# truths: src/truth/NAME.EXT.json wins over src/truth/NAME.json
grep -v '^#' "$SRC/convert.txt" | awk 'NF{print $1}' | sort -u | while read -r OUT; do
  base="${OUT%.*}"
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$OUT.truth.json"
  else cp "$SRC/truth/$base.json" "$OUT.truth.json"; fi
done
rm -rf "$TMP"
echo done
