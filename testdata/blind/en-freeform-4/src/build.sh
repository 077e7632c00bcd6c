#!/bin/bash
# Rebuild every file of the en-freeform-4 set from src/.  Usage: src/build.sh [NAME...]
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
LO_PROFILE="/tmp/lo-profile-$$"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP" "$LO_PROFILE"' EXIT

want() {  # is person $1 selected?
  [ ${#NAMES[@]} -eq 0 ] && return 0
  local n; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1
}
NAMES=("$@")
listed() { grep -v '^#' "$SRC/$1" | grep -v '^$' || true; }

# 1. hand-typed sources copied as they are
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do
  n="$(basename "$f")"; want "${n%%.*}" && cp "$f" "$OUT/$n"
done
for n in $(listed tex-published.txt); do want "$n" && cp "$SRC/tex/$n.tex" "$OUT/$n.tex"; done

# 2. DOCX written with python-docx
for f in "$SRC"/docx/*.docx.py; do
  n="$(basename "$f" .docx.py)"; want "$n" && "$PY" "$f" "$OUT"
done

# 3. DOCX made by pandoc from the Markdown (Word's "open the .md" route)
for n in $(listed docx-from-md.txt); do
  want "$n" && pandoc -f markdown -t docx -o "$OUT/$n.docx" "$SRC/md/$n.md"
done

# 4. LaTeX -> PDF (engine named on the first line of the .tex)
for f in "$SRC"/tex/*.tex; do
  n="$(basename "$f" .tex)"; want "$n" || continue
  eng="$(head -1 "$f" | sed -n 's/^% *!TEX program *= *//p')"; eng="${eng:-pdflatex}"
  (cd "$SRC/tex" && for i in 1 2; do "$eng" -interaction=nonstopmode -halt-on-error -output-directory="$TMP" "$n.tex" >/dev/null; done)
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

# 5. DOCX -> PDF with LibreOffice Writer (private profile)
for n in $(listed pdf-from-docx.txt); do
  want "$n" || continue
  soffice -env:UserInstallation=file://$LO_PROFILE --headless --convert-to pdf --outdir "$TMP" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

# 6. HTML -> PDF with headless Chromium (Markdown first goes through pandoc)
chrome_pdf() {
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
for n in $(listed pdf-from-md.txt); do
  want "$n" || continue
  pandoc -f markdown -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" \
    -o "$TMP/$n.html" "$SRC/md/$n.md"
  chrome_pdf "$TMP/$n.html" "$OUT/$n.pdf"
done
for n in $(listed pdf-from-html.txt); do
  want "$n" && chrome_pdf "$SRC/html/$n.html" "$OUT/$n.pdf"
done

# 7. truths
"$PY" "$SRC/make_truths.py" "$@"
echo "built into $OUT"
