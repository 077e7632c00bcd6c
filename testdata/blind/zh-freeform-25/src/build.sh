#!/bin/sh
# Rebuild every résumé file of zh-freeform-25 from src/, walking src/convert.txt in order.
# For each line it removes only that output file and its .truth.json (no globs, never README.md,
# split.json or src/), makes the file, copies the truth (src/truth/NAME.EXT.json wins over
# src/truth/NAME.json) and at the end rewrites split.json with src/split.py.
# usage: sh src/build.sh            (from anywhere)
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
PY=/usr/bin/python3
WORK=$(mktemp -d /tmp/zh25-build.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export FONTCONFIG_FILE="$SRC/fonts.conf"
export SOURCE_DATE_EPOCH=1746000000
LO="soffice -env:UserInstallation=file://$WORK/lo-profile --headless"

lo_convert() {  # lo_convert FILTER INPUT OUTPUT [INFILTER]
    rm -rf "$WORK/lo-out"; mkdir -p "$WORK/lo-out"
    if [ $# -ge 4 ]; then
        $LO --infilter="$4" --convert-to "$1" --outdir "$WORK/lo-out" "$2" >/dev/null 2>&1
    else
        $LO --convert-to "$1" --outdir "$WORK/lo-out" "$2" >/dev/null 2>&1
    fi
    f=$(ls "$WORK/lo-out" | head -n 1)
    [ -n "$f" ] || { echo "LibreOffice made nothing from $2" >&2; exit 1; }
    mv "$WORK/lo-out/$f" "$3"
}

# intermediate inputs live in $WORK; a line may name one made by an earlier line as @NAME
resolve() {
    case "$1" in
        @*) echo "$WORK/${1#@}" ;;
        *.docx|*.pdf|*.html|*.txt|*.md) if [ -e "$SET/$1" ]; then echo "$SET/$1"; else echo "$SRC/$1"; fi ;;
        *) echo "$SRC/$1" ;;
    esac
}

grep -v '^#' "$SRC/convert.txt" | grep -v '^[[:space:]]*$' | while read -r OUT METHOD IN EXTRA; do
    case "$OUT" in @*) DEST="$WORK/${OUT#@}" ;; *) DEST="$SET/$OUT" ;; esac
    case "$OUT" in @*) ;; *) rm -f "$SET/$OUT" "$SET/$OUT.truth.json" ;; esac
    INP=$(resolve "$IN")
    case "$METHOD" in
        copy)       cp "$INP" "$DEST" ;;
        python-docx) (cd "$SRC/docx" && $PY "$(basename "$INP")" "$DEST") ;;
        lo-pdf)     lo_convert pdf "$INP" "$DEST" ;;
        lo-docx)    lo_convert 'docx:MS Word 2007 XML' "$INP" "$DEST" ;;
        lo-docx-txt) lo_convert 'docx:MS Word 2007 XML' "$INP" "$DEST" 'Text (encoded):UTF8,LF,宋体,zh-CN' ;;
        lo-txt)     lo_convert 'txt:Text (encoded):UTF8' "$INP" "$DEST" ;;
        lo-txt-html) lo_convert 'txt:Text (encoded):UTF8' "$INP" "$DEST" 'HTML (StarWriter)' ;;
        lo-html)    lo_convert 'html:HTML (StarWriter)' "$INP" "$DEST" ;;
        pandoc-md-html) # EXTRA: template file (src/html/…) or css file
            case "$EXTRA" in
                *template*) pandoc -f markdown -t html5 --template "$SRC/$EXTRA" "$INP" -o "$DEST" ;;
                *) pandoc -f markdown -t html5 -s --self-contained --css "$SRC/$EXTRA" "$INP" -o "$DEST" ;;
            esac ;;
        pandoc-gfm-html) pandoc -f gfm -t html5 -s --self-contained --css "$SRC/$EXTRA" \
                        --metadata pagetitle="README.md" "$INP" -o "$DEST" ;;
        chromium-pdf) FONTCONFIG_FILE="$SRC/fonts-chromium.conf" chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                        --user-data-dir="$WORK/chromium" --print-to-pdf="$DEST" "file://$INP" >/dev/null 2>&1 ;;
        pdflatex)   # INPUT is a folder under src/tex holding NAME.tex and parts/
            rm -rf "$WORK/tex"; cp -r "$INP" "$WORK/tex"
            (cd "$WORK/tex" && pdflatex -interaction=nonstopmode "$(basename "$OUT" .pdf).tex" >/dev/null \
                && pdflatex -interaction=nonstopmode "$(basename "$OUT" .pdf).tex" >/dev/null)
            cp "$WORK/tex/$(basename "$OUT" .pdf).pdf" "$DEST" ;;
        xelatex)
            rm -rf "$WORK/tex"; mkdir -p "$WORK/tex"; cp "$INP" "$WORK/tex/"
            (cd "$WORK/tex" && xelatex -interaction=nonstopmode "$(basename "$INP")" >/dev/null \
                && xelatex -interaction=nonstopmode "$(basename "$INP")" >/dev/null)
            cp "$WORK/tex/$(basename "$INP" .tex).pdf" "$DEST" ;;
        pdftotext-layout) pdftotext -layout -enc UTF-8 "$INP" "$DEST" ;;
        pdftotext-raw)    pdftotext -raw -enc UTF-8 "$INP" "$DEST" ;;
        *) echo "unknown method $METHOD" >&2; exit 1 ;;
    esac
    case "$OUT" in
        @*) ;;
        *)  base=${OUT%.*}
            if [ -e "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$SET/$OUT.truth.json"
            else cp "$SRC/truth/$base.json" "$SET/$OUT.truth.json"; fi
            echo "built $OUT ($METHOD)" ;;
    esac
done
$PY "$SRC/split.py"
