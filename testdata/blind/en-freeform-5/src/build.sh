#!/bin/bash
# Rebuild every file of the set from src/.  Usage: src/build.sh [NAME...]
# Needs: python3-docx (/usr/bin/python3), pandoc, texlive-latex-extra (moderncv, paracol, etaremune),
# texlive-xetex + texlive-lang-chinese (xeCJK), fonts-droid-fallback, libreoffice-writer, chromium, poppler-utils.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$SRC")"
PROFILE="/tmp/lo-profile-$$"
WORK="$(mktemp -d /tmp/en5-build-XXXXXX)"
trap 'rm -rf "$WORK" "$PROFILE"' EXIT
NAMES=("$@")
sel() { # sel NAME -> true if NAME selected
  [ ${#NAMES[@]} -eq 0 ] && return 0
  local n; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }

# 1. copied sources
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do
  n="$(basename "$f")"; sel "${n%.*}" || continue
  cp "$f" "$SET/$n"
done
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  cp "$SRC/tex/$n.tex" "$SET/$n.tex"
done < "$SRC/tex-published.txt"

# 2. python-docx scripts
for f in "$SRC"/docx/*.docx.py; do
  n="$(basename "$f" .docx.py)"; sel "$n" || continue
  (cd "$SRC" && PYTHONPATH="$SRC" /usr/bin/python3 "$f" "$SET/$n.docx")
done

# 3. LaTeX (engine on the first line: % !TEX program = pdflatex|xelatex)
for f in "$SRC"/tex/*.tex; do
  n="$(basename "$f" .tex)"; sel "$n" || continue
  eng="$(head -1 "$f" | sed -n 's/.*program *= *\([a-z]*\).*/\1/p')"; eng="${eng:-pdflatex}"
  cp "$f" "$WORK/"
  (cd "$WORK" && for i in 1 2; do "$eng" -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null; done)
  cp "$WORK/$n.pdf" "$SET/$n.pdf"
done

# 4. DOCX -> PDF with LibreOffice
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$WORK" "$SET/$n.docx" >/dev/null 2>&1
  cp "$WORK/$n.pdf" "$SET/$n.pdf"
done < "$SRC/pdf-from-docx.txt"

# 5. HTML -> PDF with Chromium
topdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  topdf "$SET/$n.html" "$SET/$n.pdf"
done < "$SRC/pdf-from-html.txt"

# 6. Markdown -> HTML (pandoc, GFM) -> PDF (Chromium)
while read -r n; do
  [ -z "$n" ] && continue; sel "$n" || continue
  pandoc -f gfm -t html5 -s --metadata title="$n" -H "$SRC/md-head.html" "$SET/$n.md" -o "$WORK/$n.html"
  topdf "$WORK/$n.html" "$SET/$n.pdf"
done < "$SRC/pdf-from-md.txt"

# 7. truths
/usr/bin/python3 "$SRC/make_truths.py" "$@"
echo "built into $SET"
