#!/bin/sh
# Rebuild every file of zh-freeform-6 from the sources in src/.
#   sh src/build.sh            (from the set's folder or from src/)
# Needs: /usr/bin/python3 with python3-docx, pandoc, chromium, soffice (LibreOffice writer),
#        xelatex (texlive-xetex + texlive-lang-chinese), pdftotext (poppler-utils).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B="$SRC/build"
mkdir -p "$B"
PY=/usr/bin/python3
LOPROF="/tmp/lo-profile-$$"
CHPROF="/tmp/chromium-profile-$$"
trap 'rm -rf "$LOPROF" "$CHPROF"' EXIT


lines() { grep -v '^#' "$1" | sed '/^[[:space:]]*$/d'; }

# 1. hand-typed sources that are files of the set themselves (.md .txt .html)
lines "$SRC/sources.txt" | while read -r f; do
  cp "$SRC/$f" "$OUT/$f"
done

# 2. DOCX from python-docx scripts
lines "$SRC/docx-from-py.txt" | while read -r f; do
  n=${f%.docx}
  (cd "$SRC" && $PY "$n.docx.py" "$OUT/$f")
done

# 3. DOCX -> PDF with LibreOffice (Word/WPS "save as PDF")
lines "$SRC/pdf-from-docx.txt" | while read -r f; do
  n=${f%.pdf}
  soffice -env:UserInstallation=file://$LOPROF --headless --convert-to pdf --outdir "$B" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$B/$n.pdf" "$OUT/$f"
done

# 4. Markdown -> HTML with pandoc (a standalone page, GitHub-flavoured input)
lines "$SRC/html-from-md.txt" | while read -r f; do
  n=${f%.html}
  pandoc -f gfm -t html5 --standalone --metadata pagetitle="$(sed -n "s/^# *//p" "$SRC/$n.md" | head -1)" \
    --include-in-header="$SRC/md-head.html" "$SRC/$n.md" -o "$OUT/$f"
done

# 5. Markdown -> PDF: pandoc HTML, then Chromium "print to PDF" (a Typora / VS Code export)
lines "$SRC/pdf-from-md.txt" | while read -r f; do
  n=${f%.pdf}
  pandoc -f gfm -t html5 --standalone --metadata pagetitle="$n" \
    --include-in-header="$SRC/md-head.html" "$SRC/$n.md" -o "$B/$n.md.html"
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHPROF" --no-pdf-header-footer \
    --print-to-pdf="$OUT/$f" "file://$B/$n.md.html" >/dev/null 2>&1
done

# 6. hand-written HTML -> PDF with Chromium
lines "$SRC/pdf-from-html.txt" | while read -r f; do
  n=${f%.pdf}
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHPROF" --no-pdf-header-footer \
    --print-to-pdf="$OUT/$f" "file://$SRC/$n.html" >/dev/null 2>&1
done

# 7. XeLaTeX (xeCJK) -> PDF
lines "$SRC/pdf-from-tex.txt" | while read -r f; do
  n=${f%.pdf}
  (cd "$SRC" && xelatex -interaction=nonstopmode -halt-on-error -output-directory="$B" "$n.tex" >/dev/null)
  cp "$B/$n.pdf" "$OUT/$f"
done

# 8. PDF -> TXT (pdftotext -layout: the text a job site keeps of an uploaded PDF)
lines "$SRC/txt-from-pdf.txt" | while read -r f; do
  n=${f%.txt}
  pdftotext -layout -enc UTF-8 "$OUT/$n.pdf" "$OUT/$f"
done

# 9. truths beside the files, and the split
$PY "$SRC/derive.py"
$PY "$SRC/split.py"
rm -rf "$B"
echo "built: $(ls "$OUT" | grep -v -e '\.truth\.json$' -e '^src$' -e '^README.md$' -e '^split.json$' | wc -l) files"
