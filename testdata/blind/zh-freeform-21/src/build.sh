#!/bin/sh
# Rebuild every résumé file of zh-freeform-21 from src/, walking src/convert.txt in order.
# For each line it removes only that output file and its .truth.json (never README.md,
# split.json or anything in src/), makes the file, and copies the truth
# (src/truth/NAME.EXT.json wins over src/truth/NAME.json). At the end it rewrites split.json.
# Needs: /usr/bin/python3 + python3-docx, soffice, pandoc, xelatex (ctex, xeCJK, ESIEEcv),
# chromium, pdftotext, Noto CJK fonts.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
WORK=$(mktemp -d /tmp/zh21-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
LO="soffice -env:UserInstallation=file://$WORK/lo-profile --headless"
cd "$SET"

build_one() {
  out=$1; method=$2; in=$3
  base=${out%.*}
  rm -f "$SET/$out" "$SET/$out.truth.json"
  case $method in
    copy)
      cp "$SET/$in" "$SET/$out" ;;
    docx-py)
      (cd "$SRC/docx" && /usr/bin/python3 "$SET/$in" "$SET/$out") ;;
    lo-pdf)
      $LO --convert-to pdf --outdir "$WORK/lo" "$SET/$in" >/dev/null 2>&1
      cp "$WORK/lo/$base.pdf" "$SET/$out" ;;
    lo-txt)
      $LO --convert-to "txt:Text (encoded):UTF8" --outdir "$WORK/lo" "$SET/$in" >/dev/null 2>&1
      cp "$WORK/lo/$base.txt" "$SET/$out" ;;
    lo-txt2docx)
      $LO --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" --convert-to "docx:MS Word 2007 XML" \
          --outdir "$WORK/lo" "$SET/$in" >/dev/null 2>&1
      cp "$WORK/lo/$base.docx" "$SET/$out" ;;
    lo-html2docx)
      $LO --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" \
          --outdir "$WORK/lo" "$SET/$in" >/dev/null 2>&1
      cp "$WORK/lo/$base.docx" "$SET/$out" ;;
    pandoc-gfm)
      pandoc -f docx -t gfm --wrap=none "$SET/$in" -o "$SET/$out" ;;
    pandoc-html)
      pandoc -f gfm -t html5 -s --wrap=none --metadata pagetitle="农嘉树 · 简历" \
          -H "$SRC/html/nong-head.html" "$SET/$in" -o "$SET/$out" ;;
    pandoc-pdf)
      (cd "$WORK" && pandoc -f markdown -t pdf --pdf-engine=xelatex "$SET/$in" -o "$SET/$out") ;;
    pandoc-plain)
      pandoc -f html -t plain --wrap=none "$SET/$in" -o "$SET/$out" ;;
    xelatex)
      mkdir -p "$WORK/tex"
      cp "$SET/$in" "$WORK/tex/"
      (cd "$WORK/tex" && xelatex -interaction=nonstopmode "$(basename "$in")" >/dev/null \
                      && xelatex -interaction=nonstopmode "$(basename "$in")" >/dev/null)
      cp "$WORK/tex/$base.pdf" "$SET/$out" ;;
    chromium-pdf)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
          --user-data-dir="$WORK/chromium" --print-to-pdf="$SET/$out" "file://$SET/$in" >/dev/null 2>&1 ;;
    pdftotext-layout)
      pdftotext -layout -enc UTF-8 "$SET/$in" "$SET/$out" ;;
    pdftotext-raw)
      pdftotext -raw -enc UTF-8 "$SET/$in" "$SET/$out" ;;
    *)
      echo "unknown method $method" >&2; exit 1 ;;
  esac
  [ -s "$SET/$out" ] || { echo "failed: $out" >&2; exit 1; }
  person=${out%%.*}
  if [ -f "$SRC/truth/$out.json" ]; then
    cp "$SRC/truth/$out.json" "$SET/$out.truth.json"
  else
    cp "$SRC/truth/$person.json" "$SET/$out.truth.json"
  fi
  echo "built $out ($method)"
}

grep -v '^#' "$SRC/convert.txt" | grep -v '^[[:space:]]*$' | while read -r out method in; do
  build_one "$out" "$method" "$in"
done
/usr/bin/python3 "$SRC/split.py"
