#!/bin/bash
# Rebuilds every résumé of this set into the set folder and copies the truths beside them.
# Writes only the files named in src/convert.txt, the copies of src/txt, src/md, src/html and the *.truth.json files.
set -u
cd "$(dirname "$0")/.."
OUT="$PWD"; SRC="$OUT/src"
TMP="$(mktemp -d /tmp/eff17.XXXXXX)"
LOPROF="file://$TMP/lo-profile"
PY=/usr/bin/python3

cp "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html "$OUT"/

lo() { soffice -env:UserInstallation="$LOPROF" --headless "$@" >/dev/null 2>&1; }

grep -v '^#' "$SRC/convert.txt" | while read -r out method in; do
  [ -z "$out" ] && continue
  base="${out%.*}"
  case "$method" in
    python-docx) $PY "$in" "$OUT/$out" ;;
    pdflatex-europecv|xelatex)
      eng=pdflatex; [ "$method" = xelatex ] && eng=xelatex
      cp "$in" "$TMP/$base.tex"
      ( cd "$TMP" && for i in 1 2; do $eng -interaction=nonstopmode "$base.tex" >/dev/null 2>&1; done )
      cp "$TMP/$base.pdf" "$OUT/$out" ;;
    pandoc-xelatex)
      pandoc "$in" -f markdown -o "$OUT/$out" --pdf-engine=xelatex -H "$SRC/tex/$base.preamble.tex" \
        -V geometry:a4paper,margin=2cm -V fontsize=10pt ;;
    pandoc-html)
      pandoc "$in" -f markdown-smart -t html5 -s --metadata title="$(head -1 "$in" | sed 's/^# //') – résumé" \
        -V title= -H "$SRC/md-head.html" -o "$OUT/$out" ;;
    pandoc-docx) pandoc "$in" -f markdown -t docx -o "$OUT/$out" ;;
    lo-pdf)
      if [ "${in##*.}" = txt ]; then
        lo --infilter="Text (encoded):UTF8,LF,Liberation Mono,en-US" --convert-to pdf --outdir "$TMP" "$OUT/$in"
      else
        lo --convert-to pdf --outdir "$TMP" "$OUT/$in"
      fi
      cp "$TMP/$base.pdf" "$OUT/$out" ;;
    lo-txt)
      lo --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$OUT/$in"
      cp "$TMP/$base.txt" "$OUT/$out" ;;
    lo-docx)
      lo --infilter="Text (encoded):UTF8,LF,Liberation Mono,en-US" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP" "$OUT/$in"
      cp "$TMP/$base.docx" "$OUT/$out" ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
        --print-to-pdf="$OUT/$out" "file://$OUT/$in" >/dev/null 2>&1 ;;
    pdftotext-raw) pdftotext -enc UTF-8 "$OUT/$in" "$OUT/$out" ;;          # default (reading-order) mode
    pdftotext-rawmode) pdftotext -raw -enc UTF-8 "$OUT/$in" "$OUT/$out" ;;  # content-stream order
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  [ -s "$OUT/$out" ] || echo "FAILED: $out" >&2
done

# truths
for f in "$OUT"/*.txt "$OUT"/*.md "$OUT"/*.html "$OUT"/*.pdf "$OUT"/*.docx; do
  [ -e "$f" ] || continue
  b="$(basename "$f")"; [ "$b" = README.md ] && continue
  name="${b%.*}"
  if [ -f "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"
  elif [ -f "$SRC/truth/$name.json" ]; then cp "$SRC/truth/$name.json" "$OUT/$b.truth.json"
  else echo "no truth for $b" >&2; fi
done
rm -rf "$TMP"
echo "built."
