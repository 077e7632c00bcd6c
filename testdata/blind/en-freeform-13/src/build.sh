#!/bin/bash
# Rebuild every file of the set from src/ (order of src/producers.tsv), then copy the truths beside them.
# usage: src/build.sh [NAME...]     (NAME = file stem, e.g. en_tamsyn_pollard)
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/eff13.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1740787200   # 2025-03-01, for TeX
PY=/usr/bin/python3
LO=(soffice --headless "-env:UserInstallation=file://$TMP/lo-profile")
CHROME=(chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer)

want() { [ $# -eq 0 ] && return 0; local s="$1"; shift; for n in "${ONLY[@]}"; do [ "$n" = "$s" ] && return 0; done; return 1; }
ONLY=("$@")

lo_convert() {  # lo_convert FILTER INFILE OUTFILE
  local d="$TMP/lo.$RANDOM"; mkdir -p "$d"; cp "$2" "$d/"
  "${LO[@]}" --convert-to "$1" --outdir "$d/out" "$d/$(basename "$2")" >/dev/null 2>&1
  mv "$d/out/"* "$3"
}

while IFS=$'\t' read -r out prod inp; do
  [[ -z "$out" || "$out" == \#* ]] && continue
  stem="${out%.*}"
  if [ ${#ONLY[@]} -gt 0 ] && ! want "$stem"; then continue; fi
  echo "build $out ($prod)"
  case "$prod" in
    copy) cp "$OUT/$inp" "$OUT/$out" ;;
    python-docx) "$PY" "$OUT/$inp" "$OUT/$out" ;;
    lo-pdf) lo_convert pdf "$OUT/$inp" "$OUT/$out" ;;
    lo-docx) lo_convert docx "$OUT/$inp" "$OUT/$out" ;;
    lo-txt) lo_convert "txt:Text (encoded):UTF8" "$OUT/$inp" "$OUT/$out" ;;
    chromium) "${CHROME[@]}" --print-to-pdf="$OUT/$out" "file://$OUT/$inp" 2>/dev/null ;;
    pandoc-gfm-docx) pandoc -f gfm -t docx -o "$OUT/$out" "$OUT/$inp" ;;
    pandoc-docx-lo-pdf)
      pandoc -f markdown -t docx -o "$TMP/$stem.docx" "$OUT/$inp"
      lo_convert pdf "$TMP/$stem.docx" "$OUT/$out" ;;
    pandoc-html-md) pandoc -f html -t markdown_strict-raw_html --wrap=none -o "$OUT/$out" "$OUT/$inp" ;;
    pandoc-md-html)
      pandoc -f markdown -t html5 -s --metadata pagetitle="Vivian Kwok 郭詠詩 — CV" \
        -H "$SRC/md-head.html" -o "$OUT/$out" "$OUT/$inp" ;;
    gdoc-chromium)
      "$PY" "$SRC/gdoc/txt2gdoc.py" "$OUT/$inp" "$TMP/$stem.html"
      "${CHROME[@]}" --print-to-pdf="$OUT/$out" "file://$TMP/$stem.html" 2>/dev/null ;;
    xelatex)
      d="$TMP/tex.$stem"; mkdir -p "$d"; cp "$OUT/$inp" "$d/"
      (cd "$d" && for i in 1 2; do xelatex -interaction=nonstopmode "$(basename "$inp")" >/dev/null 2>&1 || true; done)
      cp "$d/$stem.pdf" "$OUT/$out" ;;
    xelatex-verbatim)
      d="$TMP/tex.$stem"; mkdir -p "$d"; cp "$OUT/$inp" "$SRC/txt/$stem.txt" "$d/"
      (cd "$d" && xelatex -interaction=nonstopmode "$(basename "$inp")" >/dev/null 2>&1 || true)
      cp "$d/$stem.pdf" "$OUT/$out" ;;
    pdftohtml)
      d="$TMP/p2h.$stem"; mkdir -p "$d"
      pdftohtml -s -i -noframes -q "$OUT/$inp" "$d/$stem" >/dev/null 2>&1
      cp "$d/$stem.html" "$OUT/$out" ;;
    *) echo "unknown producer $prod" >&2; exit 1 ;;
  esac
  [ -s "$OUT/$out" ] || { echo "FAILED: $out" >&2; exit 1; }
  person="${stem}"
  if [ -f "$SRC/truth/$out.json" ]; then cp "$SRC/truth/$out.json" "$OUT/$out.truth.json"
  else cp "$SRC/truth/$person.json" "$OUT/$out.truth.json"; fi
done < "$SRC/producers.tsv"
echo done
