#!/bin/bash
# Rebuild every file of the set into the folder above src/, then copy the truths beside them.
# Needs: python3-docx (/usr/bin/python3), pandoc, libreoffice-writer, chromium, texlive-xetex,
# texlive-lang-chinese (ctex), texlive-latex-extra (titlesec), tex-gyre, fonts-noto-cjk,
# fonts-droid-fallback, fonts-crosextra-carlito, fonts-dejavu, fonts-liberation, poppler-utils.
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/enff10-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
LOPROF="-env:UserInstallation=file://$TMP/lo-profile"
list() { grep -v '^\s*#' "$SRC/$1" | sed '/^\s*$/d'; }

echo "== hand-typed sources"
cp "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html "$OUT"/

echo "== pandoc: Markdown -> HTML and -> plain text"
for n in $(list html-from-md.txt); do
  pandoc -f markdown -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$SRC/md/$n.md" -o "$OUT/$n.html"
done
for n in $(list txt-from-md.txt); do
  pandoc -f markdown -t plain --columns=78 "$SRC/md/$n.md" -o "$OUT/$n.txt"
done

echo "== python-docx"
for f in "$SRC"/docx/*.py; do
  n=$(basename "$f" .py)
  (cd "$TMP" && /usr/bin/python3 "$f" "$OUT/$n.docx")
done

echo "== LibreOffice: DOCX -> PDF / TXT"
for n in $(list pdf-from-docx.txt); do
  soffice "$LOPROF" --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done
for n in $(list txt-from-docx.txt); do
  soffice "$LOPROF" --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done

echo "== Chromium: HTML -> PDF"
for n in $(list pdf-from-html.txt); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" >/dev/null 2>&1
done

echo "== XeLaTeX"
for f in "$SRC"/tex/*.tex; do
  n=$(basename "$f" .tex)
  cp "$f" "$TMP/"
  (cd "$TMP" && for i in 1 2; do xelatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null; done)
  cp "$TMP/$n.pdf" "$OUT/$n.pdf"
done

echo "== truths"
for f in "$OUT"/{en,bi,zh,tw,hk}_*.{txt,md,html,docx,pdf}; do
  [ -e "$f" ] || continue
  b=$(basename "$f"); n=${b%.*}
  if [ -f "$SRC/truth/$b.json" ]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$n.json"; fi
  cp "$t" "$OUT/$b.truth.json"
done
echo "done: $(ls "$OUT" | grep -E "^(en|bi|zh|tw|hk)_.*\.(txt|md|html|docx|pdf)$" | wc -l) files in $OUT"
