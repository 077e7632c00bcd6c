#!/bin/sh
# Rebuild every résumé file of zh-freeform-26 from src/, walking src/convert.txt.
# For each line only that output file and its .truth.json are replaced; nothing
# else in the folder is deleted (no globs).  Ends by rewriting split.json.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zh26-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
PY=/usr/bin/python3
export PYTHONDONTWRITEBYTECODE=1
LO_PROFILE="file://$TMP/lo-profile"

lo() {   # lo FILTER INPUT -> converted file in $TMP/lo-out
  rm -rf "$TMP/lo-out"; mkdir -p "$TMP/lo-out"
  FONTCONFIG_FILE="$SRC/fonts.conf" soffice -env:UserInstallation="$LO_PROFILE" \
    --headless --convert-to "$1" --outdir "$TMP/lo-out" "$2" >/dev/null 2>&1
}

path_of() {  # INPUT as written in convert.txt -> real path
  case "$1" in
    @*) echo "$TMP/scratch/${1#@}" ;;
    *)  echo "$SET/$1" ;;
  esac
}

mkdir -p "$TMP/scratch"
cd "$SET"
grep -v '^[[:space:]]*#' "$SRC/convert.txt" | grep -v '^[[:space:]]*$' |
while read -r OUT METHOD IN EXTRA; do
  case "$OUT" in
    @*) DEST="$TMP/scratch/${OUT#@}" ;;
    *)  DEST="$SET/$OUT"; rm -f "$DEST" "$DEST.truth.json" ;;
  esac
  INP=$(path_of "$IN")
  base=$(basename "$DEST"); stem=${base%.*}
  case "$METHOD" in
    copy)
      cp "$INP" "$DEST" ;;
    docx-py)
      (cd "$(dirname "$INP")" && $PY "$(basename "$INP")" "$DEST") ;;
    lo-pdf)
      lo pdf "$INP"; mv "$TMP/lo-out/$stem.pdf" "$DEST" ;;
    lo-txt)
      lo "txt:Text (encoded):UTF8" "$INP"; mv "$TMP/lo-out/$stem.txt" "$DEST" ;;
    lo-xhtml)
      lo "xhtml:XHTML Writer File:UTF8" "$INP"; mv "$TMP/lo-out/$stem.xhtml" "$DEST" ;;
    pandoc-plain-html)
      pandoc -f html -t plain --wrap=none "$INP" -o "$DEST" ;;
    pandoc-plain-md)
      pandoc -f markdown -t plain -s --wrap=none "$INP" -o "$DEST" ;;
    pandoc-gfm-html)
      pandoc -f gfm -t html5 -s --wrap=none --self-contained \
        --css "$SRC/html/github-like.css" --metadata pagetitle="${EXTRA:-resume}" "$INP" -o "$DEST" ;;
    pandoc-site-html)
      pandoc -f markdown -t html5 --wrap=none --template "$SRC/html/site-template.html" "$INP" -o "$DEST" ;;
    chromium-pdf)
      FONTCONFIG_FILE="$SRC/fonts-chromium.conf" chromium --headless --no-sandbox --disable-gpu \
        --no-pdf-header-footer --user-data-dir="$TMP/chromium" \
        --print-to-pdf="$DEST" "file://$INP" >/dev/null 2>&1 ;;
    xelatex)
      W="$TMP/tex-$stem"; rm -rf "$W"; mkdir -p "$W/Fonts/Tinos"
      cp "$INP"/*.tex "$W/"
      for s in Regular Italic Bold BoldItalic; do
        ln -s "/usr/share/fonts/truetype/liberation2/LiberationSerif-$s.ttf" "$W/Fonts/Tinos/Tinos-$s.ttf"
      done
      (cd "$W" && xelatex -interaction=nonstopmode -halt-on-error cv.tex >/dev/null &&
                  xelatex -interaction=nonstopmode -halt-on-error cv.tex >/dev/null)
      cp "$W/cv.pdf" "$DEST" ;;
    pdftotext-layout)
      pdftotext -layout -enc UTF-8 "$INP" "$DEST" ;;
    *)
      echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  [ -s "$DEST" ] || { echo "build failed: $OUT" >&2; exit 1; }
  case "$OUT" in
    @*) ;;
    *)
      person=${OUT%.*}
      if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$DEST.truth.json"
      else cp "$SRC/truth/$person.json" "$DEST.truth.json"; fi
      echo "built $OUT ($METHOD)" ;;
  esac
done
$PY "$SRC/split.py"
