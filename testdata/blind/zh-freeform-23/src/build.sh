#!/bin/sh
# Rebuild every résumé file of zh-freeform-23 from src/, walking src/convert.txt in order.
# For each line it removes only that output and its .truth.json, then produces them again.
# README.md, split.json and src/ are never touched (split.json is rewritten by src/split.py at the end).
set -eu
SET="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$SET/src"
WORK="$(mktemp -d /tmp/zh23-build.XXXXXX)"
export FONTCONFIG_FILE="$SRC/fonts.conf"
export PYTHONDONTWRITEBYTECODE=1
LO="soffice -env:UserInstallation=file://$WORK/lo-profile --headless"
cd "$SET"

pagetitle() {  # first heading of a Markdown file, tags stripped
  grep -m1 -E '^(# |<h1)' "$1" | sed -e 's/<[^>]*>//g' -e 's/^# //'
}

grep -v -e '^#' -e '^$' "$SRC/convert.txt" | while read -r OUT METHOD IN EXTRA; do
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  case "$METHOD" in
    copy) cp "$IN" "$OUT" ;;
    docx-py) (cd "$SRC/docx" && /usr/bin/python3 "$SET/$IN" "$SET/$OUT") ;;
    lo-pdf) $LO --convert-to pdf --outdir "$WORK/lo" "$IN" >/dev/null 2>&1
            cp "$WORK/lo/$(basename "${IN%.*}").pdf" "$OUT" ;;
    lo-txt) $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$WORK/lo" "$IN" >/dev/null 2>&1
            cp "$WORK/lo/$(basename "${IN%.*}").txt" "$OUT" ;;
    lo-txt2docx) $LO --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" \
                   --convert-to "docx:MS Word 2007 XML" --outdir "$WORK/lo" "$IN" >/dev/null 2>&1
                 cp "$WORK/lo/$(basename "${IN%.*}").docx" "$OUT" ;;
    xelatex) mkdir -p "$WORK/tex"; cp "$IN" "$WORK/tex/"
             (cd "$WORK/tex" && for i in 1 2; do xelatex -interaction=nonstopmode "$(basename "$IN")" >/dev/null; done)
             cp "$WORK/tex/$(basename "${IN%.*}").pdf" "$OUT" ;;
    pdftotext-layout) pdftotext -layout -enc UTF-8 "$IN" "$OUT" ;;
    chromium-pdf) chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                    --user-data-dir="$WORK/chrome" --print-to-pdf="$SET/$OUT" "file://$SET/$IN" >/dev/null 2>&1 ;;
    pandoc-html) { echo "<style>"; cat "$EXTRA"; echo "</style>"; } > "$WORK/head.html"
                 pandoc -f gfm -t html5 -s -H "$WORK/head.html" --metadata pagetitle="$(pagetitle "$IN")" "$IN" -o "$OUT" ;;
    md-lo-pdf) { echo "<style>"; cat "$EXTRA"; echo "</style>"; } > "$WORK/head.html"
               B="$(basename "${IN%.*}")"
               pandoc -f gfm -t html5 -s -H "$WORK/head.html" --metadata pagetitle="$(pagetitle "$IN")" "$IN" -o "$WORK/$B.html"
               $LO --convert-to pdf --outdir "$WORK/lo" "$WORK/$B.html" >/dev/null 2>&1
               cp "$WORK/lo/$B.pdf" "$OUT" ;;
    pandoc-docx) pandoc -f markdown -t docx "$IN" -o "$OUT" ;;
    pandoc-xelatex) (cd "$WORK" && pandoc -f markdown -t pdf --pdf-engine=xelatex "$SET/$IN" -o "$SET/$OUT") ;;
    pandoc-plain) pandoc -f html -t plain --wrap=none "$IN" -o "$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  NAME="${OUT%.*}"
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$OUT.truth.json"
  else cp "$SRC/truth/$NAME.json" "$OUT.truth.json"; fi
  echo "built $OUT ($METHOD)"
done
/usr/bin/python3 "$SRC/split.py"
rm -rf "$WORK"
