#!/bin/bash
# Rebuild every file of en-freeform-12 from src/ and copy the truths beside them.
# usage: src/build.sh [NAME ...]   (NAME = file stem, e.g. en_cody_haskins; none = all)
# needs: /usr/bin/python3 + python3-docx, pandoc, libreoffice-writer, chromium, enscript, ghostscript,
#        groff (pdfroff), texlive-xetex, texlive-luatex, tex-gyre, w3m, poppler-utils,
#        fonts-noto-cjk, fonts-liberation, fonts-crosextra-carlito
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
SRC="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/ef12-build.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
LO=(soffice -env:UserInstallation=file://$TMP/lo-profile --headless)
cd "$SET"


build_one() {
  local out="$1" prod="$2" in="$3" stem="${1%.*}"
  case "$prod" in
    copy) cp "$in" "$out" ;;
    python-docx) (cd "$SRC/docx" && /usr/bin/python3 "$SET/$in" "$SET/$out") ;;
    libreoffice-pdf)
      rm -rf "$TMP/lo" && mkdir -p "$TMP/lo"
      "${LO[@]}" --convert-to pdf --outdir "$TMP/lo" "$in" >/dev/null 2>&1
      mv "$TMP/lo/$stem.pdf" "$out" ;;
    libreoffice-docx)
      rm -rf "$TMP/lo" && mkdir -p "$TMP/lo"
      "${LO[@]}" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP/lo" "$in" >/dev/null 2>&1
      mv "$TMP/lo/$stem.docx" "$out" ;;
    libreoffice-txt)
      rm -rf "$TMP/lo" && mkdir -p "$TMP/lo"
      "${LO[@]}" --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP/lo" "$in" >/dev/null 2>&1
      mv "$TMP/lo/$stem.txt" "$out" ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
        --print-to-pdf="$SET/$out" "file://$SET/$in" >/dev/null 2>&1 ;;
    enscript-ps2pdf)
      iconv -f UTF-8 -t LATIN1 "$in" > "$TMP/$stem.l1"
      enscript -q -M A4 --encoding=latin1 -f Courier10 -F Courier-Bold10 --margins=40:40:36:36 \
        --header='CV_deBurca_2025.txt|curriculum vitae|Page $% of $=' \
        -p "$TMP/$stem.ps" "$TMP/$stem.l1"
      ps2pdf -sPAPERSIZE=a4 "$TMP/$stem.ps" "$out" ;;
    pandoc-html-docx) pandoc -f html -t docx -o "$out" "$in" ;;
    pandoc-gfm-docx) pandoc -f gfm -t docx -o "$out" "$in" ;;
    pandoc-ms-pdfroff) pandoc -s -f markdown -t ms --pdf-engine=pdfroff -V papersize=a4 -o "$out" "$in" ;;
    pandoc-lualatex) pandoc -s -f markdown --pdf-engine=lualatex -o "$out" "$in" ;;
    pandoc-odt-libreoffice)
      rm -rf "$TMP/lo" && mkdir -p "$TMP/lo"
      pandoc -f markdown -t odt -o "$TMP/lo/$stem.odt" "$in"
      "${LO[@]}" --convert-to pdf --outdir "$TMP/lo" "$TMP/lo/$stem.odt" >/dev/null 2>&1
      mv "$TMP/lo/$stem.pdf" "$out" ;;
    xelatex)
      mkdir -p "$TMP/tex" && cp "$in" "$TMP/tex/"
      (cd "$TMP/tex" && xelatex -interaction=nonstopmode -halt-on-error "$(basename "$in")" >/dev/null \
        && xelatex -interaction=nonstopmode -halt-on-error "$(basename "$in")" >/dev/null)
      mv "$TMP/tex/$stem.pdf" "$out" ;;
    pdftotext-layout) pdftotext -enc UTF-8 -layout "$in" "$out" ;;
    w3m-dump) w3m -dump -cols 100 -O UTF-8 -T text/html "$in" > "$out" ;;
    *) echo "unknown producer $prod" >&2; exit 1 ;;
  esac
  # truth: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
  if [ -f "$SRC/truth/$out.json" ]; then
    cp "$SRC/truth/$out.json" "$out.truth.json"
  else
    cp "$SRC/truth/$stem.json" "$out.truth.json"
  fi
  echo "built $out ($prod)"
}

grep -v '^#' "$SRC/producers.tsv" | while IFS=$'\t' read -r out prod in; do
  [ -z "$out" ] && continue
  if [ $# -gt 0 ]; then
    hit=0
    for n in "$@"; do [ "${out%.*}" = "$n" ] && hit=1; done
    [ $hit -eq 1 ] || continue
  fi
  build_one "$out" "$prod" "$in"
done
