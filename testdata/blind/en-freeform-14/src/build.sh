#!/bin/bash
# Rebuilds every résumé of this set into the set folder (the parent of src/) in the order of
# src/producers.tsv, then copies the truths beside the files. Usage: src/build.sh [NAME...]
# It only ever writes/overwrites the files listed in producers.tsv and their .truth.json;
# README.md, split.json and src/ are never touched.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/en14-build.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1740819600
LOPROF="file://$TMP/lo-profile"
PY=/usr/bin/python3

want() {  # is this file's person selected?
  local f="$1"; shift
  [ $# -eq 0 ] && return 0
  for n in "$@"; do [[ "$f" == "$n".* ]] && return 0; done
  return 1
}

lo() { soffice -env:UserInstallation="$LOPROF" --headless "$@" >/dev/null 2>&1; }

while IFS=$'\t' read -r file producer input; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  want "$file" "$@" || continue
  in="$OUT/$input"
  case "$producer" in
    copy) cp "$in" "$OUT/$file" ;;
    python-docx) (cd "$SRC/docx" && $PY "$(basename "$in")" "$OUT/$file") ;;
    python-gen) $PY "$in" "$OUT/$file" ;;
    libreoffice-pdf)
      lo --convert-to pdf --outdir "$TMP" "$in"; mv "$TMP/${file%.pdf}.pdf" "$OUT/$file" ;;
    libreoffice-txt)
      lo --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$in"; mv "$TMP/${file%.txt}.txt" "$OUT/$file" ;;
    libreoffice-html-docx)
      lo --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$TMP" "$in"
      mv "$TMP/${file%.docx}.docx" "$OUT/$file" ;;
    xelatex)
      b=$(basename "$in" .tex); cp "$in" "$TMP/"
      (cd "$TMP" && xelatex -interaction=nonstopmode "$b.tex" >/dev/null && xelatex -interaction=nonstopmode "$b.tex" >/dev/null)
      mv "$TMP/$b.pdf" "$OUT/$file" ;;
    pdftotext-layout) pdftotext -layout "$in" "$OUT/$file" ;;
    pandoc-md-docx) pandoc -f markdown -t docx "$in" -o "$OUT/$file" ;;
    pandoc-html-md)
      pandoc -f html -t markdown-raw_html-native_divs-native_spans-fenced_divs-bracketed_spans-link_attributes-header_attributes-smart \
        --wrap=none "$in" -o "$OUT/$file" ;;
    pandoc-gfm-html)
      pandoc -f gfm -t html5 -s --metadata title="Kieran Mossop — CV" -V pagetitle="Kieran Mossop — CV" \
        -H "$SRC/md-head.html" "$in" | sed '/<header id="title-block-header">/,/<\/header>/d' > "$OUT/$file" ;;
    pandoc-latex-html)
      pandoc -f latex -t html5 -s --metadata pagetitle="Marcia A. Gooding — CV" "$in" -o "$OUT/$file" ;;
    pandoc-xelatex)
      pandoc -f markdown "$in" -o "$OUT/$file" --pdf-engine=xelatex -V CJKmainfont="Noto Serif CJK SC" \
        -V mainfont="TeX Gyre Termes" -V geometry:margin=2cm -V fontsize=10pt ;;
    enscript)
      enscript -q -B -f Courier10 --margins=56:56:50:50 -o "$TMP/e.ps" "$in"
      ps2pdf "$TMP/e.ps" "$OUT/$file" ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$TMP/chromium" --print-to-pdf="$OUT/$file" "file://$in" >/dev/null 2>&1 ;;
    *) echo "unknown producer $producer for $file" >&2; exit 1 ;;
  esac
  name="${file%%.*}"
  if [ -f "$SRC/truth/$file.json" ]; then t="$SRC/truth/$file.json"; else t="$SRC/truth/$name.json"; fi
  cp "$t" "$OUT/$file.truth.json"
  echo "built $file ($producer)"
done < "$SRC/producers.tsv"
