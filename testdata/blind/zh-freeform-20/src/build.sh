#!/bin/sh
# Rebuild every résumé file of zh-freeform-20 from src/, walking src/convert.txt in order.
# For each line only that output file and its .truth.json are removed and rebuilt; nothing else is deleted
# (README.md, split.json and src/ are never touched except split.json being rewritten by src/split.py).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zh20-build.XXXXXX)
PROFILE="file://$TMP/lo-profile"
cd "$SET"

soffice_to() {  # soffice_to FILTER INPUT OUTPUT [infilter]
    mkdir -p "$TMP/so"
    if [ $# -ge 4 ]; then
        soffice -env:UserInstallation="$PROFILE" --headless --infilter="$4" --convert-to "$1" --outdir "$TMP/so" "$2" >/dev/null 2>&1
    else
        soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$1" --outdir "$TMP/so" "$2" >/dev/null 2>&1
    fi
    base=$(basename "$2"); base=${base%.*}
    ext=${3##*.}
    mv "$TMP/so/$base.$ext" "$3"
}

chromium_pdf() {  # chromium_pdf INPUT.html OUTPUT.pdf
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$TMP/chromium" --print-to-pdf="$2" "file://$SET/$1" >/dev/null 2>&1
}

grep -v '^#' "$SRC/convert.txt" | while read -r out method in; do
    [ -n "$out" ] || continue
    rm -f "$SET/$out" "$SET/$out.truth.json"
    case "$method" in
        copy) cp "$in" "$out" ;;
        python-docx) /usr/bin/python3 "$in" "$out" ;;
        soffice-pdf) soffice_to pdf "$in" "$out" ;;
        soffice-txt) soffice_to "txt:Text (encoded):UTF8" "$in" "$out" ;;
        soffice-html) soffice_to "html:HTML (StarWriter)" "$in" "$out" ;;
        soffice-docx) soffice_to "docx:MS Word 2007 XML" "$in" "$out" "Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" ;;
        chromium) chromium_pdf "$in" "$out" ;;
        chromium-raw) chromium_pdf "$in" "$TMP/raw.pdf"; pdftotext -raw -enc UTF-8 "$TMP/raw.pdf" "$out" ;;
        pandoc-gfm-wrap) pandoc -f gfm -t html "$in" -o "$TMP/frag.html"
                         /usr/bin/python3 "$SRC/wrap.py" "$SRC/html/github-wrap.html" "$TMP/frag.html" "$out" ;;
        pandoc-plain) pandoc -f html -t plain --wrap=none "$in" -o "$out" ;;
        pandoc-xelatex) pandoc -f markdown -t pdf --pdf-engine=xelatex "$in" -o "$out" ;;
        xelatex) mkdir -p "$TMP/tex"; cp "$in" "$TMP/tex/"; name=$(basename "$in" .tex)
                 (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$name.tex" >/dev/null && \
                  xelatex -interaction=nonstopmode "$name.tex" >/dev/null)
                 cp "$TMP/tex/$name.pdf" "$out" ;;
        pdftotext-layout) pdftotext -layout -enc UTF-8 "$in" "$out" ;;
        *) echo "unknown method $method" >&2; exit 1 ;;
    esac
    person=${out%.*}
    if [ -f "$SRC/truth/$out.json" ]; then cp "$SRC/truth/$out.json" "$out.truth.json"
    else cp "$SRC/truth/$person.json" "$out.truth.json"; fi
    echo "built $out ($method)"
done
/usr/bin/python3 "$SRC/split.py"
rm -rf "$TMP"
