#!/bin/bash
# Rebuild every résumé file of this set into the parent folder and copy the truths beside them.
# Touches only the files it builds: NAME.EXT and NAME.EXT.truth.json for the names in src/.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/enff15-build.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home"; mkdir -p "$HOME"
LOPROF="file://$TMP/lo-profile"

# 1. hand-typed sources are copied as they are
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do
  [ -e "$f" ] && cp "$f" "$OUT/"
done

# 2. python-docx scripts write OUT/NAME.docx
for f in "$SRC"/docx/*.py; do
  /usr/bin/python3 "$f" "$OUT"
done

# 3. conversions, in the order of src/convert.txt: OUTPUT METHOD INPUT (INPUT relative to OUT or src/)
lo() {  # lo FORMAT INPUT OUTPUT [infilter]
  local fmt="$1" in="$2" out="$3" filt="${4:-}"
  mkdir -p "$TMP/lo"
  if [ -n "$filt" ]; then
    soffice -env:UserInstallation="$LOPROF" --headless --infilter="$filt" --convert-to "$fmt" --outdir "$TMP/lo" "$in" >/dev/null 2>&1
  else
    soffice -env:UserInstallation="$LOPROF" --headless --convert-to "$fmt" --outdir "$TMP/lo" "$in" >/dev/null 2>&1
  fi
  local base; base="$(basename "${in%.*}")"
  mv "$TMP/lo/$base.${out##*.}" "$out"
}
chrome() {  # chrome INPUT.html OUTPUT.pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$TMP/chrome" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
while read -r target method input; do
  case "$target" in ''|'#'*) continue;; esac
  o="$OUT/$target"
  case "$method" in
    lo-pdf)      lo pdf "$OUT/$input" "$o" ;;
    lo-txt)      lo "txt:Text (encoded):UTF8" "$OUT/$input" "$o" ;;
    lo-html-docx) lo "docx:MS Word 2007 XML" "$OUT/$input" "$o" "HTML (StarWriter)" ;;
    chromium)    chrome "$OUT/$input" "$o" ;;
    pandoc-html) pandoc -f markdown-smart -t html5 -s --metadata pagetitle="${target%.html}" \
                   -H "$SRC/md-head.html" "$OUT/$input" -o "$o" ;;
    pandoc-md-chromium) pandoc -f markdown-smart -t html5 -s --metadata pagetitle="${target%.pdf}" \
                   -H "$SRC/md-head.html" "$OUT/$input" -o "$TMP/page.html"
                 chrome "$TMP/page.html" "$o" ;;
    pandoc-xelatex) (cd "$TMP" && pandoc -f markdown-smart "$OUT/$input" --pdf-engine=xelatex \
                   -H "$SRC/tex/${input%.md}.preamble.tex" -V geometry:margin=2cm -o "$o") ;;
    pandoc-plain) pandoc -f html -t plain --columns=78 "$OUT/$input" -o "$o" ;;
    xelatex)     mkdir -p "$TMP/tex"; cp "$SRC"/tex/*.tex "$TMP/tex/"
                 (cd "$TMP/tex" && xelatex -interaction=nonstopmode -halt-on-error "$input" >/dev/null \
                    && xelatex -interaction=nonstopmode -halt-on-error "$input" >/dev/null)
                 mv "$TMP/tex/${input%.tex}.pdf" "$o" ;;
    pdftotext-layout) pdftotext -layout -enc UTF-8 "$OUT/$input" "$o" ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  echo "built $target ($method)"
done < "$SRC/convert.txt"

# 4. truths: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
for f in "$OUT"/en_* "$OUT"/bi_*; do
  case "$f" in *.truth.json) continue;; esac
  b="$(basename "$f")"; name="${b%.*}"
  if [ -e "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"
  elif [ -e "$SRC/truth/$name.json" ]; then cp "$SRC/truth/$name.json" "$OUT/$b.truth.json"
  else echo "no truth for $b" >&2; exit 1; fi
done
echo done
