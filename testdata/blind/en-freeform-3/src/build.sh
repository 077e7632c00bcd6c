#!/bin/bash
# Rebuild every file of the set from src/ into the set folder (the parent of src/).
# Usage: src/build.sh [NAME ...]   (NAME = person, e.g. en_dominic_achterberg; default: all)
# Needs: pdflatex + xelatex (texlive-latex-extra, texlive-xetex, texlive-lang-chinese), python3-docx,
#        LibreOffice (soffice), pandoc, chromium, poppler-utils.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
WORK="$(mktemp -d /tmp/blind-en3-build.XXXXXX)"
LOPROF="/tmp/lo-profile-$$"
trap 'rm -rf "$WORK" "$LOPROF"' EXIT

want() {  # want NAME -> true when NAME was asked for (or nothing was)
  [ "${#NAMES[@]}" -eq 0 ] && return 0
  local n; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1
}
NAMES=("$@")

# --- LaTeX ------------------------------------------------------------------------------
# engine per source; the .tex itself is published too for the names in tex-published.txt
declare -A ENGINE=(
  [en_dominic_achterberg]=pdflatex [en_bronwyn_tait]=pdflatex [en_ciaran_odubhghaill]=pdflatex
  [en_freya_lindholm]=pdflatex [bi_jiang_muchen]=xelatex )
for n in "${!ENGINE[@]}"; do
  want "$n" || continue
  mkdir -p "$WORK/tex-$n"; cp "$SRC/tex/$n.tex" "$WORK/tex-$n/"
  ( cd "$WORK/tex-$n" && for i in 1 2; do "${ENGINE[$n]}" -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null 2>&1 \
      || { echo "LaTeX failed: $n" >&2; tail -20 "$n.log" >&2; exit 1; }; done )
  cp "$WORK/tex-$n/$n.pdf" "$OUT/$n.pdf"
  if grep -qx "$n" "$SRC/tex-published.txt"; then cp "$SRC/tex/$n.tex" "$OUT/$n.tex"; fi
  echo "tex  -> $n.pdf"
done

# --- python-docx ------------------------------------------------------------------------
for f in "$SRC"/docx/*.docx.py; do
  n="$(basename "$f" .docx.py)"; want "$n" || continue
  PYTHONPATH="$SRC" "$PY" "$f" "$OUT/$n.docx"
  echo "docx -> $n.docx"
  if grep -qx "$n" "$SRC/txt-from-docx-script.txt"; then
    PYTHONPATH="$SRC" "$PY" "$f" "$OUT/$n.txt"; echo "txt  -> $n.txt (Google Docs plain-text export)"
  fi
done

# --- DOCX -> PDF (LibreOffice, private profile) -------------------------------------------
while read -r n; do
  [ -z "$n" ] && continue; want "$n" || continue
  soffice -env:UserInstallation="file://$LOPROF" --headless --convert-to pdf --outdir "$WORK" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$WORK/$n.pdf" "$OUT/$n.pdf"; echo "soffice -> $n.pdf"
done < "$SRC/pdf-from-docx.txt"

# --- Markdown, text, HTML sources (copied as they are) -----------------------------------
for f in "$SRC"/md/*.md "$SRC"/txt/*.txt "$SRC"/html/*.html; do
  b="$(basename "$f")"; n="${b%.*}"; want "$n" || continue
  cp "$f" "$OUT/$b"; echo "copy -> $b"
done

chrome_pdf() {  # chrome_pdf HTMLFILE PDFFILE
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --run-all-compositor-stages-before-draw \
    --virtual-time-budget=3000 --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# --- Markdown -> HTML (pandoc, GFM) -> PDF (Chromium): an editor's "export to PDF" --------
while read -r n; do
  [ -z "$n" ] && continue; want "$n" || continue
  pandoc -f gfm -t html5 -s --metadata title="$n" -V pagetitle="$n" -H "$SRC/md-head.html" \
    "$SRC/md/$n.md" -o "$WORK/$n.html"
  # pandoc -s prints the title block; drop it (the export shows only the document)
  sed -i '/<header id="title-block-header">/,/<\/header>/d' "$WORK/$n.html"
  chrome_pdf "$WORK/$n.html" "$OUT/$n.pdf"; echo "chromium -> $n.pdf (from md)"
done < "$SRC/pdf-from-md.txt"

# --- hand-written HTML -> PDF (Chromium print) -------------------------------------------
while read -r n; do
  [ -z "$n" ] && continue; want "$n" || continue
  chrome_pdf "$SRC/html/$n.html" "$OUT/$n.pdf"; echo "chromium -> $n.pdf (from html)"
done < "$SRC/pdf-from-html.txt"

# --- truths --------------------------------------------------------------------------------
"$PY" "$SRC/make_truths.py" "${NAMES[@]}"
