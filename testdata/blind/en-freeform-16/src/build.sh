#!/bin/bash
# Rebuilds every résumé file of this set from src/ and copies the truths beside them.
# Writes ONLY the files listed in src/convert.txt and their .truth.json; never deletes anything here.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/en16-build.XXXXXX)"
LO="-env:UserInstallation=file://$TMP/lo-profile"
trap 'rm -rf "$TMP"' EXIT
cd "$OUT"

lo() {  # lo FORMAT INPUT OUTPUT
  local fmt="$1" in="$2" out="$3" ext="${3##*.}"
  mkdir -p "$TMP/lo"
  soffice $LO --headless --convert-to "$fmt" --outdir "$TMP/lo" "$in" >/dev/null 2>&1
  local base; base="$(basename "${in%.*}")"
  mv "$TMP/lo/$base.$ext" "$out"
}

grep -v '^#' "$SRC/convert.txt" | while read -r out method in extra; do
  [ -z "$out" ] && continue
  case "$method" in
    copy)        cp "$SRC/$in" "$out" ;;
    python-docx) (cd "$SRC/docx" && /usr/bin/python3 "$(basename "$in")" "$OUT/$out") ;;
    lo-pdf)      if [[ "$in" == txt/* ]]; then lo "pdf:writer_pdf_Export" "$SRC/$in" "$out"; else lo pdf "$OUT/$in" "$out"; fi ;;
    lo-txt)      lo "txt:Text (encoded):UTF8" "$OUT/$in" "$out" ;;
    lo-html)     lo "html:XHTML Writer File:UTF8" "$OUT/$in" "$out" ;;
    pdftotext-layout) pdftotext -layout "$OUT/$in" "$out" ;;
    pandoc-plain) pandoc -f html -t plain --columns=80 "$SRC/$in" -o "$out" ;;
    pandoc-html) pandoc -f markdown -t html5 -s --metadata pagetitle="$(head -1 "$SRC/$in" | sed 's/^# //')" \
                   -H "$SRC/html/md-head.html" "$SRC/$in" -o "$out" ;;
    pandoc-chromium)
                 pandoc -f markdown -t html5 -s --metadata pagetitle="CV" -H "$SRC/html/md-head.html" \
                   "$SRC/$in" -o "$TMP/page.html"
                 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                   --print-to-pdf="$OUT/$out" "file://$TMP/page.html" >/dev/null 2>&1 ;;
    chromium)    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                   --print-to-pdf="$OUT/$out" "file://$SRC/$in" >/dev/null 2>&1 ;;
    pandoc-xelatex)
                 pandoc -f markdown "$SRC/$in" --pdf-engine=xelatex -H "$SRC/$extra" \
                   -V geometry:a4paper -V geometry:margin=2cm -V fontsize=10pt -o "$out" ;;
    xelatex)     mkdir -p "$TMP/tex"; cp "$SRC/$in" "$TMP/tex/"
                 (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$(basename "$in")" >/dev/null \
                   && xelatex -interaction=nonstopmode "$(basename "$in")" >/dev/null)
                 cp "$TMP/tex/$(basename "${in%.tex}").pdf" "$out" ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  echo "built $out ($method)"
done

# truths: src/truth/NAME.EXT.json overrides src/truth/NAME.json
grep -v '^#' "$SRC/convert.txt" | awk 'NF{print $1}' | while read -r f; do
  name="${f%.*}"
  if [ -f "$SRC/truth/$f.json" ]; then cp "$SRC/truth/$f.json" "$f.truth.json"
  else cp "$SRC/truth/$name.json" "$f.truth.json"; fi
done
echo "truths copied"
