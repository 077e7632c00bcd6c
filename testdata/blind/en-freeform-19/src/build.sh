#!/usr/bin/env bash
# Rebuild every résumé file of en-freeform-19 from src/ and copy the truths.
# Runs the lines of src/convert.txt (OUTPUT METHOD INPUT) in order, one converter at a time.
# Writes only the résumé files and their .truth.json; never deletes anything in the set folder.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
WORK="$(mktemp -d /tmp/eff19-build.XXXXXX)"
LOPROFILE="file://$WORK/lo-profile"
PY=/usr/bin/python3
export PYTHONDONTWRITEBYTECODE=1

while read -r output method input; do
  [[ -z "${output:-}" || "$output" == \#* ]] && continue
  [[ -n "${1:-}" && "$output" != "$1"* ]] && continue   # optional: build only outputs starting with $1
  dst="$OUT/$output"
  if [[ -e "$SRC/$input" ]]; then in="$SRC/$input"; else in="$OUT/$input"; fi   # source file or an earlier output
  case "$method" in
    copy)            cp "$SRC/$input" "$dst" ;;
    python-docx)     (cd "$SRC/docx" && $PY "$(basename "$input")" "$dst") ;;
    soffice-pdf)     soffice -env:UserInstallation="$LOPROFILE" --headless --convert-to pdf --outdir "$WORK" "$in" >/dev/null 2>&1
                     cp "$WORK/$(basename "${input%.*}").pdf" "$dst" ;;
    soffice-txt)     soffice -env:UserInstallation="$LOPROFILE" --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$WORK" "$in" >/dev/null 2>&1
                     cp "$WORK/$(basename "${input%.*}").txt" "$dst" ;;
    chromium-pdf)    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                       --user-data-dir="$WORK/chromium" --print-to-pdf="$dst" "file://$SRC/$input" >/dev/null 2>&1 ;;
    pandoc-html)     pandoc -f markdown-smart -t html5 -s --metadata title-prefix="" -H "$SRC/md/md-head.html" \
                       --metadata pagetitle="$(basename "${output%.*}")" -o "$dst" "$SRC/$input" ;;
    pandoc-plain)    pandoc -f markdown-smart -t plain --columns=90 -o "$dst" "$SRC/$input" ;;
    pandoc-xelatex)  pandoc -f markdown-smart --pdf-engine=xelatex -H "$SRC/tex/$(basename "${input%.*}").preamble.tex" \
                       -V geometry:a4paper,margin=2cm -V pagestyle=empty -o "$dst" "$SRC/$input" ;;
    pdflatex|xelatex)
                     d="$WORK/tex-$(basename "${input%.*}")"; mkdir -p "$d"; cp "$SRC/$input" "$d/"
                     (cd "$d" && for i in 1 2; do $method -interaction=nonstopmode -halt-on-error "$(basename "$input")" >/dev/null; done)
                     cp "$d/$(basename "${input%.*}").pdf" "$dst" ;;
    pdftotext)       pdftotext -enc UTF-8 "$in" "$dst" ;;
    pdftotext-raw)   pdftotext -enc UTF-8 -raw "$in" "$dst" ;;
    pdftotext-layout) pdftotext -enc UTF-8 -layout "$in" "$dst" ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  echo "built $output ($method)"
done < "$SRC/convert.txt"

# truths: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
for f in "$OUT"/*.{txt,md,html,pdf,docx}; do
  [[ -e "$f" ]] || continue
  b="$(basename "$f")"; stem="${b%.*}"
  if [[ -f "$SRC/truth/$b.json" ]]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$stem.json"; fi
  [[ -f "$t" ]] && cp "$t" "$OUT/$b.truth.json"
done
rm -rf "$WORK"
echo done
